import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/contract/cases';
import type { AcceleratedProcedureResponse, ProcedureStepResponse } from '../../src/contract/procedures';
import type { Clock } from '../../src/server/clock';
import { call, createCase } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

/** A clock the test moves by hand. */
function manualClock(start: string): Clock & { set(instant: string): void } {
  let current = new Date(start);
  return { now: () => new Date(current), set: (instant) => (current = new Date(instant)) };
}

type Procedure = AcceleratedProcedureResponse;
const stepOf = (procedure: Procedure, id: string): ProcedureStepResponse => {
  const step = procedure.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};
/** id → status[@dueOn] of every step: the whole plan at a glance. */
const plan = (procedure: Procedure) => Object.fromEntries(procedure.steps.map((step) => [step.id, step.dueOn ? `${step.status}@${step.dueOn}` : step.status]));

describe.each(databaseKinds())('§81a accelerated procedure on a controlled clock on %s', (kind) => {
  // Thursday 2 April 2026, 10:00 in Mannheim: the day before Good Friday (Easter Sunday is 5 April).
  const clock = manualClock('2026-04-02T08:00:00Z');
  let t: TestApp;
  let mannheim: SignedInClient;
  let recognitionBodyId: string;
  let theCase: Case;
  let url: string;

  const signIn = async () => {
    mannheim = await t.signIn('caseworker@demo.example');
  };
  const post = async (path: string, payload: object, status = 200) => {
    const response = await call(t, mannheim, 'POST', `${url}${path}`, payload);
    expect(response.statusCode, response.body).toBe(status);
    return response.json() as Procedure;
  };
  const complete = (stepId: string, completedOn: string) => post(`/steps/${stepId}/complete`, { completedOn });
  /** Jumps to 10:00 Berlin time (CEST, UTC+2) on `date` and signs in again (sessions expire when idle). */
  const moveTo = async (date: string) => {
    clock.set(`${date}T08:00:00Z`);
    await signIn();
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    await signIn();
    const bodies = (await call(t, null, 'GET', '/api/v1/organisations?kind=recognition_body')).json().items as { id: string; slug: string }[];
    recognitionBodyId = bodies.find((body) => body.slug === 'rp-stuttgart-anerkennung')?.id ?? '';
    theCase = await createCase(t, mannheim, { targetTitleId: '18a' });
    url = `/api/v1/cases/${theCase.id}/accelerated-procedure`;
  });
  afterAll(() => t.close());

  it('records the agreement: 201 with the plan, the 411 € fee, and only the agreement open', async () => {
    const created = await post('', { agreedOn: '2026-04-02', recognitionBodyOrganisationId: recognitionBodyId }, 201);
    expect(created).toMatchObject({
      caseId: theCase.id,
      agreedOn: '2026-04-02',
      abhOrganisation: { id: theCase.ownerOrganisation.id, kind: 'abh' },
      recognitionBodyOrganisation: { id: recognitionBodyId, kind: 'recognition_body' },
      abhLand: 'BW',
      recognitionBodyLand: 'BW',
      isBaApprovalRequired: true, // §18a: the title needs BA approval
      fee: { cents: 41_100, euros: 411, legalRef: '§47 Abs. 1 Nr. 15 AufenthV' },
      today: '2026-04-02',
      version: 1,
    });
    expect(created.steps.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(plan(created)).toEqual({
      agreement: 'open', recognition_started: 'pending', receipt_confirmed: 'pending', equivalence_decided: 'pending',
      findings_forwarded: 'pending', ba_approval: 'pending', pre_approval: 'pending', visa_appointment: 'pending', visa_decision: 'pending',
    });
    expect(stepOf(created, 'agreement')).toMatchObject({ actor: 'abh', actorOrganisation: { kind: 'abh' }, openedOn: '2026-04-02', dueAt: null, isOverdue: false });
    expect(stepOf(created, 'equivalence_decided')).toMatchObject({
      actor: 'recognition_body',
      actorOrganisation: { id: recognitionBodyId },
      legalRef: '§14a Abs. 3 BQFG',
      deadline: { kind: 'calendar', amount: 2, unit: 'months', strength: 'should', maxExtensions: 1 },
    });
    expect(stepOf(created, 'findings_forwarded').deadline).toMatchObject({ kind: 'werktage', unit: 'werktage', amount: 3, endShiftRef: '§31 Abs. 3 Satz 1 VwVfG' });
    expect(stepOf(created, 'findings_forwarded').deadline.description).toEqual({
      de:
        'Frist: 3 Werktage (Montag bis Samstag ohne gesetzliche Feiertage in Baden-Württemberg) ab Fristbeginn (§81a Abs. 3 Satz 1 Nr. 3 AufenthG); ' +
        'fällt das Ende auf einen Samstag, Sonntag oder gesetzlichen Feiertag in Baden-Württemberg, endet die Frist am nächsten Werktag, der kein Samstag ist (§31 Abs. 3 Satz 1 VwVfG)',
      en:
        'Period: 3 Werktage (Monday to Saturday, without public holidays in Baden-Württemberg) from the start of the period (§81a Abs. 3 Satz 1 Nr. 3 AufenthG); ' +
        'an end on a Saturday, Sunday or public holiday in Baden-Württemberg moves to the next Werktag that is not a Saturday (§31 Abs. 3 Satz 1 VwVfG)',
    });
    expect(stepOf(created, 'ba_approval').deadline.description.de).toContain('Sonntag oder bundesweiten gesetzlichen Feiertag');
    const again = await call(t, mannheim, 'POST', url, { agreedOn: '2026-04-02' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CONFLICT');
  });

  it('dates each step when the one before is done (§§187, 188 BGB; Werktage without BW holidays; ends moved by §31 Abs. 3 VwVfG)', async () => {
    await complete('agreement', '2026-04-02');
    const started = await complete('recognition_started', '2026-04-02');
    // Receipt confirmation: 2 weeks (§14a Abs. 2 BQFG) from Thu 2 April = Thu 16 April; calendar
    // weeks count Good Friday and Easter Monday like any day.
    expect(stepOf(started, 'receipt_confirmed')).toMatchObject({ status: 'open', openedOn: '2026-04-02', dueAt: '2026-04-16', dueOn: '2026-04-16' });

    await moveTo('2026-04-20');
    const late = (await call(t, mannheim, 'GET', url)).json() as Procedure;
    expect(stepOf(late, 'receipt_confirmed')).toMatchObject({ dueOn: '2026-04-16', isOverdue: true });
    // Done on 14 April: 2 months (§14a Abs. 3 BQFG, §188 Abs. 2 BGB) end on 14 June, a Sunday,
    // so the period ends on Monday 15 June (§31 Abs. 3 Satz 1 VwVfG).
    const confirmed = await complete('receipt_confirmed', '2026-04-14');
    expect(stepOf(confirmed, 'receipt_confirmed').isOverdue).toBe(false);
    expect(stepOf(confirmed, 'equivalence_decided')).toMatchObject({ openedOn: '2026-04-14', dueOn: '2026-06-15', isOverdue: false });
    // The file became complete on 17 April: the period starts then and ends 17 June.
    const moved = await post('/steps/equivalence_decided/period-start', { startsOn: '2026-04-17' });
    expect(stepOf(moved, 'equivalence_decided')).toMatchObject({ periodStartsOn: '2026-04-17', dueOn: '2026-06-17' });
    // Extended once with reasons to 17 July; a second extension is refused.
    const extended = await post('/steps/equivalence_decided/extend', { dueOn: '2026-07-17', reason: 'Gutachten der Kammer angefordert' });
    expect(stepOf(extended, 'equivalence_decided')).toMatchObject({ dueOn: '2026-07-17', extensions: [{ dueOn: '2026-07-17', reason: 'Gutachten der Kammer angefordert' }] });
    const twice = await call(t, mannheim, 'POST', `${url}/steps/equivalence_decided/extend`, { dueOn: '2026-08-17', reason: 'noch einmal' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'CONFLICT', fields: { stepId: 'NOT_EXTENDABLE' } });

    // Findings reached the ABH on Wed 3 June. 3 Werktage in BW: Thu 4 June is Fronleichnam
    // (a BW holiday), so Fri 5 (1), Sat 6 (2), Mon 8 June (3).
    await moveTo('2026-06-03');
    const decided = await complete('equivalence_decided', '2026-06-03');
    expect(stepOf(decided, 'findings_forwarded')).toMatchObject({ actor: 'abh', calendarLand: 'BW', openedOn: '2026-06-03', dueOn: '2026-06-08' });

    // Forwarded a day late, on Tue 9 June. BA approval: 1 week (§36 Abs. 2 Satz 2 BeschV) = Tue 16 June.
    await moveTo('2026-06-09');
    const forwarded = await complete('findings_forwarded', '2026-06-09');
    expect(stepOf(forwarded, 'ba_approval')).toMatchObject({ actor: 'ba', actorOrganisation: null, dueOn: '2026-06-16', deadline: { onExpiry: 'deemed_approval' } });
    expect(stepOf(forwarded, 'ba_approval').isOverdue).toBe(false);

    // 17 June: the BA stayed silent past its week; the approval counts as granted.
    await moveTo('2026-06-17');
    const silent = (await call(t, mannheim, 'GET', url)).json() as Procedure;
    expect(stepOf(silent, 'ba_approval')).toMatchObject({ isOverdue: true, deadline: { onExpiry: 'deemed_approval' } });
    const approved = await complete('ba_approval', '2026-06-17');
    // Pre-approval: "unverzüglich", no countable end, never overdue.
    expect(stepOf(approved, 'pre_approval')).toMatchObject({ status: 'open', dueOn: null, deadline: { kind: 'without_delay' } });
    // Visa appointment: 3 weeks (§31a Abs. 1 AufenthV) from Wed 17 June = Wed 8 July.
    const preApproved = await complete('pre_approval', '2026-06-17');
    expect(stepOf(preApproved, 'visa_appointment')).toMatchObject({ actor: 'mission', dueOn: '2026-07-08' });

    // Visa decision: 3 weeks (§31a Abs. 2 AufenthV) from the appointment on Wed 1 July = Wed 22 July.
    await moveTo('2026-07-01');
    const appointed = await complete('visa_appointment', '2026-07-01');
    expect(stepOf(appointed, 'visa_decision')).toMatchObject({ dueOn: '2026-07-22', deadline: { strength: 'should' } });
    const finished = await complete('visa_decision', '2026-07-01');
    expect(finished.steps.every((step) => step.status === 'done')).toBe(true);
    expect(finished.version).toBe(12);
  });

  it('mirrors the steps for the deadline board, logs each change in timeline and audit, and shows the procedure in the case', async () => {
    const mirrored = await sqlRows<{ step_id: string; status: string; due_on: string | null; completed_on: string | null }>(
      t.database,
      sql`SELECT step_id, status, due_on::text AS due_on, completed_on::text AS completed_on FROM procedure_steps WHERE case_id = ${theCase.id} ORDER BY due_on NULLS FIRST, step_id`,
    );
    expect(mirrored).toHaveLength(9);
    expect(mirrored.every((row) => row.status === 'done')).toBe(true);
    expect(mirrored.find((row) => row.step_id === 'ba_approval')).toEqual({ step_id: 'ba_approval', status: 'done', due_on: '2026-06-16', completed_on: '2026-06-17' });

    const detail = (await call(t, mannheim, 'GET', `/api/v1/cases/${theCase.id}`)).json() as Case;
    expect(detail.acceleratedProcedure).toMatchObject({ agreedOn: '2026-04-02', fee: { euros: 411 }, version: 12 });
    const types = detail.timeline.map((event) => event.type);
    expect(types.filter((type) => type === 'procedure_step_completed')).toHaveLength(9);
    expect(types).toEqual(expect.arrayContaining(['procedure_started', 'procedure_period_start_moved', 'procedure_deadline_extended']));
    const audit = await sqlRows<{ action: string; details: Record<string, unknown> }>(
      t.database,
      sql`SELECT action, details FROM audit_log WHERE subject_id = ${theCase.id} AND action LIKE 'case.procedure%' ORDER BY id`,
    );
    expect(audit[0]).toMatchObject({ action: 'case.procedure_started', details: { agreedOn: '2026-04-02', isBaApprovalRequired: true } });
    expect(audit.filter((entry) => entry.action === 'case.procedure_step_completed')).toHaveLength(9);
    // The reason of an extension is free text: it stays out of the audit details.
    expect(JSON.stringify(audit)).not.toContain('Gutachten');
    expect(audit.some((entry) => entry.action === 'case.procedure_read')).toBe(true);
  });

  it('counts 3 Werktage over Easter (law.md §14): findings received on Thu 2 April are due Wed 8 April', async () => {
    await moveTo('2026-04-02');
    const easterCase = await createCase(t, mannheim);
    url = `/api/v1/cases/${easterCase.id}/accelerated-procedure`;
    await post('', { agreedOn: '2026-04-02', recognitionBodyOrganisationId: recognitionBodyId }, 201);
    for (const stepId of ['agreement', 'recognition_started', 'receipt_confirmed']) await complete(stepId, '2026-04-02');
    const decided = await complete('equivalence_decided', '2026-04-02');
    // Fri 3 April Good Friday and Mon 6 April Easter Monday are BW holidays, Sun 5 April no Werktag:
    // Sat 4 (1), Tue 7 (2), Wed 8 April (3). Monday–Friday counting would have given Thu 9 April.
    expect(stepOf(decided, 'findings_forwarded')).toMatchObject({ openedOn: '2026-04-02', dueOn: '2026-04-08' });
  });

  it('plans without recognition steps and, for a Blue Card without approval, without the BA step', async () => {
    const blueCard = await createCase(t, mannheim, { targetTitleId: '18g_standard' });
    url = `/api/v1/cases/${blueCard.id}/accelerated-procedure`;
    const created = await post('', { agreedOn: '2026-03-31' }, 201);
    expect(created).toMatchObject({ isBaApprovalRequired: false, recognitionBodyOrganisation: null, recognitionBodyLand: null });
    const done = await complete('agreement', '2026-04-01');
    expect(plan(done)).toMatchObject({ recognition_started: 'not_applicable', findings_forwarded: 'not_applicable', ba_approval: 'not_applicable', pre_approval: 'open' });

    const explicit = await createCase(t, mannheim, { targetTitleId: '18g_standard' });
    url = `/api/v1/cases/${explicit.id}/accelerated-procedure`;
    // An explicit answer wins over the title's; without a recognition body, step 1 unlocks the BA: 1 week.
    await post('', { agreedOn: '2026-04-02', isBaApprovalRequired: true }, 201);
    expect(stepOf(await complete('agreement', '2026-04-02'), 'ba_approval')).toMatchObject({ status: 'open', dueOn: '2026-04-09' });
  });
});
