import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

type Example = { id: string; profile: Record<string, unknown>; expectedEligibleTitleIds: string[]; expectedChancenkartePoints?: number };
type FamilyExample = { id: string; request: Record<string, unknown> };

const examples = JSON.parse(
  await readFile(new URL('../../src/domain/pathway/__scenarios__/pathway-examples.json', import.meta.url), 'utf8'),
) as { evaluate: Example[]; family: FamilyExample[] };

// The Wegweiser touches no database; one engine is enough for these HTTP tests.
describe('Wegweiser over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t.close());

  const evaluate = (profile: unknown) => t.app.inject({ method: 'POST', url: '/api/v1/pathways/evaluate', payload: { profile } });

  it.each(examples.evaluate.map((example) => [example.id, example] as const))('evaluates example %s as the contract expects', async (_id, example) => {
    const response = await evaluate(example.profile);
    expect(response.statusCode).toBe(200);
    const evaluation = response.json();
    expect([...evaluation.eligibleTitleIds].sort()).toEqual([...example.expectedEligibleTitleIds].sort());
    if (example.expectedChancenkartePoints !== undefined) expect(evaluation.chancenkarte.points).toBe(example.expectedChancenkartePoints);
    for (const title of evaluation.titles) {
      expect(title.conditions.length).toBeGreaterThan(0);
      for (const condition of title.conditions) expect(condition.explanation.de.length * condition.explanation.en.length).toBeGreaterThan(0);
    }
  });

  it('needs no sign-in and stores nothing', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode;
    const [first] = examples.evaluate;
    const response = await evaluate(first?.profile);
    expect([before, response.statusCode]).toEqual([200, 200]);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('names every bad field with 400: wrong types, unknown enum values, impossible dates, negative amounts, unknown fields', async () => {
    const response = await evaluate({
      citizenship: 'India',
      age: 'thirty',
      qualification: { type: 'doctorate', completedOn: '2021-02-30' },
      job: { annualGrossSalaryEur: -5 },
      german: 'B3',
      english: 'C1',
      favouriteColour: 'blue',
    });
    expect(response.statusCode).toBe(400);
    const fields = Object.keys(response.json().error.fields);
    expect(fields).toEqual(
      expect.arrayContaining([
        'profile.citizenship',
        'profile.age',
        'profile.qualification.type',
        'profile.qualification.completedOn',
        'profile.job.annualGrossSalaryEur',
        'profile.german',
        'profile.favouriteColour',
      ]),
    );
  });

  it('answers an evaluation date before every rule set with 422 naming the first covered day', async () => {
    const [first] = examples.evaluate;
    const response = await evaluate({ ...first?.profile, evaluationDate: '2019-01-01' });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.code).toBe('UNPROCESSABLE');
    expect(response.json().error.fields['profile.evaluationDate']).toBe('before the first covered day 2024-06-01');
  });

  it('evaluates family reunification per member, in request order', async () => {
    for (const example of examples.family) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/pathways/family', payload: example.request });
      expect(response.statusCode).toBe(200);
      const members = response.json().members as { role: string }[];
      expect(members.map((member) => member.role)).toEqual((example.request.members as { role: string }[]).map((member) => member.role));
    }
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/pathways/family', payload: { sponsor: {}, members: [] } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['sponsor.titleId', 'members']));
  });

  it('renders result and checklist as a PDF in German and English', async () => {
    const [first] = examples.evaluate;
    for (const language of ['de', 'en']) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/pathways/report', payload: { profile: first?.profile, language } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe('attachment; filename="wegweiser-2026-11-22.pdf"');
      expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(response.rawPayload.length).toBeGreaterThan(2_000);
    }
  });
});
