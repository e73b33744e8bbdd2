import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, CaseListResponse } from '../../src/contract/cases';
import { verifyAuditChain } from '../../src/server/commands/verify-audit-chain';
import { call, createCase, personInput } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

type AuditEntry = { action: string; actor_user_id: string | null; subject_id: string | null; purpose: string | null; request_id: string | null; details: Record<string, unknown> };

describe.each(databaseKinds())('case access, audit and timeline on %s', (kind) => {
  let t: TestApp;
  let mannheim: SignedInClient;
  let ludwigshafen: SignedInClient;
  let navigator: SignedInClient;
  let theCase: Case;
  beforeAll(async () => {
    t = await createTestApp(kind);
    mannheim = await t.signIn('caseworker@demo.example');
    ludwigshafen = await t.signIn('caseworker.lu@demo.example');
    navigator = await t.signIn('navigator@demo.example');
    theCase = await createCase(t, mannheim, { person: personInput({ givenName: 'Yusuf', familyName: 'Demirtas' }) });
  });
  afterAll(() => t.close());

  const auditEntries = () =>
    sqlRows<AuditEntry>(t.database, sql`SELECT action, actor_user_id, subject_id, purpose, request_id, details FROM audit_log ORDER BY id`);

  it('hides the case from a case worker of another Ausländerbehörde: 404 on read and change, absent from list and search', async () => {
    expect((await call(t, ludwigshafen, 'GET', `/api/v1/cases/${theCase.id}`)).statusCode).toBe(404);
    const patch = await call(t, ludwigshafen, 'PATCH', `/api/v1/cases/${theCase.id}`, { version: 1, targetTitleId: '18b' });
    expect(patch.statusCode).toBe(404);
    expect(patch.json().error.code).toBe('NOT_FOUND');
    for (const [url, payload] of [
      [`/api/v1/cases/${theCase.id}/notes`, { text: 'x' }],
      [`/api/v1/cases/${theCase.id}/tasks`, { title: 'x', dueOn: '2099-01-01' }],
      [`/api/v1/cases/${theCase.id}/obstacles`, { category: 'housing' }],
      [`/api/v1/cases/${theCase.id}/members`, { relation: 'child', givenName: 'A', familyName: 'B', birthDate: '2015-01-01', citizenship: 'TUR' }],
    ] as const) {
      expect((await call(t, ludwigshafen, 'POST', url, payload)).statusCode).toBe(404);
    }
    expect((await call(t, ludwigshafen, 'GET', `/api/v1/cases/${theCase.id}/audit`)).statusCode).toBe(404);
    const listed = (await call(t, ludwigshafen, 'GET', '/api/v1/cases')).json() as CaseListResponse;
    expect(listed.items.map((item) => item.id)).not.toContain(theCase.id);
    const searched = (await call(t, ludwigshafen, 'GET', '/api/v1/cases?q=demirtas')).json() as CaseListResponse;
    expect(searched).toMatchObject({ items: [], total: 0 });
    // A case that does not exist looks exactly the same.
    const missing = await call(t, ludwigshafen, 'GET', '/api/v1/cases/00000000-0000-4000-8000-000000000000');
    expect(missing.json()).toEqual((await call(t, ludwigshafen, 'GET', `/api/v1/cases/${theCase.id}`)).json());
  });

  it('denies every role without case access with 404, never 403', async () => {
    for (const email of ['admin@demo.example', 'steering@demo.example', 'partner@demo.example', 'employer@demo.example', 'editor@demo.example', 'applicant@demo.example']) {
      const client = await t.signIn(email);
      expect((await call(t, client, 'GET', `/api/v1/cases/${theCase.id}`)).statusCode, email).toBe(404);
    }
  });

  it('lets the navigator of another organisation read, change and find the case once assigned', async () => {
    expect((await call(t, navigator, 'GET', `/api/v1/cases/${theCase.id}`)).statusCode).toBe(404);
    const assigned = await call(t, mannheim, 'PATCH', `/api/v1/cases/${theCase.id}`, { navigatorUserId: navigator.userId }, { 'if-match': '"1"' });
    expect(assigned.statusCode).toBe(200);
    const read = await call(t, navigator, 'GET', `/api/v1/cases/${theCase.id}`);
    expect(read.statusCode).toBe(200);
    const note = await call(t, navigator, 'POST', `/api/v1/cases/${theCase.id}/notes`, { text: 'Termin bei der IQ-Beratung vereinbart.' });
    expect(note.statusCode).toBe(201);
    const found = (await call(t, navigator, 'GET', '/api/v1/cases?q=yusuf&navigator=me')).json() as CaseListResponse;
    expect(found.items.map((item) => item.id)).toEqual([theCase.id]);
    // Still hidden from the other authority.
    expect((await call(t, ludwigshafen, 'GET', `/api/v1/cases/${theCase.id}`)).statusCode).toBe(404);
  });

  it('audits every read and change in the same chain, with purpose and request id, and no names in the details', async () => {
    const read = await call(t, mannheim, 'GET', `/api/v1/cases/${theCase.id}`);
    const listed = await call(t, mannheim, 'GET', '/api/v1/cases?q=demirtas');
    const entries = await auditEntries();
    const readEntry = entries.find((entry) => entry.request_id === read.headers['x-request-id']);
    expect(readEntry).toMatchObject({ action: 'case.read', actor_user_id: mannheim.userId, subject_id: theCase.id, purpose: 'case_management' });
    const listEntry = entries.find((entry) => entry.request_id === listed.headers['x-request-id']);
    expect(listEntry).toMatchObject({ action: 'case.list_read', details: { count: 1, total: 1, caseIds: [theCase.id] } });
    const actions = entries.filter((entry) => entry.subject_id === theCase.id).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['case.created', 'case.read', 'case.navigator_changed', 'case.note_added']));
    const caseEntries = JSON.stringify(entries.filter((entry) => entry.action.startsWith('case.')));
    expect(caseEntries).not.toMatch(/Demirtas|demirtas|Yusuf|IQ-Beratung/);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });

  it('answers GET /cases/{id}/audit with who did what, newest first, and records that read too', async () => {
    const first = await call(t, mannheim, 'GET', `/api/v1/cases/${theCase.id}/audit?pageSize=100`);
    expect(first.statusCode).toBe(200);
    const body = first.json() as { items: { action: string; actor: { name: string } | null; organisation: { name: string } | null; purpose: string }[]; total: number };
    expect(body.total).toBe(body.items.length);
    expect(body.items.at(-1)).toMatchObject({ action: 'case.created', actor: { name: 'Carla Kranich' }, organisation: { name: 'Ausländerbehörde Stadt Mannheim' }, purpose: 'case_management' });
    expect(body.items.map((item) => item.action)).toContain('case.read');
    expect(body.items.some((item) => item.action === 'case.note_added' && item.actor?.name === 'Nora Nachtigall')).toBe(true);
    const second = (await call(t, navigator, 'GET', `/api/v1/cases/${theCase.id}/audit?pageSize=1`)).json() as typeof body;
    expect(second.total).toBe(body.total + 1);
    expect(second.items).toMatchObject([{ action: 'case.audit_read', actor: { name: 'Carla Kranich' } }]);
  });

  it('keeps a timeline of every change with ids and codes only', async () => {
    const task = await call(t, mannheim, 'POST', `/api/v1/cases/${theCase.id}/tasks`, { title: 'Reisepass von Yusuf anfordern', dueOn: '2099-01-01' });
    expect(task.statusCode).toBe(201);
    const done = await call(t, mannheim, 'PATCH', `/api/v1/cases/${theCase.id}/tasks/${task.json().id}`, { status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', isOverdue: false });
    expect(done.json().completedAt).not.toBeNull();
    const obstacle = await call(t, mannheim, 'POST', `/api/v1/cases/${theCase.id}/obstacles`, { category: 'other', text: 'Wohnung in Demirtas’ Nähe fehlt' });
    expect(obstacle.statusCode).toBe(201);
    const resolved = await call(t, mannheim, 'POST', `/api/v1/cases/${theCase.id}/obstacles/${obstacle.json().id}/resolve`);
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().resolvedAt).not.toBeNull();
    const again = await call(t, mannheim, 'POST', `/api/v1/cases/${theCase.id}/obstacles/${obstacle.json().id}/resolve`);
    expect(again.statusCode).toBe(409);

    const detail = (await call(t, mannheim, 'GET', `/api/v1/cases/${theCase.id}`)).json() as Case;
    expect(detail.timeline.map((event) => event.type)).toEqual([
      'obstacle_resolved',
      'obstacle_added',
      'task_status_changed',
      'task_added',
      'note_added',
      'navigator_changed',
      'created',
    ]);
    expect(detail.timeline[0]?.actor?.name).toBe('Carla Kranich');
    expect(JSON.stringify(detail.timeline)).not.toMatch(/Yusuf|Demirtas|Reisepass|Wohnung/);
    expect(detail.tasks).toMatchObject([{ title: 'Reisepass von Yusuf anfordern', status: 'done' }]);
    expect(detail.obstacles).toMatchObject([{ category: 'other', text: 'Wohnung in Demirtas’ Nähe fehlt' }]);
    expect(detail.notes).toMatchObject([{ text: 'Termin bei der IQ-Beratung vereinbart.', author: { name: 'Nora Nachtigall' } }]);
    // Sub-records mark activity but leave the version (and so the ETag) of the case alone.
    expect(detail.version).toBe(2);
  });

  it('refuses a task for someone who cannot see the case', async () => {
    const response = await call(t, mannheim, 'POST', `/api/v1/cases/${theCase.id}/tasks`, { title: 'x', dueOn: '2099-01-01', assigneeUserId: ludwigshafen.userId });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ assigneeUserId: 'not someone who can work on this case' });
    const toNavigator = await call(t, mannheim, 'POST', `/api/v1/cases/${theCase.id}/tasks`, { title: 'x', dueOn: '2099-01-01', assigneeUserId: navigator.userId });
    expect(toNavigator.statusCode).toBe(201);
  });
});
