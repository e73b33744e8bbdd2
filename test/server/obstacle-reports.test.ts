import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObstacleReport, ObstacleTextReview, ObstacleTextReviewList, ObstacleTextsResponse } from '../../src/contract/obstacle-reports';
import { systemClock } from '../../src/server/clock';
import { seedDemoRegion } from '../../src/server/commands/seed-demo-region';
import { call, createCase } from '../support/cases';
import { testConfig } from '../support/test-config';
import { databaseKinds, sqlRows } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

type ErrorBody = { error: { code: string; fields?: Record<string, string> } };

/** Fictitious obstacle descriptions; none names a person. */
const visaTexts = [
  'Die Auslandsvertretung vergibt Termine erst nach vier Monaten.',
  'Terminbuchung online nur nachts möglich, Wartezeit mehrere Monate.',
  'Kein Termin frei, auch nicht über das Kontingent für Fachkräfte.',
  'Die Vertretung verlangt eine persönliche Vorsprache vor der Buchung.',
  'Termin erst im nächsten Quartal, trotz Vorabzustimmung.',
];

describe.each(databaseKinds())('obstacles without a case, moderation and practice descriptions on %s', (kind) => {
  let t: TestApp;
  let steering: SignedInClient;
  let admin: SignedInClient;
  let partner: SignedInClient;
  let employer: SignedInClient;
  let applicant: SignedInClient;
  let mannheim: SignedInClient;
  let ludwigshafen: SignedInClient;
  const visaObstacleIds: string[] = [];
  const housingObstacleIds: string[] = [];
  let ludwigshafenObstacleId = '';

  const addObstacle = async (client: SignedInClient, caseId: string, category: string, text: string) => {
    const response = await call(t, client, 'POST', `/api/v1/cases/${caseId}/obstacles`, { category, text });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: string }).id;
  };
  const clear = async (obstacleId: string, body: Record<string, unknown>, client = steering) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/obstacle-texts/${obstacleId}/clearance`, headers: client.headers, payload: body });
  const report = (client: SignedInClient, body: Record<string, unknown>) => call(t, client, 'POST', '/api/v1/obstacle-reports', body);
  const decide = (id: string, body: Record<string, unknown>, client = steering) => call(t, client, 'POST', `/api/v1/obstacle-reports/${id}/decision`, body);
  const descriptions = async (query: string, client: SignedInClient = steering) => {
    const response = await call(t, client, 'GET', `/api/v1/stats/obstacle-texts${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ObstacleTextsResponse;
  };
  const audit = (action: string) =>
    sqlRows<{ action: string; purpose: string | null; subject_id: string | null; details: Record<string, unknown> }>(
      t.database,
      sql`SELECT action, purpose, subject_id, details FROM audit_log WHERE action = ${action} ORDER BY id`,
    );

  beforeAll(async () => {
    t = await createTestApp(kind);
    const signIn = (name: string) => t.signIn(`${name}@demo.example`);
    steering = await signIn('steering');
    admin = await signIn('admin');
    partner = await signIn('partner');
    employer = await signIn('employer');
    applicant = await signIn('applicant');
    mannheim = await signIn('caseworker');
    ludwigshafen = await signIn('caseworker.lu');
    // Cases of the Ausländerbehörde Mannheim (owner, so the responsible authority): 5 visa obstacles, 2 housing.
    for (const text of visaTexts) {
      const created = await createCase(t, mannheim);
      visaObstacleIds.push(await addObstacle(mannheim, created.id, 'no_visa_appointment', text));
    }
    for (const text of ['Wohnung nur mit Bürgschaft zu bekommen.', 'Mietangebote nur für unbefristet Beschäftigte.']) {
      const created = await createCase(t, mannheim);
      housingObstacleIds.push(await addObstacle(mannheim, created.id, 'housing', text));
    }
    const elsewhere = await createCase(t, ludwigshafen);
    ludwigshafenObstacleId = await addObstacle(ludwigshafen, elsewhere.id, 'no_visa_appointment', 'Wartezeit bei der Botschaft über ein halbes Jahr.');
  }, 120_000);
  afterAll(() => t.close());

  it('takes a report from staff and employers (pending, audited) but not from applicants', async () => {
    const created = await report(partner, {
      category: 'recognition_delay',
      description: 'Die Anerkennungsstelle bestätigt den Eingang erst nach Wochen.',
      legalReference: { law: 'BQFG', section: '6', paragraph: '3' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json() as ObstacleReport;
    expect(body).toMatchObject({
      category: 'recognition_delay',
      categoryName: { de: 'Anerkennung dauert', en: 'Recognition is taking long' },
      legalReference: '§6 Abs. 3 BQFG',
      status: 'pending',
      organisationName: expect.any(String),
    });
    expect((await report(employer, { category: 'ba_delay', description: 'Die Zustimmung der Bundesagentur kam nach sechs Wochen.' })).statusCode).toBe(201);
    expect((await report(applicant, { category: 'ba_delay', description: 'Die Zustimmung kam sehr spät bei uns an.' })).statusCode).toBe(403);
    const entries = await audit('obstacle_report.created');
    expect(entries.map((entry) => entry.subject_id)).toContain(body.id);
    expect(entries[0]?.details).toEqual({ category: 'recognition_delay' });
  });

  it('answers bad input with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ category: 'weather', description: 'Es regnet seit Wochen im ganzen Land.' }, 'category'],
      [{ category: 'housing' }, 'description'],
      [{ category: 'housing', description: 'kurz' }, 'description'],
      [{ category: 'housing', description: 'Wohnungen sind knapp in der Stadt.', legalReference: { law: '', section: '18g' } }, 'legalReference.law'],
      [{ category: 'housing', description: 'Wohnungen sind knapp in der Stadt.', extra: true }, 'extra'],
    ];
    for (const [payload, field] of cases) {
      const response = await report(partner, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(Object.keys((response.json() as ErrorBody).error.fields ?? {}), JSON.stringify(payload)).toContain(field);
    }
    const [pending] = (await call(t, steering, 'GET', '/api/v1/obstacle-reports?status=pending').then((r) => r.json() as { items: ObstacleReport[] })).items;
    const withoutReason = await decide(pending!.id, { decision: 'rejected' });
    expect(withoutReason.statusCode).toBe(400);
    expect((withoutReason.json() as ErrorBody).error.fields).toHaveProperty('reason');
    expect((await call(t, steering, 'GET', '/api/v1/obstacle-reports?status=open')).json()).toMatchObject({ error: { fields: { 'query.status': expect.any(String) } } });
    const badCategory = await call(t, steering, 'GET', '/api/v1/stats/obstacle-texts?category=weather&from=2026-01-01');
    expect((badCategory.json() as ErrorBody).error.fields).toHaveProperty('query.category');
    expect((await decide('00000000-0000-4000-8000-000000000000', { decision: 'accepted' })).statusCode).toBe(404);
  });

  it('lets the steering body accept, reject with a reason and correct a decision, each audited', async () => {
    const created = (await report(partner, { category: 'childcare', description: 'Kita-Plätze werden erst nach Anmeldung des Wohnsitzes vergeben.' })).json() as ObstacleReport;
    const accepted = await decide(created.id, { decision: 'accepted' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', moderationReason: null });
    expect((await decide(created.id, { decision: 'accepted' }, admin)).statusCode).toBe(403);
    const rejected = await decide(created.id, { decision: 'rejected', reason: 'Beschreibt einen Einzelfall.' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', moderationReason: 'Beschreibt einen Einzelfall.' });
    const list = (await call(t, admin, 'GET', '/api/v1/obstacle-reports?status=rejected')).json() as { items: ObstacleReport[] };
    expect(list.items.map((item) => item.id)).toContain(created.id);
    const decided = await audit('obstacle_report.decided');
    const corrected = await audit('obstacle_report.decision_corrected');
    expect(decided.find((entry) => entry.subject_id === created.id)?.details).toMatchObject({ from: 'pending', to: 'accepted' });
    expect(corrected.find((entry) => entry.subject_id === created.id)).toMatchObject({ purpose: 'obstacle_moderation', details: { from: 'accepted', to: 'rejected' } });
    expect((await audit('obstacle_report.list_read')).at(-1)).toMatchObject({ purpose: 'obstacle_moderation', details: { status: 'rejected' } });
  });

  it('shows case texts for review with category, stage, authority and month only, and audits the read', async () => {
    const response = await call(t, steering, 'GET', '/api/v1/obstacle-texts?status=open');
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json() as ObstacleTextReviewList;
    const item = items.find((candidate) => candidate.obstacleId === visaObstacleIds[0]);
    expect(item).toMatchObject({
      category: 'no_visa_appointment',
      categoryName: { de: 'Kein Termin bei der Auslandsvertretung' },
      stageName: { de: 'Information', en: 'Information' },
      authorityName: expect.stringContaining('Mannheim'),
      text: visaTexts[0],
      status: 'open',
      clearedText: null,
    });
    expect(Object.keys(item ?? {}).sort()).toEqual(['authorityName', 'category', 'categoryName', 'clearedText', 'decidedAt', 'month', 'monthName', 'obstacleId', 'stageName', 'status', 'text']);
    const [entry] = (await audit('obstacle_text.list_read')).slice(-1);
    expect(entry).toMatchObject({ purpose: 'obstacle_moderation', details: { status: 'open' } });
    expect(entry?.details.obstacleIds).toEqual(expect.arrayContaining(visaObstacleIds));
    expect((await call(t, partner, 'GET', '/api/v1/obstacle-texts')).statusCode).toBe(403);
  });

  it('clears texts (optionally shortened), withholds others, and only cleared texts are shown', async () => {
    // Nothing cleared yet: no case text, even with enough obstacles.
    const before = await descriptions('?category=no_visa_appointment');
    expect(before.categories).toEqual([expect.objectContaining({ category: 'no_visa_appointment', enough: true, items: [] })]);

    const shortened = await clear(visaObstacleIds[0]!, { decision: 'cleared', clearedText: 'Termine erst nach vier Monaten.' });
    expect(shortened.statusCode, shortened.body).toBe(200);
    expect(shortened.json()).toMatchObject({ status: 'cleared', clearedText: 'Termine erst nach vier Monaten.' });
    expect((await clear(visaObstacleIds[1]!, { decision: 'cleared' })).json()).toMatchObject({ clearedText: visaTexts[1] });
    expect((await clear(visaObstacleIds[2]!, { decision: 'withheld' })).json()).toMatchObject({ status: 'withheld', clearedText: null });
    // Longer than the original, a cleared text for a withheld one, the wrong role.
    const longer = await clear(visaObstacleIds[3]!, { decision: 'cleared', clearedText: `${visaTexts[3]} Mit Zusatz.` });
    expect(longer.statusCode).toBe(400);
    expect((longer.json() as ErrorBody).error.fields).toHaveProperty('clearedText');
    expect((await clear(visaObstacleIds[3]!, { decision: 'withheld', clearedText: 'x' })).statusCode).toBe(400);
    expect((await clear(visaObstacleIds[3]!, { decision: 'cleared' }, admin)).statusCode).toBe(403);

    const after = await descriptions('?category=no_visa_appointment');
    const texts = after.categories[0]?.items.map((item) => item.text) ?? [];
    expect(texts.sort()).toEqual(['Termine erst nach vier Monaten.', visaTexts[1]!].sort());
    expect(after.categories[0]?.items[0]).toMatchObject({ source: 'case', stageName: { de: 'Information' }, monthName: { de: expect.stringMatching(/^[A-ZÄ][a-zä]+ \d{4}$/) } });
    const allTexts = JSON.stringify(await descriptions(''));
    for (const text of [visaTexts[0], visaTexts[2], visaTexts[3], visaTexts[4]]) expect(allTexts).not.toContain(text);

    // A decision changed later: the withheld text is cleared, the shortened one withheld.
    expect((await clear(visaObstacleIds[2]!, { decision: 'cleared' })).statusCode).toBe(200);
    expect((await clear(visaObstacleIds[0]!, { decision: 'withheld' })).statusCode).toBe(200);
    const changed = (await descriptions('?category=no_visa_appointment')).categories[0]?.items.map((item) => item.text).sort();
    expect(changed).toEqual([visaTexts[1], visaTexts[2]].sort());
    const corrections = await audit('obstacle_text.decision_corrected');
    expect(corrections.map((entry) => entry.details)).toEqual(
      expect.arrayContaining([expect.objectContaining({ from: 'withheld', to: 'cleared' }), expect.objectContaining({ from: 'cleared', to: 'withheld' })]),
    );
    expect((await audit('obstacle_text.decided')).find((entry) => entry.subject_id === visaObstacleIds[0])?.details).toMatchObject({ shortened: true });
    const cleared = (await call(t, steering, 'GET', '/api/v1/obstacle-texts?status=cleared')).json() as { items: ObstacleTextReview[] };
    expect(cleared.items.map((item) => item.obstacleId).sort()).toEqual([visaObstacleIds[1], visaObstacleIds[2]].sort());
  });

  it('gives no texts for a category with fewer than 5 obstacles in the selection', async () => {
    await clear(housingObstacleIds[0]!, { decision: 'cleared' });
    const housing = await descriptions('?category=housing');
    expect(housing.categories).toEqual([expect.objectContaining({ category: 'housing', enough: false, items: [] })]);
    // Five accepted reports of one category are enough on their own; pending ones do not count.
    const ids: string[] = [];
    for (let index = 1; index <= 5; index += 1) {
      const created = (await report(partner, { category: 'no_language_course', description: `Sprachkurse in der Region ausgebucht, Beobachtung ${index}.` })).json() as ObstacleReport;
      ids.push(created.id);
    }
    for (const id of ids.slice(0, 4)) await decide(id, { decision: 'accepted' });
    expect((await descriptions('?category=no_language_course')).categories[0]).toMatchObject({ enough: false, items: [] });
    await decide(ids[4]!, { decision: 'accepted' });
    const enough = (await descriptions('?category=no_language_course')).categories[0];
    expect(enough).toMatchObject({ enough: true, categoryName: { de: 'Kein Platz im Sprachkurs' } });
    expect(enough?.items).toHaveLength(5);
    expect(enough?.items[0]).toMatchObject({ source: 'report', stageName: null });
    // Outside the period: nothing.
    expect((await descriptions('?category=no_language_course&from=2020-01-01&to=2020-12-31')).categories[0]).toMatchObject({ enough: false, items: [] });
  });

  it('limits a case worker to their own authority', async () => {
    await clear(ludwigshafenObstacleId, { decision: 'cleared' });
    const network = (await descriptions('?category=no_visa_appointment')).categories[0]?.items.map((item) => item.text);
    expect(network).toContain('Wartezeit bei der Botschaft über ein halbes Jahr.');
    const own = await descriptions('?category=no_visa_appointment', mannheim);
    expect(own.scope).toMatchObject({ kind: 'organisation', organisationName: expect.stringContaining('Mannheim') });
    expect(own.categories[0]?.items.map((item) => item.text)).not.toContain('Wartezeit bei der Botschaft über ein halbes Jahr.');
    expect(own.categories[0]?.items.length).toBeGreaterThan(0);
    // Ludwigshafen has a single visa obstacle: too few to show its text.
    expect((await descriptions('?category=no_visa_appointment', ludwigshafen)).categories[0]).toMatchObject({ enough: false, items: [] });
    const foreign = await call(t, mannheim, 'GET', `/api/v1/stats/obstacle-texts?authority=${ludwigshafen.organisationId}`);
    expect(foreign.statusCode).toBe(403);
    expect((await call(t, partner, 'GET', '/api/v1/stats/obstacle-texts')).statusCode).toBe(403);
    // Filtered by authority and Land, the network view agrees.
    const byAuthority = await descriptions(`?category=no_visa_appointment&authority=${ludwigshafen.organisationId}`);
    expect(byAuthority.categories[0]).toMatchObject({ enough: false, items: [] });
    expect((await descriptions('?category=no_visa_appointment&land=BW')).categories[0]?.items.length).toBe(2);
  });
});

describe('the demo region', () => {
  it('shows reported obstacles (waiting and accepted), case texts to review and practice descriptions', async () => {
    const t = await createTestApp('pglite');
    try {
      await seedDemoRegion({ db: t.database.db, clock: systemClock, config: testConfig(), actor: null, requestId: null });
      const steering = await t.signIn('steering@demo.example');
      const reports = (await call(t, steering, 'GET', '/api/v1/obstacle-reports')).json() as { items: ObstacleReport[] };
      expect(reports.items.some((item) => item.status === 'pending')).toBe(true);
      expect(reports.items.some((item) => item.status === 'accepted')).toBe(true);
      const texts = (await call(t, steering, 'GET', '/api/v1/obstacle-texts')).json() as ObstacleTextReviewList;
      expect(texts.items.some((item) => item.status === 'open')).toBe(true);
      expect(texts.items.some((item) => item.status === 'cleared')).toBe(true);
      const shown = (await call(t, steering, 'GET', '/api/v1/stats/obstacle-texts')).json() as ObstacleTextsResponse;
      expect(shown.categories.flatMap((category) => category.items).length).toBeGreaterThan(2);
      // Seeding again adds nothing.
      await seedDemoRegion({ db: t.database.db, clock: systemClock, config: testConfig(), actor: null, requestId: null });
      expect(((await call(t, steering, 'GET', '/api/v1/obstacle-reports')).json() as { items: unknown[] }).items).toHaveLength(reports.items.length);
    } finally {
      await t.close();
    }
  }, 300_000);
});
