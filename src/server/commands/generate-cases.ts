import { requireIsoDate, type DayNumber } from '../../domain/shared/calendar-date';
import { recordAudit } from '../audit/record-audit';
import { berlinDate } from '../clock';
import { emptyBatch, type GeneratedBatch } from '../db/repositories/generated-case-rows';
import {
  analyseCaseTables,
  findOrganisationsForGeneration,
  findUsersForGeneration,
  hasAnyCase,
  insertGeneratedBatch,
  insertStaffAccounts,
  lockCaseGeneration,
  reserveCaseNumbers,
  restoreReferenceChecks,
  skipReferenceChecks,
} from '../db/repositories/generated-cases.repository';
import { generateCase, historyStart, type CaseOverrides, type GenerationRun } from '../generate/generate-case';
import { CreationDays } from '../generate/case-seasons';
import { WorkCalendar, MINUTES_PER_DAY, OFFICE_CLOSES } from '../generate/work-calendar';
import { buildWorld, staffAccountsFor, type UserInput, type World } from '../generate/world';
import type { CommandContext } from './context';

export type GenerateCasesOptions = {
  cases: number;
  seed: string;
  /** Cases per INSERT statement (all tables of those cases in one statement). */
  batchSize?: number;
  /** Generate only into a database without any case (the demo seed: idempotent, also across app instances). */
  onlyIfEmpty?: boolean;
  /** Extra cases with fixed choices (the demo applicant's), written after the synthetic ones. */
  extraCases?: (context: { world: World; users: readonly UserInput[]; today: DayNumber }) => CaseOverrides[];
  onProgress?: (done: number, total: number) => void;
};

export type GenerateCasesResult = {
  seed: string;
  cases: number;
  members: number;
  tasks: number;
  obstacles: number;
  events: number;
  procedures: number;
  /** False when foreign keys were not checked row by row during the load (large runs, see UNCHECKED_FROM). */
  referencesChecked: boolean;
  /** Last day of the history (yesterday, Europe/Berlin): the same seed, count and day write the same rows. */
  historyUntil: string;
  durationMs: number;
};

export const MAX_GENERATED_CASES = 10_000_000;
const DEFAULT_BATCH_SIZE = 2_000;
/**
 * From this size on, foreign keys are not checked row by row during the load (where the role may
 * turn them off). Smaller runs, the demo seed and the tests among them, keep every check, so a
 * generator bug that produced a dangling reference would fail there.
 */
const UNCHECKED_FROM = 10_000;
// Generation is synchronous work; yielding now and then lets the driver send the previous batch
// while the next is built, so database and generator work at the same time.
const YIELD_EVERY = 100;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes `cases` synthetic cases with four years of history ending yesterday (server clock,
 * LOTSE_CLOCK honoured). Deterministic for seed, count and day in databases in the same state (two
 * fresh ones): ids come from the seeded streams, salted with the first reference number the run
 * draws, so a second run with the same seed into the same database does not collide. Everything
 * runs in one transaction, audited as one entry (`system.cases_generated`): the generated history
 * is nobody's personal data, and a million audit entries would only bury the real ones.
 */
export async function generateCases(ctx: CommandContext, options: GenerateCasesOptions): Promise<GenerateCasesResult | { skipped: 'cases exist' }> {
  if (!Number.isSafeInteger(options.cases) || options.cases < 1 || options.cases > MAX_GENERATED_CASES) {
    throw new RangeError(`cases must be a whole number from 1 to ${MAX_GENERATED_CASES}`);
  }
  const startedAt = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const today = requireIsoDate(berlinDate(ctx.clock.now()));
  const calendar = new WorkCalendar(today);
  const organisations = await findOrganisationsForGeneration(ctx.db);

  const result = await ctx.db.transaction(async (tx) => {
    await lockCaseGeneration(tx);
    if (options.onlyIfEmpty && (await hasAnyCase(tx))) return { skipped: 'cases exist' as const };
    await insertStaffAccounts(tx, staffAccountsFor(organisations));
    const users = await findUsersForGeneration(tx);
    const world = buildWorld(organisations, users);
    const extras = options.extraCases?.({ world, users, today }) ?? [];
    const numbers = await reserveCaseNumbers(tx, options.cases + extras.length);
    const unchecked = options.cases >= UNCHECKED_FROM && (await skipReferenceChecks(tx));
    const run: GenerationRun = {
      seed: options.seed,
      salt: numbers[0] ?? 0,
      count: options.cases,
      world,
      calendar,
      firstDay: historyStart(today),
      creationDays: new CreationDays(historyStart(today), today - 1),
      until: (today - 1) * MINUTES_PER_DAY + OFFICE_CLOSES,
    };
    const totals = { cases: 0, members: 0, tasks: 0, obstacles: 0, events: 0, procedures: 0 };
    let batch = emptyBatch();
    let pending: Promise<void> = Promise.resolve();
    const flush = async () => {
      count(totals, batch);
      // One statement in flight: wait for the previous batch, then hand this one to the driver.
      await pending;
      pending = insertGeneratedBatch(tx, batch);
      // Attach a handler now; the error itself surfaces at the next `await pending`.
      pending.catch(() => undefined);
      batch = emptyBatch();
      options.onProgress?.(totals.cases, options.cases + extras.length);
    };
    for (let index = 0; index < options.cases; index += 1) {
      generateCase(run, batch, index, numbers[index] ?? 0);
      if (batch.cases.length >= batchSize) await flush();
      else if (index % YIELD_EVERY === 0) await yieldToEventLoop();
    }
    extras.forEach((overrides, position) => generateCase(run, batch, options.cases + position, numbers[options.cases + position] ?? 0, overrides));
    if (batch.cases.length > 0) await flush();
    await pending;
    if (unchecked) await restoreReferenceChecks(tx);
    const historyUntil = calendar.date(today - 1);
    await recordAudit(tx, ctx, {
      action: 'system.cases_generated',
      subjectType: 'system',
      details: { ...totals, seed: options.seed, requested: options.cases, historyUntil, firstReference: run.salt, referencesChecked: !unchecked },
    });
    return { ...totals, historyUntil, referencesChecked: !unchecked, skipped: null };
  });
  if (result.skipped !== null) return { skipped: result.skipped };
  // Outside the transaction: fresh statistics for the planner (the bulk load changed everything).
  await analyseCaseTables(ctx.db);
  const { skipped: _skipped, ...counts } = result;
  return { seed: options.seed, ...counts, durationMs: Math.round(performance.now() - startedAt) };
}

function count(totals: Record<'cases' | 'members' | 'tasks' | 'obstacles' | 'events' | 'procedures', number>, batch: GeneratedBatch): void {
  totals.cases += batch.cases.length;
  totals.members += batch.persons.length - batch.cases.length;
  totals.tasks += batch.tasks.length;
  totals.obstacles += batch.obstacles.length;
  totals.events += batch.events.length;
  totals.procedures += batch.procedures.length;
}
