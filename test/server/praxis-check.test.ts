import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PraxisCheckList, PraxisCheckReport, PraxisCheckVersion } from '../../src/contract/praxis-check';
import type { Clock } from '../../src/server/clock';
import { createCase } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

let now = new Date('2026-12-01T10:00:00+01:00');
const clock: Clock = { now: () => now };
const later = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};
type ErrorBody = { error: { code: string; fields?: Record<string, string> } };

/** The text of a PDF, page by page (poppler's pdftotext; the streams are compressed). */
function pdfPages(pdf: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'praxis-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((page) => page.trim().length > 0);
}

describe.each(databaseKinds())('the Praxis-Check on %s', (kind) => {
  let t: TestApp;
  let steering: SignedInClient;
  let admin: SignedInClient;
  let caseworker: SignedInClient;
  let report: PraxisCheckReport;
  let draft: PraxisCheckVersion;

  const call = (client: SignedInClient | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: client ? client.headers : {}, ...(payload ? { payload } : {}) });

  let caseId = '';
  /** Obstacles recorded on a case (the worker's fact refresh counts them). */
  const addObstacles = async (category: string, count: number, day: string) => {
    for (let index = 0; index < count; index += 1) {
      await t.database.db.execute(sql`INSERT INTO case_obstacles (case_id, category, created_at) VALUES (${caseId}, ${category}, ${`${day}T10:00:00Z`}::timestamptz)`);
    }
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    steering = await t.signIn('steering@demo.example');
    admin = await t.signIn('admin@demo.example');
    caseworker = await t.signIn('caseworker@demo.example');
    caseId = (await createCase(t, caseworker)).id;
    await addObstacles('recognition_delay', 7, '2026-03-10');
    await addObstacles('housing', 3, '2026-05-10');
    // 4 is suppressed; 6 is the complement that keeps it from being computed back from the total.
    await addObstacles('ba_delay', 6, '2026-05-12');
    // Two obstacles with text: one cleared (a shortened text), one withheld.
    const [cleared] = await sqlRows<{ id: string }>(
      t.database,
      sql`INSERT INTO case_obstacles (case_id, category, text, created_at) VALUES (${caseId}, 'recognition_delay', 'Frau Beispiel wartet seit Monaten', '2026-04-02T09:00:00Z') RETURNING id`,
    );
    const [withheld] = await sqlRows<{ id: string }>(
      t.database,
      sql`INSERT INTO case_obstacles (case_id, category, text, created_at) VALUES (${caseId}, 'housing', 'Herr Muster findet nichts', '2026-04-03T09:00:00Z') RETURNING id`,
    );
    await t.database.db.execute(
      sql`INSERT INTO obstacle_text_clearances (obstacle_id, decision, cleared_text, decided_at) VALUES (${cleared!.id}, 'cleared', 'Die Anerkennungsstelle braucht für Pflegeabschlüsse mehr als vier Monate.', now()), (${withheld!.id}, 'withheld', null, now())`,
    );
    await t.database.db.execute(
      sql`INSERT INTO obstacle_reports (category, description, legal_reference, status, created_at) SELECT category, description, legal_reference, status, created_at::timestamptz FROM (VALUES ('no_visa_appointment', 'Termine bei der Auslandsvertretung sind auf Monate ausgebucht.', '§ 81a AufenthG', 'accepted', '2026-06-01T10:00:00Z'), ('other', 'Noch nicht geprüfte Meldung.', null, 'pending', '2026-06-02T10:00:00Z')) AS r(category, description, legal_reference, status, created_at)`,
    );
  }, 120_000);
  afterAll(() => t.close());

  it('lets the steering body create a report with a first empty draft, and refuses others and bad input', async () => {
    const body = { title: 'Praxis-Check 2026', scope: { from: '2026-01-01', to: '2026-11-30', land: 'RP', countryGroup: 'south_asia' } };
    expect((await call(admin, 'POST', '/api/v1/praxis-check/reports', body)).statusCode).toBe(403);
    expect((await call(caseworker, 'GET', '/api/v1/praxis-check/reports')).statusCode).toBe(403);
    const bad = await call(steering, 'POST', '/api/v1/praxis-check/reports', { ...body, scope: { from: '2026-12-01', to: '2026-01-01', land: 'XX' } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys((bad.json() as ErrorBody).error.fields ?? {}).join(' ')).toMatch(/land/);
    const scoped = await call(steering, 'POST', '/api/v1/praxis-check/reports', body);
    expect(scoped.statusCode, scoped.body).toBe(201);
    expect((scoped.json() as PraxisCheckReport).scopeWords.map((item) => item.value.de)).toEqual(['Rheinland-Pfalz', 'Südasien']);
    later(1);
    const created = await call(steering, 'POST', '/api/v1/praxis-check/reports', { title: 'Praxis-Check 2026', scope: { from: '2026-01-01', to: '2026-11-30', land: '' } });
    expect(created.statusCode, created.body).toBe(201);
    report = created.json() as PraxisCheckReport;
    expect(report.versions).toEqual([expect.objectContaining({ version: 1, status: 'draft', publishedAt: null })]);
    expect(report.scopeWords).toEqual([]);
    const list = (await call(admin, 'GET', '/api/v1/praxis-check/reports')).json() as PraxisCheckList;
    expect(list.items.map((item) => item.id)).toContain(report.id);
    draft = (await call(admin, 'GET', `/api/v1/praxis-check/reports/${report.id}/versions/1`)).json() as PraxisCheckVersion;
    expect(draft.sections.summary).toBe('');
  });

  it('saves sections of the draft, sanitised as articles are, and refuses a stale save with 409', async () => {
    later(1);
    const url = `/api/v1/praxis-check/reports/${report.id}/versions/1`;
    const saved = await call(steering, 'PATCH', url, {
      editedAt: draft.editedAt,
      sections: {
        summary: 'Die Wartezeiten **sinken**, aber nicht überall.\n\n<script>alert(1)</script>',
        recommendations_federal: '## Termine\n\n1. Mehr *Termine* bei den Auslandsvertretungen\n2. Digitale Antragstellung\n\n- Punkt A\n- Punkt B',
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const version = saved.json() as PraxisCheckVersion;
    expect(version.html.summary).toContain('<strong>sinken</strong>');
    expect(version.html.summary).not.toContain('<script>');
    expect(version.editedAt).not.toBe(draft.editedAt);
    // A second editor still holding the old state: refused, nothing overwritten.
    const stale = await call(steering, 'PATCH', url, { editedAt: draft.editedAt, sections: { summary: 'Überschrieben' } });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as ErrorBody).error.fields).toHaveProperty('editedAt');
    expect(((await call(steering, 'GET', url)).json() as PraxisCheckVersion).sections.summary).toContain('sinken');
    expect((await call(admin, 'PATCH', url, { editedAt: version.editedAt, sections: { summary: 'x' } })).statusCode).toBe(403);
    const unknown = await call(steering, 'PATCH', url, { editedAt: version.editedAt, sections: { nonsense: 'x' } });
    expect(unknown.statusCode).toBe(400);
    draft = version;
    const audit = await sqlRows<{ action: string }>(t.database, sql`SELECT action FROM audit_log WHERE subject_id = ${report.id} ORDER BY id`);
    expect(audit.map((row) => row.action)).toEqual(['praxis_check.created', 'praxis_check.edited']);
  });

  it('publishes the draft: text and figures are frozen, later edits go to a new draft', async () => {
    later(1);
    const published = await call(steering, 'POST', `/api/v1/praxis-check/reports/${report.id}/versions/1/publish`, { editedAt: draft.editedAt });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', version: 1 });
    // The published version takes no edits and cannot be published again.
    const edit = await call(steering, 'PATCH', `/api/v1/praxis-check/reports/${report.id}/versions/1`, { editedAt: draft.editedAt, sections: { summary: 'Neu' } });
    expect(edit.statusCode).toBe(409);
    // New figures after publication do not change the published version.
    await addObstacles('recognition_delay', 20, '2026-07-10');
    const csv = (await call(steering, 'GET', `/api/v1/reports/praxis-check?format=csv&report=${report.id}&version=1`)).body;
    expect(csv).toMatch(/\r\nAnerkennung dauert;8;0\r\n/);
    expect(csv).toMatch(/\r\nKeine Wohnung;< 5;0\r\n/);
    // A new draft copies the published text; only one draft at a time.
    later(1);
    const next = await call(steering, 'POST', `/api/v1/praxis-check/reports/${report.id}/drafts`);
    expect(next.statusCode, next.body).toBe(201);
    const second = next.json() as PraxisCheckVersion;
    expect(second).toMatchObject({ version: 2, status: 'draft' });
    expect(second.sections.summary).toContain('sinken');
    expect((await call(steering, 'POST', `/api/v1/praxis-check/reports/${report.id}/drafts`)).statusCode).toBe(409);
    // The facts are at most 5 minutes old: later, a draft shows the new figures.
    later(10);
    const draftCsv = (await call(steering, 'GET', `/api/v1/reports/praxis-check?format=csv&report=${report.id}&version=2`)).body;
    expect(draftCsv).toMatch(/\r\nAnerkennung dauert;28;0\r\n/);
    const audit = await sqlRows<{ action: string }>(t.database, sql`SELECT action FROM audit_log WHERE subject_id = ${report.id} AND action = 'praxis_check.published'`);
    expect(audit).toHaveLength(1);
  });

  it('gives the newest published version as a tagged PDF with contents, page numbers and German dates, without codes', async () => {
    const response = await call(admin, 'GET', '/api/v1/reports/praxis-check?format=pdf');
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expect(pdf.toString('latin1')).toMatch(/\/StructTreeRoot/);
    expect(pdf.toString('latin1')).toMatch(/\/Lang \(de-DE\)/);
    const pages = pdfPages(pdf);
    const text = pages.join('\n');
    expect(pages[0]).toContain('Praxis-Check 2026');
    expect(pages[0]).toMatch(/1\. Januar 2026 – 30\. November 2026/);
    expect(pages[0]).toContain('Das ganze Netzwerk');
    expect(pages[0]).toMatch(/veröffentlicht am 1\. Dezember 2026/);
    expect(pages[1]).toContain('Inhalt');
    expect(pages[1]).toMatch(/Empfehlungen an den Bund\s+\d+/);
    pages.forEach((page, index) => expect(page).toContain(`Seite ${index + 1} von ${pages.length}`));
    expect(text).toContain('Mehr Termine bei den Auslandsvertretungen');
    expect(text).toContain('Anerkennung dauert');
    expect(text).toContain('< 5');
    expect(text).toContain('Die Anerkennungsstelle braucht für Pflegeabschlüsse');
    expect(text).toContain('Termine bei der Auslandsvertretung sind auf Monate ausgebucht');
    expect(text).not.toContain('Herr Muster');
    expect(text).not.toContain('Noch nicht geprüfte Meldung');
    expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    for (const code of ['visa_procedure', 'recognition_delay', 'south_asia', 'recommendations_federal', 'RP ']) expect(text).not.toContain(code);
    const english = pdfPages((await call(admin, 'GET', '/api/v1/reports/praxis-check?format=pdf&lang=en')).rawPayload).join('\n');
    expect(english).toContain('Contents');
    expect(english).toMatch(/1 December 2026/);
  });

  it('gives every figure as a CSV for spreadsheets', async () => {
    const response = await call(steering, 'GET', `/api/v1/reports/praxis-check?format=csv&report=${report.id}&version=1`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const body = response.body;
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const lines = body.slice(1).trimEnd().split('\r\n').map((line) => line.split(';'));
    expect(lines[0]).toEqual(['Praxis-Check', 'Praxis-Check 2026']);
    // Each view as the dashboards export it, then the obstacles.
    for (const chapter of ['Überblick', 'Dauer der Etappen', 'Hemmnisse']) expect(lines.some((line) => line[0] === chapter)).toBe(true);
    expect(lines.some((line) => line[0] === 'Keine Wohnung' && line[1] === '< 5')).toBe(true);
    expect(body).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  });

  it('answers 404 for a version that does not exist and 400 for a bad format', async () => {
    expect((await call(steering, 'GET', `/api/v1/reports/praxis-check?format=pdf&report=${report.id}&version=9`)).statusCode).toBe(404);
    const bad = await call(steering, 'GET', '/api/v1/reports/praxis-check?format=docx');
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as ErrorBody).error.fields).toHaveProperty(['query.format']);
    expect((await call(caseworker, 'GET', '/api/v1/reports/praxis-check?format=pdf')).statusCode).toBe(403);
  });
});
