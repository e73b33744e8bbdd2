/** Property tests: monotonicity in salary, language and experience; determinism; output invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil, formatIsoDate } from '../shared/calendar-date';
import { evaluateProfile, profileSchema, type Evaluation, type Level, type Profile } from './index';

const LEVELS: readonly Level[] = ['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const OUTCOME_RANK = { eligible: 0, needs_info: 1, not_eligible: 2 } as const;

const dateBetween = (from: [number, number, number], to: [number, number, number]) =>
  fc.integer({ min: dayFromCivil(...from), max: dayFromCivil(...to) }).map(formatIsoDate);
const optionalIsco = fc.constantFrom('2512', '2413', '2211', '2240', '7411', '3115', '1330', '22', undefined);
const period = fc
  .tuple(dateBetween([2012, 1, 1], [2026, 12, 31]), dateBetween([2012, 1, 1], [2026, 12, 31]), optionalIsco)
  .map(([a, b, isco]) => ({ from: a < b ? a : b, to: a < b ? b : a, ...(isco === undefined ? {} : { isco }) }));

const qualification = fc.record(
  {
    type: fc.constantFrom('none', 'vocational', 'academic'),
    obtainedIn: fc.constantFrom('abroad', 'germany'),
    completedOn: dateBetween([2012, 1, 1], [2026, 12, 31]),
    trainingYears: fc.constantFrom(1, 1.5, 2, 3, 4),
    stateRecognisedAbroad: fc.constantFrom(true, false, null),
    germanRecognition: fc.constantFrom('full', 'comparable', 'partial', 'none', 'not_applied'),
    isco: fc.constantFrom('2512', '2413', '2211', '7411', '3115', '22'),
    regulatedProfession: fc.boolean(),
    professionalLicence: fc.boolean(),
  },
  { requiredKeys: ['type'] },
);

const job = fc.record(
  {
    annualGrossSalaryEur: fc.integer({ min: 0, max: 12_000_000 }).map((cents) => cents / 100),
    contractMonths: fc.constantFrom(null, 3, 6, 12, 24),
    isco: fc.constantFrom('2512', '2413', '2211', '7411', '25', '1330'),
    qualified: fc.boolean(),
    employerTariffBound: fc.boolean(),
    recognitionPartnership: fc.boolean(),
  },
  { requiredKeys: ['annualGrossSalaryEur'] },
);

const profileArbitrary = fc.record(
  {
    evaluationDate: dateBetween([2024, 6, 1], [2026, 12, 31]),
    citizenship: fc.constantFrom('IND', 'SRB', 'XKX', 'BRA'),
    age: fc.integer({ min: 16, max: 70 }),
    location: fc.constantFrom('abroad', 'germany'),
    currentTitle: fc.constantFrom('16b', '18a', '18b', '9', null),
    qualification,
    job: fc.option(job, { nil: null }),
    experience: fc.array(period, { maxLength: 4 }),
    german: fc.constantFrom(...LEVELS),
    english: fc.constantFrom(...LEVELS),
    fundsPerMonthEur: fc.integer({ min: 0, max: 2000 }),
    adequatePensionProvision: fc.boolean(),
    lawfulStayInGermanyMonthsLast5Years: fc.integer({ min: 0, max: 60 }),
    spouseAppliesJointlyForChancenkarte: fc.boolean(),
    qualificationMeasure: fc.option(fc.record({ placeConfirmed: fc.boolean(), schoolBased: fc.boolean() }), { nil: null }),
    westbalkan: fc.record({ applicationAtMissionInHomeCountry: fc.boolean(), asylblgBenefitsLast24Months: fc.boolean(), quotaExhausted: fc.boolean() }),
    livelihoodSecured: fc.boolean(),
  },
  { requiredKeys: ['evaluationDate', 'citizenship', 'age', 'qualification', 'german', 'english'] },
) as fc.Arbitrary<Profile>;

function evaluate(profile: Profile): Evaluation {
  const result = evaluateProfile(profile, { today: '2026-11-22' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** No title gets a worse outcome (eligible < needs_info < not_eligible), so none is lost. */
