/** The public entry: error contract, rule-set metadata, ranking, checklists and next steps. */
import { describe, expect, it } from 'vitest';
import examples from './__scenarios__/pathway-examples.json';
import { coveredRange, evaluateFamily, evaluateProfile, pathwayRuleSets, profileSchema, titleIds, titleMetadata, type Evaluation, type Profile } from './index';

const exampleProfile = (id: string): Profile => profileSchema.parse(examples.evaluate.find((example) => example.id === id)?.profile);
const evaluate = (profile: Profile): Evaluation => {
  const result = evaluateProfile(profile, { today: '2026-11-22' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const title = (evaluation: Evaluation, id: string) => evaluation.titles.find((candidate) => candidate.id === id);

describe('evaluateProfile', () => {
  it('returns DATE_OUT_OF_RANGE as a value naming the covered range', () => {
    const result = evaluateProfile({ ...exampleProfile('EX01'), evaluationDate: undefined }, { today: '2023-12-31' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'DATE_OUT_OF_RANGE',
        evaluationDate: '2023-12-31',
        coveredFrom: '2024-06-01',
        coveredUntil: '2026-12-31',
        message: 'No rule set covers 2023-12-31; the Wegweiser covers the law from 2024-06-01.',
      },
    });
    const family = evaluateFamily(
      { evaluationDate: '2024-05-31', sponsor: { titleId: '18b', firstIssuedOn: '2025-01-01' }, members: [{ role: 'spouse', age: 30 }] },
      { today: '2026-11-22' },
    );
    expect(family.ok || family.error.code).toBe('DATE_OUT_OF_RANGE');
  });

  it('throws only for a malformed date that schema validation would have rejected', () => {
    expect(() => evaluateProfile({ ...exampleProfile('EX01'), evaluationDate: undefined }, { today: '2026-02-30' })).toThrow(RangeError);
  });

  it('reports the dated parameters used', () => {
    expect(evaluate(exampleProfile('EX01')).ruleSet).toEqual({
      id: 'fkeg-2024-06/2026',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
      frameworkId: 'fkeg-2024-06',
      parameterYear: 2026,
      figuresEntered: true,
    });
    expect(coveredRange).toEqual({ from: '2024-06-01', until: '2100-12-31' });
    expect(pathwayRuleSets).toEqual([expect.objectContaining({ id: 'fkeg-2024-06', validFrom: '2024-06-01', parameterYears: [2024, 2025, 2026] })]);
  });

  it('ranks eligible titles first, Blue Card before §18b', () => {
    const evaluation = evaluate(exampleProfile('EX02'));
    expect(evaluation.eligibleTitleIds).toEqual(['18g_reduced_shortage', '18b']);
    expect(evaluation.titles.slice(0, 2).map((candidate) => [candidate.id, candidate.rank])).toEqual([
      ['18g_reduced_shortage', 1],
      ['18b', 2],
    ]);
    expect(evaluation.titles).toHaveLength(17);
  });

  it('tells how much salary is missing for a closed title', () => {
    const standard = title(evaluate(exampleProfile('EX02')), '18g_standard');
    expect(standard?.outcome).toBe('not_eligible');
    expect(standard?.baApprovalRequired).toBe(false);
    expect(standard?.nextSteps).toContainEqual({
      de: 'Mit 4.700,00 € mehr Bruttojahresgehalt wäre diese Voraussetzung erfüllt.',
      en: 'With €4,700.00 more gross annual salary this requirement would be met.',
    });
  });

  it('gives open titles a checklist and the procedure', () => {
    const shortage = title(evaluate(exampleProfile('EX02')), '18g_reduced_shortage');
    expect(shortage?.baApprovalRequired).toBe(true);
    expect(shortage?.decision).toBe('entitlement');
    expect(shortage?.documents.map((document) => document.id)).toEqual(['passport', 'employment_contract', 'degree_certificate', 'degree_comparability']);
    expect(shortage?.nextSteps.map((step) => step.en).join(' ')).toMatch(/§81a AufenthG.*€411/);
  });

  it('adds documents that depend on the profile', () => {
    const older = evaluate(exampleProfile('EX05'));
    expect(title(older, '18a')?.documents.map((document) => document.id)).toContain('pension_provision_proof');
    const points = title(evaluate(exampleProfile('EX07')), '20a_points');
    expect(points?.documents.map((document) => document.id)).toContain('deficit_notice');
    expect(points?.nextSteps[0]?.de).toBe('Lebensunterhalt nachweisen: 1.091,00 € pro Monat, für 12 Monate 13.092,00 € (z. B. Sperrkonto).');
  });

  it('lists open questions for titles that need information', () => {
    const evaluation = evaluate({ ...exampleProfile('EX09'), westbalkan: undefined });
    const westbalkan = title(evaluation, '19c1_westbalkan');
    expect(westbalkan?.outcome).toBe('needs_info');
    // Duplicate hints are merged: three unanswered questions give two steps.
    expect(westbalkan?.nextSteps.map((step) => step.en)).toEqual([
      'Answer the Westbalkan questions.',
      'Ask the employer service of the Federal Employment Agency about the quota.',
    ]);
  });

  it('needs BA approval for a §16d Abs. 1 measure unless it is school-based', () => {
    const base = exampleProfile('EX07');
    const inCompany = title(evaluate({ ...base, qualificationMeasure: { placeConfirmed: true } }), '16d1');
    const schoolBased = title(evaluate({ ...base, qualificationMeasure: { placeConfirmed: true, schoolBased: true } }), '16d1');
    expect([inCompany?.baApprovalRequired, schoolBased?.baApprovalRequired]).toEqual([true, false]);
  });

  it('explains the Chancenkarte points per criterion', () => {
    const { chancenkarte } = evaluate(exampleProfile('EX06'));
    expect(chancenkarte.minimumPoints).toBe(6);
    expect(chancenkarte.breakdown).toHaveLength(12);
    expect(chancenkarte.breakdown.filter((item) => item.points > 0).map((item) => [item.criterion, item.points, item.legalRef])).toEqual([
      ['german_b1', 2, '§20b Abs. 1 Satz 1 Nr. 3 AufenthG i.V.m. Anlage'],
      ['experience_2_of_5_years', 2, '§20b Abs. 1 Satz 1 Nr. 7 AufenthG i.V.m. Anlage'],
      ['age_band_high', 2, '§20b Abs. 1 Satz 1 Nr. 9 AufenthG i.V.m. Anlage'],
    ]);
  });
});

describe('title metadata', () => {
  it('lists every title id of the contract', () => {
    const contract = ['18a', '18b', '18g_standard', '18g_reduced_shortage', '18g_reduced_new_entrant', '18g_it_no_degree', '19c2_beschv6', '19c1_westbalkan', '16d1', '16d3', '20_post_study', '20_post_research', '20_post_training', '20_post_recognition', '20a_fachkraft', '20a_points', '20a_follow_up', '30_spouse', '32_child', '36_3_parent'];
    expect([...titleIds].sort()).toEqual([...contract].sort());
    expect(titleMetadata.find((entry) => entry.id === '36_3_parent')).toMatchObject({ kind: 'family', decision: 'discretionary' });
    expect(titleMetadata.find((entry) => entry.id === '16d1')?.baApprovalRequired).toBe('depends');
  });
});
