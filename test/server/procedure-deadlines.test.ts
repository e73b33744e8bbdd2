import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxResponse } from '../../src/contract/cases';
import type { DeadlineBoard } from '../../src/contract/procedures';
import type { Clock } from '../../src/server/clock';
import { call, createCase, personInput } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

function manualClock(start: string): Clock & { set(instant: string): void } {
  let current = new Date(start);
  return { now: () => new Date(current), set: (instant) => (current = new Date(instant)) };
}

/** One line per item: what, which case, when, overdue or not. */
const lines = (board: DeadlineBoard) =>
  board.items.map((item) => `${item.dueOn} ${item.kind === 'task' ? `task:${item.title}` : `step:${item.stepId}`} ${item.personName}${item.isOverdue ? ' OVERDUE' : ''}`);

describe.each(databaseKinds())('deadline board and inbox on a controlled clock on %s', (kind) => {
  // Thursday 2 April 2026, 10:00 in Germany; this week runs Mon 30 March to Sun 5 April.
  const clock = manualClock('2026-04-02T08:00:00Z');
  let t: TestApp;
  let mannheim: SignedInClient;
  let ludwigshafen: SignedInClient;
  let navigator: SignedInClient;
  let caseA: string;

  const signInAll = async () => {
    mannheim = await t.signIn('caseworker@demo.example');
    ludwigshafen = await t.signIn('caseworker.lu@demo.example');
    navigator = await t.signIn('navigator@demo.example');
  };
  const board = async (client: SignedInClient, query = '') => {
    const response = await call(t, client, 'GET', `/api/v1/deadlines${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as DeadlineBoard;
  };
  /** A case with a procedure whose steps up to `done` were completed on the given dates. */
  const procedureCase = async (client: SignedInClient, familyName: string, agreedOn: string, done: [string, string][], recognition = true) => {
    const id = (await createCase(t, client, { person: personInput({ givenName: 'Lina', familyName }) })).id;
    const bodies = (await call(t, null, 'GET', '/api/v1/organisations?kind=recognition_body')).json().items as { id: string }[];
    const url = `/api/v1/cases/${id}/accelerated-procedure`;
    const started = await call(t, client, 'POST', url, { agreedOn, ...(recognition ? { recognitionBodyOrganisationId: bodies[0]?.id } : {}) });
    expect(started.statusCode, started.body).toBe(201);
    for (const [stepId, completedOn] of done) {
      expect((await call(t, client, 'POST', `${url}/steps/${stepId}/complete`, { completedOn })).statusCode).toBe(200);
    }
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    await signInAll();
    // A: receipt confirmation due today: 2 weeks after Thu 19 March = Thu 2 April.
    caseA = await procedureCase(mannheim, 'Alpha', '2026-03-16', [['agreement', '2026-03-16'], ['recognition_started', '2026-03-19']]);
    // B: no recognition; BA approval 1 week after Fri 20 March = Fri 27 March: overdue.
    await procedureCase(mannheim, 'Beta', '2026-03-20', [['agreement', '2026-03-20']], false);
    // C: receipt confirmation 2 weeks after Mon 23 March = Easter Monday 6 April, so the period ends
    // on Tue 7 April (§31 Abs. 3 Satz 1 VwVfG): next week.
    await procedureCase(mannheim, 'Gamma', '2026-03-23', [['agreement', '2026-03-23'], ['recognition_started', '2026-03-23']]);
    // Ludwigshafen's own: BA approval 1 week after Fri 27 March = Good Friday 3 April, so it ends on
    // Tue 7 April (after Easter Monday): next week.
    await procedureCase(ludwigshafen, 'Delta', '2026-03-27', [['agreement', '2026-03-27']], false);
    for (const [title, dueOn] of [['Pass prüfen', '2026-04-02'], ['Vollmacht anfordern', '2026-04-03'], ['Später', '2026-05-01']]) {
      expect((await call(t, mannheim, 'POST', `/api/v1/cases/${caseA}/tasks`, { title, dueOn })).statusCode).toBe(201);
    }
  });
  afterAll(() => t.close());

  it('shows this week’s open steps and tasks and everything overdue, by due date, within the caller’s cases', async () => {
    const week = await board(mannheim);
    expect(week).toMatchObject({ from: '2026-03-30', to: '2026-04-05', today: '2026-04-02', truncated: false });
    expect(lines(week)).toEqual([
      '2026-03-27 step:ba_approval Lina Beta OVERDUE',
      '2026-04-02 step:receipt_confirmed Lina Alpha',
      '2026-04-02 task:Pass prüfen Lina Alpha',
      '2026-04-03 task:Vollmacht anfordern Lina Alpha',
    ]);
    expect(week.items[0]).toMatchObject({
      kind: 'procedure_step',
      actor: 'ba',
      stepNumber: 6,
      onExpiry: 'deemed_approval',
      period: { de: '1 Woche', en: '1 week' },
      caseReference: expect.stringMatching(/^RN-2026-/),
    });
    expect(week.items[1]).toMatchObject({ kind: 'procedure_step', stepId: 'receipt_confirmed', period: { de: '2 Wochen', en: '2 weeks' } });
    expect(week.items[2]).toMatchObject({ kind: 'task', caseId: caseA, assignee: { id: mannheim.userId } });
    expect(lines(await board(ludwigshafen))).toEqual([]);
    expect(lines(await board(ludwigshafen, '?from=2026-04-06&to=2026-04-12'))).toEqual(['2026-04-07 step:ba_approval Lina Delta']);
  });

  it('takes another range, always with the overdue items, and refuses a reversed or overlong one', async () => {
    expect(lines(await board(mannheim, '?from=2026-04-06&to=2026-04-12'))).toEqual([
      '2026-03-27 step:ba_approval Lina Beta OVERDUE',
      '2026-04-07 step:receipt_confirmed Lina Gamma',
    ]);
    expect((await board(mannheim, '?from=2026-04-06')).to).toBe('2026-04-12');
    const reversed = await call(t, mannheim, 'GET', '/api/v1/deadlines?from=2026-04-06&to=2026-04-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.fields).toEqual({ 'query.to': 'must not be before from' });
    expect((await call(t, mannheim, 'GET', '/api/v1/deadlines?from=2026-01-01&to=2027-01-01')).statusCode).toBe(200);
    const overlong = await call(t, mannheim, 'GET', '/api/v1/deadlines?from=2026-01-01&to=2027-01-02');
    expect(overlong.json().error.fields).toEqual({ 'query.to': 'the range spans at most 366 days' });
  });

  it('shows a navigator only the cases they navigate, and nobody without case access', async () => {
    expect((await board(navigator)).items).toEqual([]);
    expect((await call(t, mannheim, 'PATCH', `/api/v1/cases/${caseA}`, { version: 1, navigatorUserId: navigator.userId })).statusCode).toBe(200);
    expect(lines(await board(navigator))).toEqual([
      '2026-04-02 step:receipt_confirmed Lina Alpha',
      '2026-04-02 task:Pass prüfen Lina Alpha',
      '2026-04-03 task:Vollmacht anfordern Lina Alpha',
    ]);
    const admin = await t.signIn('admin@demo.example');
    expect((await call(t, admin, 'GET', '/api/v1/deadlines')).statusCode).toBe(403);
  });

  it('audits each board read with its counts and case ids, never names', async () => {
    const rows = await sqlRows<{ details: Record<string, unknown> }>(
      t.database,
      sql`SELECT details FROM audit_log WHERE action = 'deadlines.read' AND actor_user_id = ${mannheim.userId} ORDER BY id LIMIT 1`,
    );
    expect(rows[0]?.details).toMatchObject({ from: '2026-03-30', to: '2026-04-05', count: 4, procedureSteps: 2, tasks: 2, overdue: 1, truncated: false });
    expect(rows[0]?.details.caseIds).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain('Lina');
  });

  it('puts §81a steps due today or overdue into the inbox', async () => {
    const inbox = (await call(t, mannheim, 'GET', '/api/v1/inbox')).json() as InboxResponse;
    expect(inbox.procedureSteps?.map((step) => `${step.dueOn} ${step.stepId} ${step.isOverdue}`)).toEqual([
      '2026-03-27 ba_approval true',
      '2026-04-02 receipt_confirmed false',
    ]);
  });

  it('moves items to overdue when the clock passes their due date, and drops finished ones', async () => {
    // Wednesday 8 April: the week of 6–12 April; Gamma's receipt confirmation was due yesterday.
    clock.set('2026-04-08T08:00:00Z');
    await signInAll();
    const completed = await call(t, mannheim, 'POST', `/api/v1/cases/${caseA}/accelerated-procedure/steps/receipt_confirmed/complete`, { completedOn: '2026-04-01' });
    expect(completed.statusCode).toBe(200);
    const week = await board(mannheim);
    expect(week).toMatchObject({ from: '2026-04-06', to: '2026-04-12', today: '2026-04-08' });
    expect(lines(week)).toEqual([
      '2026-03-27 step:ba_approval Lina Beta OVERDUE',
      '2026-04-02 task:Pass prüfen Lina Alpha OVERDUE',
      '2026-04-03 task:Vollmacht anfordern Lina Alpha OVERDUE',
      '2026-04-07 step:receipt_confirmed Lina Gamma OVERDUE',
    ]);
  });
});