/**
 * Titles the statute makes subsidiary: the follow-up Chancenkarte is only issued when no other
 * Section 4 title is available (§20a Abs. 5 Satz 3), so a better profile can rightly close it.
 */
const SUBSIDIARY_TITLES = new Set(['20a_follow_up']);

function expectNoWorse(before: Evaluation, after: Evaluation): void {
  const afterById = new Map(after.titles.map((title) => [title.id, title.outcome]));
  for (const title of before.titles) {
    if (SUBSIDIARY_TITLES.has(title.id)) continue;
    const next = afterById.get(title.id);
    expect(next && OUTCOME_RANK[next] <= OUTCOME_RANK[title.outcome], `${title.id}: ${title.outcome} → ${next}`).toBe(true);
  }
  for (const id of before.eligibleTitleIds) if (!SUBSIDIARY_TITLES.has(id)) expect(after.eligibleTitleIds).toContain(id);
}

const raise = (level: Level, steps: number): Level => LEVELS[Math.min(LEVELS.length - 1, LEVELS.indexOf(level) + steps)] as Level;

describe('pathway properties', () => {
  it('generated profiles are valid input', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        expect(profileSchema.safeParse(profile).error?.issues ?? []).toEqual([]);
      }),
    );
  });

  it('more salary never removes a title', () => {
    const withJob = fc.tuple(profileArbitrary, job, fc.integer({ min: 1, max: 5_000_000 }));
    fc.assert(
      fc.property(withJob, ([profile, offer, extraCents]) => {
        const base = { ...profile, job: profile.job ?? offer };
        const richer = { ...base, job: { ...base.job, annualGrossSalaryEur: (Math.round(base.job.annualGrossSalaryEur * 100) + extraCents) / 100 } };
        expectNoWorse(evaluate(base), evaluate(richer));
      }),
      { numRuns: 300 },
    );
  });

  it('a higher language level never removes a title or Chancenkarte points', () => {
    const arbitrary = fc.tuple(profileArbitrary, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }));
    fc.assert(
      fc.property(arbitrary, ([profile, germanSteps, englishSteps]) => {
        const before = evaluate(profile);
        const after = evaluate({ ...profile, german: raise(profile.german, germanSteps), english: raise(profile.english, englishSteps) });
        expectNoWorse(before, after);
        expect(after.chancenkarte.points).toBeGreaterThanOrEqual(before.chancenkarte.points);
      }),
      { numRuns: 300 },
    );
  });

  it('more experience never lowers Chancenkarte points', () => {
    fc.assert(
      fc.property(profileArbitrary, period, (profile, extra) => {
        const base = { ...profile, experience: profile.experience ?? [] };
        const more = { ...base, experience: [...base.experience, extra] };
        expect(evaluate(more).chancenkarte.points).toBeGreaterThanOrEqual(evaluate(base).chancenkarte.points);
      }),
      { numRuns: 300 },
    );
  });

  it('same input gives the same output, as plain JSON data', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const first = evaluate(profile);
        expect(evaluate(structuredClone(profile))).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
    );
  });

  it('outcomes, ranking and points are consistent with the conditions', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const evaluation = evaluate(profile);
        for (const title of evaluation.titles) {
          const statuses = title.conditions.map((condition) => condition.status);
          const expected = statuses.includes('not_met') ? 'not_eligible' : statuses.includes('unknown') ? 'needs_info' : 'eligible';
          expect(title.outcome).toBe(expected);
          expect(title.documents.every((document) => document.name.de && document.name.en)).toBe(true);
        }
        const ranks = evaluation.titles.map((title) => OUTCOME_RANK[title.outcome]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(evaluation.titles.map((title) => title.rank)).toEqual(evaluation.titles.map((_, index) => index + 1));
        expect(evaluation.eligibleTitleIds).toEqual(evaluation.titles.filter((t) => t.outcome === 'eligible').map((t) => t.id));
        const sum = evaluation.chancenkarte.breakdown.reduce((total, item) => total + item.points, 0);
        expect(evaluation.chancenkarte.points).toBe(sum);
        expect(evaluation.chancenkarte.maximumReachablePoints).toBeGreaterThanOrEqual(sum);
      }),
    );
  });
});
