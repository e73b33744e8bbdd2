/** Rule data is validated when an engine is built; adding a year is a data change only. */
import { describe, expect, it } from 'vitest';
import { createPathwayEngine, profileSchema, RuleDataError } from './index';
import type { RuleSet, YearlyParameters } from './rule-model';
import { skilledImmigrationFramework2024 as framework } from './rule-sets';
import { yearlyParameters } from './yearly-parameters';

const problemsOf = (build: () => unknown): readonly string[] => {
  try {
    build();
  } catch (error) {
    if (error instanceof RuleDataError) return error.problems;
    throw error;
  }
  return [];
};

const build = (ruleSets: readonly RuleSet[], years: readonly YearlyParameters[] = yearlyParameters) =>
  problemsOf(() => createPathwayEngine({ ruleSets, yearlyParameters: years }));

const year2026 = yearlyParameters[2] as YearlyParameters;

describe('rule data validation', () => {
  it('accepts the built-in data', () => {
    expect(build([framework])).toEqual([]);
  });

  it('rejects overlapping rule sets', () => {
    expect(build([framework, { ...framework, id: 'later', validFrom: '2025-01-01' }]).join()).toMatch(/open-ended.*overlap/);
    const first = { ...framework, validUntil: '2025-06-30' };
    expect(build([first, { ...framework, id: 'later', validFrom: '2025-06-30' }]).join()).toMatch(/overlap/);
  });

  it('rejects gaps and invalid dates', () => {
    const first = { ...framework, validUntil: '2025-06-30' };
    expect(build([first, { ...framework, id: 'later', validFrom: '2025-07-02' }]).join()).toMatch(/gap between/);
    expect(build([{ ...framework, validFrom: '2025-02-30' }]).join()).toMatch(/invalid validFrom/);
    expect(build([{ ...framework, validUntil: '2024-01-01' }]).join()).toMatch(/validUntil before validFrom/);
  });

  it('rejects missing legal references and sources', () => {
    const percentages = { ...framework.salaryPercentages, blueCardStandard: { basisPoints: 5000, legalRef: '' } };
    expect(build([{ ...framework, salaryPercentages: percentages }]).join()).toMatch(/blueCardStandard: missing legalRef/);
    const years = [...yearlyParameters.slice(0, 2), { ...year2026, pensionCeiling: { ...year2026.pensionCeiling, source: ' ' } }];
    expect(build([framework], years).join()).toMatch(/empty source/);
  });

  it('rejects a derived threshold that differs from the published figure', () => {
    const years = [...yearlyParameters.slice(0, 2), { ...year2026, publishedThresholdsCents: { blueCardStandard: 5_070_001 } }];
    expect(build([framework], years).join()).toMatch(/derives blueCardStandard = 5070000 cents, published 5070001/);
  });

  it('rejects non-consecutive years, unknown titles and bad percentages', () => {
    expect(build([framework], [yearlyParameters[0] as YearlyParameters, year2026]).join()).toMatch(/year 2026 does not follow 2024/);
    expect(build([{ ...framework, titleIds: [...framework.titleIds, '99z'] }]).join()).toMatch(/unknown title 99z/);
    const percentages = { ...framework.salaryPercentages, experienceBased: { basisPoints: 45.5, legalRef: '§6 BeschV' } };
    expect(build([{ ...framework, salaryPercentages: percentages }]).join()).toMatch(/basis points out of range/);
  });

  it('switches rule sets exactly at a contiguous boundary', () => {
    const engine = createPathwayEngine({
      ruleSets: [{ ...framework, validUntil: '2025-06-30' }, { ...framework, id: 'successor', validFrom: '2025-07-01' }],
      yearlyParameters,
    });
    const evaluateOn = (evaluationDate: string) => {
      const profile = profileSchema.parse({ evaluationDate, citizenship: 'IND', age: 30, qualification: { type: 'none' }, german: 'none', english: 'none' });
      const result = engine.evaluateProfile(profile, { today: evaluationDate });
      return result.ok ? result.value.ruleSet : undefined;
    };
    expect(evaluateOn('2025-06-30')).toMatchObject({ id: 'fkeg-2024-06/2025', validFrom: '2025-01-01', validUntil: '2025-06-30' });
    expect(evaluateOn('2025-07-01')).toMatchObject({ id: 'successor/2025', frameworkId: 'successor', validFrom: '2025-07-01' });
    expect(engine.ruleSets.map((ruleSet) => [ruleSet.id, ruleSet.coveredFrom, ruleSet.coveredUntil])).toEqual([
      ['fkeg-2024-06', '2024-06-01', '2025-06-30'],
      ['successor', '2025-07-01', '2026-12-31'],
    ]);
  });

  it('extends coverage to 2027 with one new parameter entry and derives its thresholds', () => {
    // Hypothetical 2027 figures, for this test only: the real ones are published in late 2026.
    const year2027: YearlyParameters = { ...year2026, year: 2027, pensionCeiling: { ...year2026.pensionCeiling, cents: 10_500_000 }, publishedThresholdsCents: {} };
    const engine = createPathwayEngine({ ruleSets: [framework], yearlyParameters: [...yearlyParameters, year2027] });
    expect(engine.coveredUntil).toBe('2027-12-31');
    const profile = profileSchema.parse({
      evaluationDate: '2027-03-01',
      citizenship: 'IND',
      age: 30,
      qualification: { type: 'academic', germanRecognition: 'comparable', completedOn: '2015-01-01' },
      job: { annualGrossSalaryEur: 52500, contractMonths: null, isco: '2413' },
      german: 'none',
      english: 'C1',
    });
    const result = engine.evaluateProfile(profile, { today: '2027-03-01' });
    expect(result.ok && result.value.eligibleTitleIds).toContain('18g_standard');
    const standard = result.ok ? result.value.titles.find((title) => title.id === '18g_standard') : undefined;
    expect(standard?.conditions.find((condition) => condition.id === 'salary_blue_card_standard')?.values).toMatchObject({
      thresholdEur: 52500,
      year: 2027,
    });
  });
});
