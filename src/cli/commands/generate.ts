import { InvalidArgumentError, type Command } from 'commander';
import { generateCases, MAX_GENERATED_CASES, type GenerateCasesResult } from '../../server/commands/generate-cases';
import { withDatabase } from '../database-session';

/** The seed when none is given: a fixed one, so two runs without --seed write the same data. */
export const DEFAULT_SEED = 'lotse';

function caseCount(value: string): number {
  const count = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_GENERATED_CASES) {
    throw new InvalidArgumentError(`a whole number from 1 to ${MAX_GENERATED_CASES.toLocaleString('en')}`);
  }
  return count;
}

function seedText(value: string): string {
  // Printable and short: the seed is recorded in the audit log and may be typed again to compare.
  if (!/^[\w.:-]{1,64}$/.test(value)) throw new InvalidArgumentError('1 to 64 letters, digits or . _ : -');
  return value;
}

const format = (n: number) => n.toLocaleString('en');

function summary(result: GenerateCasesResult): string {
  return (
    `Generated ${format(result.cases)} synthetic cases (seed "${result.seed}", history until ${result.historyUntil}): ` +
    `${format(result.members)} family members, ${format(result.tasks)} tasks, ${format(result.obstacles)} obstacles, ` +
    `${format(result.procedures)} §81a procedures, ${format(result.events)} timeline events in ${(result.durationMs / 1000).toFixed(1)} s.`
  );
}

export function registerGenerateCommands(program: Command): void {
  program
    .command('generate')
    .description('write synthetic cases with four years of history into the database (deterministic for seed, count and day)')
    .requiredOption('--cases <n>', 'how many cases', caseCount)
    .option('--seed <seed>', 'seed of the random streams; the same seed, count and day give the same rows', seedText, DEFAULT_SEED)
    .option('--json', 'print the counts as JSON and nothing else')
    .action(async (options: { cases: number; seed: string; json?: boolean }) => {
      const result = await withDatabase(async (handle, ctx) => {
        await handle.migrate();
        // Progress on stderr for long runs; stdout keeps only the result (--json stays parseable).
        const step = Math.max(Math.ceil(options.cases / 10), 50_000);
        return generateCases(ctx, {
          cases: options.cases,
          seed: options.seed,
          onProgress: (done, total) => {
            if (done % step < 2_000 && done < total) console.error(`… ${format(done)} of ${format(total)} cases`);
          },
        });
      });
      if ('skipped' in result) throw new Error('generation skipped');
      console.log(options.json ? JSON.stringify(result) : summary(result));
    });
}
