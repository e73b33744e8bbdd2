import { describe, expect, it } from 'vitest';
import examples from './__scenarios__/pathway-examples.json';
import { createPathwayEngine } from './engine';
import type { Profile } from './profile-schema';
import { ruleSets } from './rule-sets';
import type { YearlyParameters } from './rule-model';
import type { Evaluation } from './types';
import { yearlyParameters } from './yearly-parameters';

const engine = createPathwayEngine();
const profiles = (examples as { evaluate: { id: string; profile: Profile }[] }).evaluate.map((example) => example.profile);

function evaluate(profile: Profile, date: string, on = engine): Evaluation {
  const result = on.evaluateProfile({ ...profile, evaluationDate: date }, { today: '2026-12-07' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function conditionOf(evaluation: Evaluation, titleId: string, conditionId: string) {
  const condition = evaluation.titles.find((title) => title.id === titleId)?.conditions.find((c) => c.id === conditionId);
  if (!condition) throw new Error(`${titleId}/${conditionId} missing`);
  return condition;
}

// A made-up 2027 entry for the test only (not a legal fact): the 2026 figures under a new year.
const test2027: YearlyParameters = {
  ...(yearlyParameters[yearlyParameters.length - 1] as YearlyParameters),
  year: 2027,
  pensionCeiling: { cents: 10_500_000, legalRef: 'SGB VI Anlage 2', source: 'test value' },
  publishedThresholdsCents: undefined,
};

describe('a year without entered figures', () => {
  const blueCardProfile = profiles[0] as Profile;

  it('is evaluated, not refused: figure-dependent conditions are unknown and say which figure is missing', () => {
    const evaluation = evaluate(blueCardProfile, '2027-01-15');
    expect(evaluation.ruleSet).toMatchObject({ parameterYear: 2027, figuresEntered: false, validFrom: '2027-01-01', validUntil: '2027-12-31' });
    expect(evaluation.notices).toEqual([{ code: 'YEAR_FIGURES_MISSING', year: 2027, text: { de: expect.stringContaining('2027'), en: expect.stringContaining('2027') } }]);
    const salary = conditionOf(evaluation, '18g_standard', 'salary_blue_card_standard');
    expect(salary.status).toBe('unknown');
    expect(salary.explanation.de).toContain('50 % der Beitragsbemessungsgrenze der allgemeinen Rentenversicherung');
    expect(salary.explanation.de).toContain('§18g Abs. 1 Satz 1 AufenthG');
    expect(salary.explanation.de).toContain('für 2027 sind noch nicht veröffentlicht oder noch nicht eingetragen');
    expect(salary.explanation.en).toContain('50% of the contribution ceiling of the statutory pension insurance');
    // Conditions that need no figure are still decided.
    expect(conditionOf(evaluation, '18g_standard', 'job_offer').status).toBe('met');
    expect(conditionOf(evaluation, '18b', 'age_45_salary').status).toBe('met');
    expect(evaluation.titles.find((title) => title.id === '18g_standard')?.outcome).toBe('needs_info');
    expect(evaluation.eligibleTitleIds).not.toContain('18g_standard');
  });

  it('names the funds benchmark and its rule for the Chancenkarte', () => {
    const evaluation = evaluate({ ...blueCardProfile, job: null, fundsPerMonthEur: 5000 }, '2027-06-30');
    const funds = conditionOf(evaluation, '20a_fachkraft', 'livelihood_chancenkarte');
    expect(funds.status).toBe('unknown');
    expect(funds.explanation.de).toContain('Chancenkarte 2027 (§20a Abs. 4 Satz 1 AufenthG');
  });

  it('never throws for any example profile in later years, and every unknown-by-figure names that year', () => {
    for (const date of ['2027-01-01', '2027-12-31', '2031-02-28']) {
      const year = date.slice(0, 4);
      for (const profile of profiles) {
        const evaluation = evaluate(profile, date);
        expect(evaluation.notices[0]?.year).toBe(Number(year));
        for (const title of evaluation.titles) {
          if (title.outcome === 'eligible') expect(title.conditions.every((c) => c.status === 'met')).toBe(true);
          for (const condition of title.conditions) {
            if (condition.values?.missingFigure === undefined) continue;
            expect(condition.status).toBe('unknown');
            expect(condition.explanation.de).toContain(year);
          }
        }
      }
    }
  });

  it('evaluates family reunification with the notice', () => {
    const family = engine.evaluateFamily(
      { evaluationDate: '2030-01-01', sponsor: { titleId: '18b', firstIssuedOn: '2025-01-01' }, members: [{ role: 'spouse', age: 30, german: 'A1' }] },
      { today: '2026-12-07' },
    );
    expect(family.ok && family.value.notices.map((notice) => notice.year)).toEqual([2030]);
  });

  it('gives definite answers once the year is entered', () => {
    const withYear = createPathwayEngine({ ruleSets, yearlyParameters: [...yearlyParameters, test2027] });
    expect(withYear.coveredUntil).toBe('2027-12-31');
    expect(withYear.figureYears).toEqual([2024, 2025, 2026, 2027]);
    const evaluation = evaluate(blueCardProfile, '2027-01-15', withYear);
    expect(evaluation.notices).toEqual([]);
    expect(evaluation.ruleSet).toMatchObject({ parameterYear: 2027, figuresEntered: true });
    const salary = conditionOf(evaluation, '18g_standard', 'salary_blue_card_standard');
    expect(salary.status).toBe('not_met');
    expect(salary.values).toMatchObject({ thresholdCents: 5_250_000, year: 2027 });
    // 2028 is again a year without figures.
    expect(evaluate(blueCardProfile, '2028-01-01', withYear).notices[0]?.year).toBe(2028);
  });

  it('still refuses dates before the first rule set', () => {
    const result = engine.evaluateProfile({ ...blueCardProfile, evaluationDate: '2024-05-31' }, { today: '2026-12-07' });
    expect(result.ok).toBe(false);
  });
});
