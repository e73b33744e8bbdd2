/**
 * Scenario tables: input → expected outcome, run by one harness (scenarios.test.ts) that also
 * records every condition status it sees and fails when a condition is never both met and not met.
 */
import type { ConditionStatus, TitleOutcome } from '../types';

export type ProfileScenario = {
  id: string;
  description: string;
  /** Raw input as a client would send it; the harness validates it with profileSchema. */
  profile: Record<string, unknown>;
  today?: string;
  /** Exact set of eligible title ids. */
  eligible?: readonly string[];
  outcomes?: Readonly<Record<string, TitleOutcome>>;
  /** Expected condition status, keyed "titleId/conditionId". */
  conditions?: Readonly<Record<string, ConditionStatus>>;
  /** Expected values of a condition, keyed "titleId/conditionId" (subset match). */
  values?: Readonly<Record<string, Record<string, unknown>>>;
  chancenkartePoints?: number;
  /** Expected points per breakdown criterion (subset). */
  chancenkarteBreakdown?: Readonly<Record<string, number>>;
  /** Expected DATE_OUT_OF_RANGE instead of an evaluation. */
  outOfRange?: boolean;
};

export type FamilyScenario = {
  id: string;
  description: string;
  request: Record<string, unknown>;
  today?: string;
  /** Expected outcome per member, in request order. */
  outcomes: readonly TitleOutcome[];
  /** Expected condition status, keyed "memberIndex/conditionId". */
  conditions?: Readonly<Record<string, ConditionStatus>>;
};

type Patch = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Patch => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep-merges plain objects; `undefined` in the patch deletes the field, arrays and null replace. */
export function merge(base: Patch, patch: Patch): Patch {
  const result: Patch = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete result[key];
    else if (isPlainObject(value) && isPlainObject(result[key])) result[key] = merge(result[key] as Patch, value);
    else result[key] = value;
  }
  return result;
}

/** A complete, eligible-for-much profile on 2026-11-22 to vary in boundary tables. */
export const baseProfile: Patch = {
  evaluationDate: '2026-11-22',
  citizenship: 'IND',
  age: 30,
  qualification: { type: 'academic', obtainedIn: 'abroad', completedOn: '2019-06-30', germanRecognition: 'comparable', isco: '2512' },
  job: { annualGrossSalaryEur: 60000, contractMonths: null, isco: '2512' },
  experience: [{ from: '2019-07-01', to: '2026-10-31', isco: '2512' }],
  german: 'none',
  english: 'C1',
  fundsPerMonthEur: 0,
};

/** The base profile with changes. */
export const profile = (patch: Patch = {}): Patch => merge(baseProfile, patch);

/** A vocational profile (state-recognised 3-year training abroad, not yet recognised in Germany). */
export const vocationalProfile = (patch: Patch = {}): Patch =>
  merge(
    merge(baseProfile, {
      qualification: {
        type: 'vocational',
        obtainedIn: 'abroad',
        trainingYears: 3,
        stateRecognisedAbroad: true,
        germanRecognition: 'not_applied',
        isco: '7411',
        completedOn: undefined,
      },
      job: { annualGrossSalaryEur: 40000, contractMonths: null, isco: '7411' },
      experience: [{ from: '2020-01-01', to: '2026-10-31', isco: '7411' }],
    }),
    patch,
  );
