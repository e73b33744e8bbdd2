import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries } from '../support/law';
import { databaseKinds } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

// Fictitious figures for 2027 (test values, not legal facts): a year an admin enters.
const figures2027 = JSON.parse(await readFile(new URL('../fixtures/law/year-2027-test-figures.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const profile = {
  citizenship: 'IND',
  age: 30,
  qualification: { type: 'academic', obtainedIn: 'abroad', completedOn: '2019-06-30', germanRecognition: 'comparable', isco: '2512' },
  job: { annualGrossSalaryEur: 52_000, contractMonths: null },
  german: 'none',
  english: 'C1',
};

type Condition = { id: string; status: string; explanation: { de: string; en: string } };
type Title = { id: string; outcome: string; conditions: Condition[] };

describe.each(databaseKinds())('yearly law figures on %s', (kind) => {
  let t: TestApp;
  let admin: SignedInClient;
  // "Today" is 15 January 2027: after the last built-in year.
  const clock = { now: () => new Date('2027-01-15T10:00:00+01:00') };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    admin = await t.signIn('admin@demo.example');
  });
  afterAll(() => t.close());

  const evaluate = async (extra: Record<string, unknown> = {}) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/pathways/evaluate', payload: { profile: { ...profile, ...extra } } });
    expect(response.statusCode).toBe(200);
    return response.json() as { evaluationDate: string; notices: { code: string; year: number; text: { de: string } }[]; titles: Title[]; ruleSet: Record<string, unknown> };
  };
  const condition = (evaluation: { titles: Title[] }, titleId: string, conditionId: string) =>
    evaluation.titles.find((title) => title.id === titleId)?.conditions.find((item) => item.id === conditionId);
  const put = async (client: SignedInClient | null, body: unknown, year = 2027) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/law/years/${year}`, headers: client?.headers ?? {}, payload: body as object });

  it('evaluates "today" in a year without figures: salary conditions open with a notice, the rest decided', async () => {
    const evaluation = await evaluate();
    expect(evaluation.evaluationDate).toBe('2027-01-15');
    expect(evaluation.ruleSet).toMatchObject({ parameterYear: 2027, figuresEntered: false });
    expect(evaluation.notices).toEqual([expect.objectContaining({ code: 'YEAR_FIGURES_MISSING', year: 2027 })]);
    expect(condition(evaluation, '18g_standard', 'salary_blue_card_standard')).toMatchObject({ status: 'unknown' });
    expect(condition(evaluation, '18g_standard', 'salary_blue_card_standard')?.explanation.de).toContain('50 % der Beitragsbemessungsgrenze');
    expect(condition(evaluation, '18g_standard', 'job_offer')).toMatchObject({ status: 'met' });
    expect(evaluation.titles.find((title) => title.id === '18g_standard')?.outcome).toBe('needs_info');
    const law = (await t.app.inject({ method: 'GET', url: '/api/v1/pathways/law' })).json();
    expect(law).toMatchObject({ today: '2027-01-15', coveredFrom: '2024-06-01', todayFiguresMissing: true });
    expect(law.figureYears).toEqual([2024, 2025, 2026]);
  });

  it('still refuses a date before the first rule set with 422 naming the field', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/pathways/evaluate', payload: { profile: { ...profile, evaluationDate: '2024-05-31' } } });
    expect(response.statusCode).toBe(422);
    expect(Object.keys(response.json().error.fields)).toEqual(['profile.evaluationDate']);
  });

  it('lets only an admin enter a year; bad input is refused naming the field', async () => {
    expect((await put(null, { figures: { ...figures2027, year: 2027 }, expectedRevision: null })).statusCode).toBe(401);
    const steering = await t.signIn('steering@demo.example');
    expect((await put(steering, { figures: { ...figures2027, year: 2027 }, expectedRevision: null })).statusCode).toBe(403);

    const cases: [unknown, string][] = [
      [{ ...figures2027, year: 2027, pensionCeiling: { value: 1050, source: 'x', publishedOn: '2026-11-30' } }, 'figures.pensionCeiling.value'],
      [{ ...figures2027, year: 2027, pensionCeiling: { value: 105000.005, source: 'x', publishedOn: '2026-11-30' } }, 'figures.pensionCeiling.value'],
      [{ ...figures2027, year: 2027, chancenkarteFundsPerMonth: undefined }, 'figures.chancenkarteFundsPerMonth'],
      [{ ...figures2027, year: 2027, westbalkanAnnualQuota: { value: 50000, source: 'Quelle\u0000', publishedOn: '2026-12-01' } }, 'figures.westbalkanAnnualQuota.source'],
      [{ ...figures2027, year: 2027, westbalkanAnnualQuota: { value: 50000, source: '\ud800', publishedOn: '2026-12-01' } }, 'figures.westbalkanAnnualQuota.source'],
      [{ ...figures2027, year: 2027, westbalkanAnnualQuota: { value: 50000, source: 'x'.repeat(501), publishedOn: '2026-12-01' } }, 'figures.westbalkanAnnualQuota.source'],
      [{ ...figures2027, year: 2027, publishedThresholds: { blueCardStandard: 52_000 } }, 'figures.publishedThresholds.blueCardStandard'],
      [{ ...figures2027, year: 2026 }, 'figures.year'],
    ];
    for (const [body, field] of cases) {
      const response = await put(admin, { figures: body, expectedRevision: null });
      expect(response.statusCode, field).toBe(400);
      expect(Object.keys(response.json().error.fields), field).toContain(field);
    }
    const gap = await put(admin, { figures: { ...figures2027, year: 2029 }, expectedRevision: null }, 2029);
    expect(gap.statusCode).toBe(400);
    expect(gap.json().error.fields).toEqual({ 'figures.year': 'enter 2027 first' });
    // Nothing was stored by the refused attempts.
    expect((await evaluate()).notices).toHaveLength(1);
  });

  it('after an admin enters 2027, the same evaluation is definite, at once and audited', async () => {
    const saved = await put(admin, { figures: { ...figures2027, year: 2027 }, expectedRevision: null });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ year: 2027, origin: 'entered', revision: 1, enteredBy: expect.any(String) });
    const evaluation = await evaluate();
    expect(evaluation.notices).toEqual([]);
    expect(evaluation.ruleSet).toMatchObject({ parameterYear: 2027, figuresEntered: true });
    // 52,000 € against 50 % of the (fictitious) 105,000 €: 52,500 € → 500 € short.
    expect(condition(evaluation, '18g_standard', 'salary_blue_card_standard')).toMatchObject({ status: 'not_met' });
    expect(condition(evaluation, '18g_reduced_shortage', 'salary_blue_card_reduced')).toMatchObject({ status: 'met' });

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/law/years', headers: admin.headers });
    expect(list.statusCode).toBe(200);
    const years = list.json();
    expect(years.nextYear).toBe(2028);
    expect(years.years.map((year: { year: number; origin: string }) => [year.year, year.origin])).toEqual([
      [2024, 'built_in'],
      [2025, 'built_in'],
      [2026, 'built_in'],
      [2027, 'entered'],
    ]);
    const entries = await listAuditEntries(t, 'law_year');
    expect(entries).toEqual([expect.objectContaining({ action: 'law_year.entered', subjectId: '2027' })]);
  });

  it('a correction needs the revision it was read at (no lost update) and is audited as a correction', async () => {
    const stale = await put(admin, { figures: { ...figures2027, year: 2027 }, expectedRevision: null });
    expect(stale.statusCode).toBe(409);
    const corrected = await put(admin, {
      figures: { ...figures2027, year: 2027, pensionCeiling: { value: 104_000, source: 'Korrigierter Testwert', publishedOn: '2026-11-30' }, publishedThresholds: undefined, publishedThresholdsSource: undefined },
      expectedRevision: 1,
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ revision: 2 });
    expect(condition(await evaluate(), '18g_standard', 'salary_blue_card_standard')).toMatchObject({ status: 'met' });
    expect((await listAuditEntries(t, 'law_year')).map((entry) => entry.action)).toEqual(['law_year.entered', 'law_year.corrected']);
  });
});
