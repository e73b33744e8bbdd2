import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { describeShortageProblem } from '../../domain/steering/index';
import { importShortageCsv } from '../../server/commands/shortage/shortage-imports';
import { withDatabase } from '../database-session';

/** The parent command `name` (import), shared with other areas' subcommands. */
const group = (program: Command, name: string, description: string): Command =>
  program.commands.find((command) => command.name() === name) ?? program.command(name).description(description);

/** `npx lotse import shortage FILE --source "…" [--demo]`: the Engpassanalyse of the BA, all rows or none. */
export function registerShortageCommands(program: Command): void {
  group(program, 'import', 'import data from open formats')
    .command('shortage')
    .description("read the Federal Employment Agency's shortage analysis (Engpassanalyse) from CSV: kldb, occupation, level, score, shortage, year, region; all rows or none")
    .argument('<file>', 'CSV file (UTF-8, ; or ,)')
    .requiredOption('--source <text>', 'where the figures come from, e.g. "BA Engpassanalyse 2025, Tabelle Länder"')
    .option('--demo', 'mark the import as demo data (not the BA figures)', false)
    .action(async (file: string, options: { source: string; demo: boolean }) => {
      const path = resolve(file);
      const bytes = await readFile(path).catch(() => null);
      if (!bytes) throw new Error(`${file}: no such file`);
      if (options.source.trim().length < 3) throw new Error('--source: name the source (at least 3 characters)');
      const result = await withDatabase(async (handle, ctx) => {
        await handle.migrate();
        return importShortageCsv(ctx, { bytes, source: options.source, fileName: basename(path), isDemo: options.demo });
      });
      if (!result.ok) {
        console.error(`Nothing was imported: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}.`);
        for (const problem of result.problems) console.error(`  ${describeShortageProblem(problem, 'de')}`);
        process.exitCode = 2;
        return;
      }
      const imported = result.import;
      console.log(
        `Imported ${imported.rowCount} occupations (${imported.shortageCount} shortage occupations, ${imported.years.join(', ')}, ${imported.regions.join(', ')}) from "${imported.source}"${imported.isDemo ? ' as demo data' : ''}; import ${imported.id}.`,
      );
    });
}
