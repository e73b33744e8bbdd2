import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseListResponse, InboxResponse } from '../../src/contract/cases';
import type { Clock } from '../../src/server/clock';
import { call, createCase } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

/** A clock the test moves by hand. */
function manualClock(start: string): Clock & { set(instant: string): void } {
  let current = new Date(start);
  return { now: () => new Date(current), set: (instant) => (current = new Date(instant)) };
}

describe.each(databaseKinds())('inbox and overdue tasks on a controlled clock on %s', (kind) => {
  // Monday 2 March 2026, 08:30 in Germany.
  const clock = manualClock('2026-03-02T07:30:00Z');
  let t: TestApp;
  let caseworker: SignedInClient;
  let navigator: SignedInClient;
  let caseId: string;
  let taskIds: Record<'today' | 'tomorrow' | 'later', string>;

  const inbox = async (client: SignedInClient) => {
    const response = await call(t, client, 'GET', '/api/v1/inbox');
    expect(response.statusCode).toBe(200);
    return response.json() as InboxResponse;
  };
  const titles = (tasks: InboxResponse['dueToday']) => tasks.map((task) => task.title);
  // Sessions expire after an hour idle: whoever acts after the clock jumped signs in again.
  const signInBoth = async () => {
    caseworker = await t.signIn('caseworker@demo.example');
    navigator = await t.signIn('navigator@demo.example');
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    await signInBoth();
    caseId = (await createCase(t, caseworker)).id;
    const add = async (title: string, dueOn: string) =>
      (await call(t, caseworker, 'POST', `/api/v1/cases/${caseId}/tasks`, { title, dueOn })).json().id as string;
    taskIds = { today: await add('Pass prüfen', '2026-03-02'), tomorrow: await add('Vorabzustimmung', '2026-03-03'), later: await add('Termin', '2026-03-10') };
  });
  afterAll(() => t.close());

  it('shows the tasks due today in Germany and none overdue yet', async () => {
    const box = await inbox(caseworker);
    expect(box.today).toBe('2026-03-02');
    expect(titles(box.dueToday)).toEqual(['Pass prüfen']);
    expect(box.dueToday[0]).toMatchObject({ isOverdue: false, case: { id: caseId, reference: expect.stringMatching(/^RN-2026-/) } });
    expect(box.overdue).toEqual([]);
    expect((await inbox(navigator)).dueToday).toEqual([]);
  });

  it('refuses a task due before today by the clock, not by the wall clock', async () => {
    const response = await call(t, caseworker, 'POST', `/api/v1/cases/${caseId}/tasks`, { title: 'x', dueOn: '2026-03-01' });
    expect(response.json().error.fields).toEqual({ dueOn: 'must not be before today (2026-03-02)' });
  });

  it('lists the navigator’s newly assigned cases and tasks on cases they navigate', async () => {
    const assigned = await call(t, caseworker, 'PATCH', `/api/v1/cases/${caseId}`, { version: 1, navigatorUserId: navigator.userId });
    expect(assigned.statusCode).toBe(200);
    clock.set('2026-03-02T07:31:00Z');
    const own = await createCase(t, navigator);
    const box = await inbox(navigator);
    expect(box.newlyAssigned.map((item) => item.id)).toEqual([own.id, caseId]);
    expect(box.newlyAssigned[1]).toMatchObject({ openTasks: 3, overdueTasks: 0, navigatorAssignedAt: '2026-03-02T07:30:00.000Z' });
    expect(titles(box.dueToday)).toEqual(['Pass prüfen']);
  });

  it('moves tasks to overdue when the days pass, and marks the cases in the list', async () => {
    clock.set('2026-03-04T08:00:00Z');
    await signInBoth();
    const box = await inbox(caseworker);
    expect(box.today).toBe('2026-03-04');
    expect(box.dueToday).toEqual([]);
    expect(titles(box.overdue)).toEqual(['Pass prüfen', 'Vorabzustimmung']);
    expect(box.overdue.every((task) => task.isOverdue)).toBe(true);

    const overdueCases = (await call(t, caseworker, 'GET', '/api/v1/cases?overdue=true')).json() as CaseListResponse;
    expect(overdueCases.items).toMatchObject([{ id: caseId, openTasks: 3, overdueTasks: 2 }]);

    await call(t, caseworker, 'PATCH', `/api/v1/cases/${caseId}/tasks/${taskIds.today}`, { status: 'done' });
    await call(t, caseworker, 'PATCH', `/api/v1/cases/${caseId}/tasks/${taskIds.tomorrow}`, { status: 'cancelled' });
    expect((await inbox(caseworker)).overdue).toEqual([]);
    expect(((await call(t, caseworker, 'GET', '/api/v1/cases?overdue=true')).json() as CaseListResponse).total).toBe(0);
    // Reopened, it is overdue again.
    await call(t, caseworker, 'PATCH', `/api/v1/cases/${caseId}/tasks/${taskIds.today}`, { status: 'open' });
    expect(titles((await inbox(caseworker)).overdue)).toEqual(['Pass prüfen']);
  });

  it('takes "today" from Europe/Berlin: half past midnight in Germany is already the next day', async () => {
    clock.set('2026-03-09T23:30:00Z');
    await signInBoth();
    const box = await inbox(caseworker);
    expect(box.today).toBe('2026-03-10');
    expect(titles(box.dueToday)).toEqual(['Termin']);
  });

  it('forgets "newly assigned" after a week and keeps other users’ inboxes apart', async () => {
    expect((await inbox(navigator)).newlyAssigned).toEqual([]);
    const lu = await t.signIn('caseworker.lu@demo.example');
    const other = await inbox(lu);
    expect([...other.dueToday, ...other.overdue, ...other.newlyAssigned]).toEqual([]);
    const partner = await t.signIn('partner@demo.example');
    expect(await inbox(partner)).toEqual({ today: '2026-03-10', dueToday: [], overdue: [], newlyAssigned: [], referrals: { new: [], dueToday: [], overdue: [], waitingForMe: [] } });
  });

  it('audits an inbox read with counts and case ids only', async () => {
    const response = await call(t, caseworker, 'GET', '/api/v1/inbox');
    const [entry] = await sqlRows<{ action: string; details: Record<string, unknown> }>(
      t.database,
      sql`SELECT action, details FROM audit_log WHERE request_id = ${response.headers['x-request-id'] as string}`,
    );
    expect(entry).toMatchObject({ action: 'inbox.read', details: { dueToday: 1, overdue: 1, caseIds: [caseId] } });
  });
});
