/**
 * The law in force for this instance: the built-in rule sets and yearly figures, with the years an
 * administrator entered (table `law_years`) on top. The Wegweiser engine built from them is kept per
 * database and rebuilt when the table changes: at once on the instance that saved the change, within
 * `RECHECK_MS` on every other instance (the table's fingerprint is read at most that often).
 */
import { z } from 'zod';
import { createPathwayEngine, ruleSetDefinitions, yearlyParameters as builtInYears, type PathwayEngine, type YearlyParameters } from '../../domain/pathway/index';
import type { Database } from '../db/client';
import { lawYearsStamp, listLawYears, type LawYearRow } from '../db/repositories/law-years.repository';

const RECHECK_MS = 5_000;

const sourced = z.object({ legalRef: z.string(), source: z.string(), publishedOn: z.string().optional() });
/** Stored figures are written only after validation; this guards against a hand-edited row. */
const storedFiguresSchema = z
  .object({
    year: z.number().int(),
    pensionCeiling: sourced.extend({ cents: z.number().int() }),
    chancenkarteFundsPerMonth: sourced.extend({ cents: z.number().int() }),
    qualificationMeasureFundsPerMonth: sourced.extend({ cents: z.number().int() }),
    studyFundsPerMonth: sourced.extend({ cents: z.number().int() }),
    westbalkanAnnualQuota: sourced.extend({ value: z.number().int() }),
    publishedThresholdsCents: z.record(z.string(), z.number().int()).optional(),
    publishedThresholdsSource: z.string().optional(),
  })
  .loose();

export type LawYear = {
  parameters: YearlyParameters;
  origin: 'built_in' | 'entered';
  row: LawYearRow | undefined;
};

export type LawData = { years: LawYear[]; engine: PathwayEngine };

/** Built-in years overridden by entered ones, oldest first. */
export function mergeYears(rows: readonly LawYearRow[]): LawYear[] {
  const byYear = new Map<number, LawYear>(builtInYears.map((parameters) => [parameters.year, { parameters, origin: 'built_in', row: undefined }]));
  for (const row of rows) {
    const parsed = storedFiguresSchema.safeParse(row.figures);
    if (!parsed.success || parsed.data.year !== row.year) throw new Error(`law_years row ${row.year} does not hold valid figures`);
    byYear.set(row.year, { parameters: parsed.data as YearlyParameters, origin: 'entered', row });
  }
  return [...byYear.values()].sort((a, b) => a.parameters.year - b.parameters.year);
}

/** Builds an engine over the given years; throws RuleDataError when they are inconsistent. */
export function engineFor(years: readonly YearlyParameters[]): PathwayEngine {
  return createPathwayEngine({ ruleSets: ruleSetDefinitions, yearlyParameters: years });
}

type Cached = { data: LawData; stamp: string; checkedAt: number };
const cache = new WeakMap<Database, Cached>();
const builtInOnly: LawData = {
  years: builtInYears.map((parameters) => ({ parameters, origin: 'built_in', row: undefined })),
  engine: engineFor(builtInYears),
};

async function load(db: Database, stamp: string): Promise<Cached> {
  const years = mergeYears(await listLawYears(db));
  return { data: { years, engine: engineFor(years.map((year) => year.parameters)) }, stamp, checkedAt: performance.now() };
}

/**
 * The law data for a database, fresh within a few seconds. If the stored years cannot be read or
 * are inconsistent, the last good data (or the built-in figures) keep serving and the error is
 * reported through `onError`.
 */
export async function lawDataFor(db: Database, onError: (error: unknown) => void = () => undefined): Promise<LawData> {
  const cached = cache.get(db);
  if (cached && performance.now() - cached.checkedAt < RECHECK_MS) return cached.data;
  try {
    const stamp = await lawYearsStamp(db);
    if (cached && cached.stamp === stamp) {
      cached.checkedAt = performance.now();
      return cached.data;
    }
    const fresh = await load(db, stamp);
    cache.set(db, fresh);
    return fresh.data;
  } catch (error) {
    onError(error);
    const fallback = cached ?? { data: builtInOnly, stamp: '', checkedAt: performance.now() };
    fallback.checkedAt = performance.now();
    cache.set(db, fallback);
    return fallback.data;
  }
}

/** Forgets the cached law data of a database (after a change on this instance). */
export function invalidateLawData(db: Database): void {
  cache.delete(db);
}

/** The engine in force for a database. */
export async function pathwayEngineFor(db: Database): Promise<PathwayEngine> {
  return (await lawDataFor(db)).engine;
}
