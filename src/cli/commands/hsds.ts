import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { exportHsds } from '../../server/commands/hsds-export';
import { importHsds, type HsdsImportRecord } from '../../server/commands/hsds-import';
import type { ImportSource } from '../../server/hsds/import-parse';
import { withDatabase } from '../database-session';

/** The parent command `name` (export, import), shared with other areas' subcommands. */
const group = (program: Command, name: string, description: string): Command =>
  program.commands.find((command) => command.name() === name) ?? program.command(name).description(description);

/** A directory gives its organizations.json and services.json; a file is read as it is. */
async function readSources(path: string): Promise<ImportSource[]> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new Error(`${path}: no such file or directory`);
  if (!info.isDirectory()) return [{ file: basename(path), text: await readFile(path, 'utf8') }];
  const sources: ImportSource[] = [];
  for (const name of ['organizations.json', 'services.json']) {
    const text = await readFile(join(path, name), 'utf8').catch(() => null);
    if (text !== null) sources.push({ file: name, text });
  }
  if (sources.length === 0) throw new Error(`${path}: neither organizations.json nor services.json found`);
  return sources;
}

function summary(records: HsdsImportRecord[]): string {
  const line = (type: HsdsImportRecord['type'], label: string) => {
    const of = records.filter((record) => record.type === type);
    const count = (change: HsdsImportRecord['change']) => of.filter((record) => record.change === change).length;
    return `${label}: ${count('created')} created, ${count('changed')} changed, ${count('unchanged')} unchanged`;
  };
  return `${line('organisation', 'Organisations')}; ${line('service', 'services')}.`;
}

/** `npx lotse export hsds DIR` and `npx lotse import hsds FILE|DIR` (docs/hsds-profile.md). */
export function registerHsdsCommands(program: Command): void {
  group(program, 'export', 'export data in open formats')
    .command('hsds')
    .description('write the network as an Open Referral HSDS 3.0 datapackage (JSON, CSV, datapackage.json) into DIR')
    .argument('<dir>', 'target directory (created if missing; files of the same name are replaced)')
    .action(async (dir: string) => {
      const target = resolve(dir);
      const { files, counts } = await withDatabase(async (handle, ctx) => {
        await handle.migrate();
        return exportHsds(ctx);
      });
      await mkdir(target, { recursive: true });
      for (const [name, content] of Object.entries(files)) await writeFile(join(target, name), content, 'utf8');
      console.log(`HSDS 3.0 export written to ${target}: ${counts.organizations} organisations, ${counts.services} services, ${counts.serviceAtLocations} services at locations (${Object.keys(files).length} files).`);
    });

  group(program, 'import', 'import data from open formats')
    .command('hsds')
    .description('read organisations and services from an HSDS 3.0 export (a directory with organizations.json/services.json, or one JSON file); all or nothing')
    .argument('<path>', 'file or directory')
    .action(async (path: string) => {
      const sources = await readSources(path);
      const result = await withDatabase(async (handle, ctx) => {
        await handle.migrate();
        return importHsds(ctx, sources, basename(resolve(path)));
      });
      if (!result.ok) {
        console.error(`Nothing was imported: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}.`);
        for (const problem of result.problems) {
          console.error(`  ${problem.file}${problem.line === null ? '' : ` line ${problem.line}`} (${problem.item}) ${problem.field}: ${problem.problem}`);
        }
        process.exitCode = 2;
        return;
      }
      for (const record of result.records.filter((entry) => entry.change !== 'unchanged')) console.log(`${record.change} ${record.type} ${record.name} (${record.id})`);
      console.log(summary(result.records));
    });
}
