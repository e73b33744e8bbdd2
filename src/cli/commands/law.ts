import type { Command } from 'commander';
import { z } from 'zod';
import { yearFiguresInputSchema } from '../../domain/pathway/index';
import { listLawYearFigures, setLawYear } from '../../server/commands/law-years';
import { AppError } from '../../server/errors';
import { withDatabase } from '../database-session';
import { InputError, parseInput, readJsonInput } from '../read-json-input';

const yearArgument = z.coerce.number().int().min(2024).max(2100);

const euro = (value: number) => value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `npx lotse law …`: the yearly figures of residence law, as on the admin screen /verwaltung/rechtsstand. */
export function registerLawCommands(program: Command): void {
  const law = program.command('law').description('yearly figures of residence law (pension-insurance ceiling, funds, quotas)');

  law
    .command('list')
    .description('list the years in force with their figures and sources')
    .action(async () => {
      await withDatabase(async (handle, ctx) => {
        await handle.migrate();
        const { years } = await listLawYearFigures(ctx);
        for (const year of years) {
          console.log(`${year.year} (${year.origin === 'built_in' ? 'built in' : `entered, revision ${year.revision}`})`);
          for (const figure of year.figures) {
            const value = figure.unit === 'euro' ? `€${euro(figure.value)}` : String(figure.value);
            console.log(`  ${figure.name.en}: ${value} — ${figure.source}${figure.publishedOn ? ` (published ${figure.publishedOn})` : ''}`);
          }
        }
      });
    });

  law
    .command('set-year')
    .description('enter or correct the figures of a year from a JSON file (FILE, or - for standard input); audited, in force at once')
    .argument('<year>', 'calendar year, e.g. 2027')
    .argument('<file>', 'JSON: { pensionCeiling: { value, source, publishedOn }, chancenkarteFundsPerMonth, qualificationMeasureFundsPerMonth, westbalkanAnnualQuota, … }')
    .action(async (yearText: string, file: string) => {
      try {
        const year = parseInput(yearArgument, yearText, 'year');
        const raw = await readJsonInput(file);
        const withYear = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !('year' in raw) ? { ...raw, year } : raw;
        const input = parseInput(yearFiguresInputSchema, withYear);
        await withDatabase(async (handle, ctx) => {
          await handle.migrate();
          const { years } = await listLawYearFigures(ctx);
          const current = years.find((entry) => entry.year === year);
          const saved = await setLawYear(ctx, year, input, current?.revision ?? null);
          console.log(`Figures for ${saved.year} saved (revision ${saved.revision}); the Wegweiser uses them from now on.`);
        });
      } catch (error) {
        if (error instanceof InputError || error instanceof AppError) {
          console.error(error.message);
          for (const [field, problem] of Object.entries(error.fields ?? {})) console.error(`  ${field}: ${problem}`);
          process.exitCode = 2;
          return;
        }
        throw error;
      }
    });
}
