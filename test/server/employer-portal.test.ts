import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmployerRequest, HiresResponse } from '../../src/contract/employer';
import { call, createCase } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { manualClock, organisationId, recordConsent, sendReferral } from '../support/referrals';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

/** A valid §81a request body; `place` is the AGS of the place of work. */
export function requestBody(place: string, overrides: Record<string, unknown> = {}) {
  return {
    person: { givenName: 'Chidi', familyName: 'Eze', birthDate: '1991-05-04', citizenship: 'NGA', email: 'chidi.eze@example.org' },
    job: { occupationId: 'nurse', annualGrossSalaryEur: 48_000, startOn: '2027-03-01', placeOfWorkAgs: place },
    qualification: { kind: 'vocational', country: 'NGA' },
    ...overrides,
  };
}

const LUDWIGSHAFEN = '07314000';
const MANNHEIM = '08222000';
const BERLIN = '11000000';

describe.each(databaseKinds())('employer portal on %s', (kind) => {
  // Monday 7 December 2026, 10:00 in Germany.
  const clock = manualClock('2026-12-07T09:00:00Z');
  let t: TestApp;
  let employer: SignedInClient;
  let otherEmployer: SignedInClient;
  let mannheim: SignedInClient;
  let ludwigshafen: SignedInClient;
  let neckarwerk: string;
  let kurpfalz: string;

  const hires = async (client: SignedInClient = employer) => {
    const response = await call(t, client, 'GET', '/api/v1/employer/hires');
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as HiresResponse;
  };
  const signInAll = async () => {
    employer = await t.signIn('employer@demo.example');
    otherEmployer = await t.signIn('employer2@demo.example');
    mannheim = await t.signIn('caseworker@demo.example');
    ludwigshafen = await t.signIn('caseworker.lu@demo.example');
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    neckarwerk = await organisationId(t, 'employer-neckarwerk');
    kurpfalz = await organisationId(t, 'employer-kurpfalz-software');
    // A second employer account of another employer organisation, with the demo password.
    await t.database.db.execute(sql`
      INSERT INTO users (email, name, password_hash, organisation_id, roles, locale)
      SELECT 'employer2@demo.example', 'Erik Erpel', password_hash, ${kurpfalz}::uuid, roles, locale FROM users WHERE email = 'employer@demo.example'`);
    await signInAll();
  });
  afterAll(() => t.close());

  it('shows a hire only under a valid consent employer_status naming the organisation, with status fields only', async () => {
    expect((await hires()).items).toEqual([]);
    const theCase = await createCase(t, mannheim, { targetTitleId: '18a' });
    // Another purpose to the employer, and the right purpose to another employer: no hire.
    await recordConsent(t, mannheim, theCase.id, { recipientOrganisationIds: [neckarwerk], purposes: ['job_matching'] });
    await recordConsent(t, mannheim, theCase.id, { recipientOrganisationIds: [kurpfalz], purposes: ['employer_status'], dataCategories: ['identity', 'employment'] });
    expect((await hires()).items).toEqual([]);
    expect((await hires(otherEmployer)).items.map((hire) => hire.caseId)).toEqual([theCase.id]);

    const consent = await recordConsent(t, mannheim, theCase.id, { recipientOrganisationIds: [neckarwerk], purposes: ['employer_status'], dataCategories: ['identity', 'employment'] });
    const [hire] = (await hires()).items;
    expect(Object.keys(hire ?? {}).sort()).toEqual(['caseId', 'consentValidThrough', 'nextStep', 'personName', 'procedure', 'stage']);
    expect(hire).toMatchObject({ caseId: theCase.id, stage: 'information', nextStep: null, procedure: null, consentValidThrough: null });
    expect(hire?.personName).toContain('Amara');

    // The ABH records the agreement: the employer sees the statutory steps and the next one.
    const started = await call(t, mannheim, 'POST', `/api/v1/cases/${theCase.id}/accelerated-procedure`, { agreedOn: '2026-12-07' });
    expect(started.statusCode, started.body).toBe(201);
    const [withProcedure] = (await hires()).items;
    expect(withProcedure?.nextStep).toMatchObject({ id: 'agreement', status: 'open' });
    expect(withProcedure?.procedure?.steps.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Object.keys(withProcedure?.procedure?.steps[0] ?? {}).sort()).toEqual(['actor', 'completedOn', 'deadline', 'dueOn', 'id', 'isOverdue', 'legalRef', 'number', 'status', 'title']);

    // Every read is audited on the case under the purpose employer_status.
    const audited = await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'employer.hire_read' AND subject_id = ${theCase.id} AND purpose = 'employer_status'`);
    expect(audited[0]?.n).toBeGreaterThanOrEqual(2);

    // Withdrawn: gone on the next request.
    const withdrawn = await call(t, mannheim, 'POST', `/api/v1/consents/${consent.id}/withdraw`, {});
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await hires()).items).toEqual([]);
  });

  it('hides a hire once the consent has expired', async () => {
    const theCase = await createCase(t, mannheim);
    await recordConsent(t, mannheim, theCase.id, { recipientOrganisationIds: [neckarwerk], purposes: ['employer_status'], dataCategories: ['identity'], validUntil: '2026-12-08' });
    expect((await hires()).items.map((hire) => hire.consentValidThrough)).toEqual(['2026-12-08']);
    clock.set('2026-12-09T09:00:00Z');
    await signInAll();
    expect((await hires()).items).toEqual([]);
    clock.set('2026-12-07T09:00:00Z');
    await signInAll();
  });

  it('never refers a case for employer_status', async () => {
    const theCase = await createCase(t, mannheim);
    const consent = await recordConsent(t, mannheim, theCase.id, { recipientOrganisationIds: [neckarwerk], purposes: ['employer_status'] });
    const response = await sendReferral(t, mannheim, theCase.id, { toOrganisationId: neckarwerk, consentId: consent.id, purpose: 'employer_status' });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('purpose');
  });

  it('sends a request to the ABH responsible for the place of work, with a task, and shows its steps', async () => {
    const response = await call(t, employer, 'POST', '/api/v1/employer/requests', requestBody(LUDWIGSHAFEN));
    expect(response.statusCode, response.body).toBe(201);
    const request = response.json() as EmployerRequest;
    expect(request).toMatchObject({ personName: 'Chidi Eze', placeOfWork: { ags: LUDWIGSHAFEN, name: 'Ludwigshafen am Rhein' }, procedure: null });
    expect(request.abh.name).toContain('Ludwigshafen');

    // The case is at ABH Ludwigshafen (its case worker sees it, Mannheim's does not), employer and job set.
    const seen = await call(t, ludwigshafen, 'GET', `/api/v1/cases/${request.caseId}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({ ownerOrganisation: { id: request.abh.id }, employer: { id: neckarwerk }, job: { title: 'Pflegefachfrau / Pflegefachmann', isco: '3221', annualGrossSalaryEur: 48_000 } });
    expect((await call(t, mannheim, 'GET', `/api/v1/cases/${request.caseId}`)).statusCode).toBe(404);
    const tasks = await sqlRows<{ title: string; due_on: string; assignee_user_id: string | null }>(
      t.database,
      sql`SELECT title, due_on::text, assignee_user_id FROM case_tasks WHERE case_id = ${request.caseId}`,
    );
    // Two working days after Monday 7 December 2026.
    expect(tasks).toEqual([{ title: 'Neuer Antrag auf beschleunigtes Fachkräfteverfahren prüfen', due_on: '2026-12-09', assignee_user_id: null }]);
    const board = await call(t, ludwigshafen, 'GET', '/api/v1/deadlines?from=2026-12-07&to=2026-12-13');
    expect(board.body).toContain(request.caseId);

    // Listed for the employer, not for another employer (404 for its address).
    const mine = (await call(t, employer, 'GET', '/api/v1/employer/requests')).json() as { items: EmployerRequest[] };
    expect(mine.items.map((item) => item.id)).toContain(request.id);
    const theirs = (await call(t, otherEmployer, 'GET', '/api/v1/employer/requests')).json() as { items: EmployerRequest[] };
    expect(theirs.items).toEqual([]);
    expect((await call(t, otherEmployer, 'GET', `/api/v1/employer/requests/${request.id}`)).statusCode).toBe(404);

    // The ABH records the agreement and completes step 1: the employer follows the steps.
    expect((await call(t, ludwigshafen, 'POST', `/api/v1/cases/${request.caseId}/accelerated-procedure`, { agreedOn: '2026-12-07' })).statusCode).toBe(201);
    const done = await call(t, ludwigshafen, 'POST', `/api/v1/cases/${request.caseId}/accelerated-procedure/steps/agreement/complete`, { completedOn: '2026-12-07' });
    expect(done.statusCode, done.body).toBe(200);
    const followed = (await call(t, employer, 'GET', `/api/v1/employer/requests/${request.id}`)).json() as EmployerRequest;
    expect(followed.procedure?.steps.find((step) => step.id === 'agreement')).toMatchObject({ status: 'done', completedOn: '2026-12-07' });
    expect(followed.procedure?.abh.id).toBe(request.abh.id);
  });

  it('sends a request for a place of work in Mannheim to ABH Mannheim', async () => {
    const response = await call(t, employer, 'POST', '/api/v1/employer/requests', requestBody(MANNHEIM));
    expect(response.statusCode, response.body).toBe(201);
    const request = response.json() as EmployerRequest;
    expect(request.abh.name).toContain('Mannheim');
    expect((await call(t, mannheim, 'GET', `/api/v1/cases/${request.caseId}`)).statusCode).toBe(200);
  });

  it('refuses a place of work outside the region and creates nothing', async () => {
    const count = async () => (await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM cases`))[0]?.n;
    const before = await count();
    const response = await call(t, employer, 'POST', '/api/v1/employer/requests', requestBody(BERLIN));
    expect(response.statusCode).toBe(422);
    expect(response.json().error.fields).toEqual({ 'job.placeOfWorkAgs': 'outside the network region' });
    expect(await count()).toBe(before);
  });

  it('names the field of bad input (400)', async () => {
    const bad = async (body: unknown, field: string) => {
      const response = await call(t, employer, 'POST', '/api/v1/employer/requests', body);
      expect(response.statusCode, response.body).toBe(400);
      expect(Object.keys(response.json().error.fields ?? {})).toContain(field);
    };
    await bad(requestBody(MANNHEIM, { person: { givenName: '', familyName: 'Eze', birthDate: '1991-05-04', citizenship: 'NGA' } }), 'person.givenName');
    await bad(requestBody(MANNHEIM, { job: { occupationId: 'astronaut', annualGrossSalaryEur: 1, startOn: '2027-01-01', placeOfWorkAgs: MANNHEIM } }), 'job.occupationId');
    await bad(requestBody(MANNHEIM, { job: { occupationId: 'nurse', annualGrossSalaryEur: 0, startOn: '2027-01-01', placeOfWorkAgs: MANNHEIM } }), 'job.annualGrossSalaryEur');
    await bad(requestBody(MANNHEIM, { job: { occupationId: 'nurse', annualGrossSalaryEur: 40_000, startOn: '2026-12-01', placeOfWorkAgs: MANNHEIM } }), 'job.startOn');
    await bad(requestBody(MANNHEIM, { qualification: { kind: 'wizard', country: 'NGA' } }), 'qualification.kind');
    await bad(requestBody('99999999'), 'job.placeOfWorkAgs');
  });

  it('admits only employers of an employer organisation', async () => {
    expect((await call(t, mannheim, 'GET', '/api/v1/employer/hires')).statusCode).toBe(403);
    expect((await call(t, mannheim, 'POST', '/api/v1/employer/requests', requestBody(MANNHEIM))).statusCode).toBe(403);
    expect((await call(t, null, 'GET', '/api/v1/employer/requests')).statusCode).toBe(401);
    const guide = await call(t, employer, 'GET', '/api/v1/employer/guide');
    expect(guide.statusCode).toBe(200);
    expect(guide.json()).toMatchObject({ fee: { euros: 411, legalRef: '§47 Abs. 1 Nr. 15 AufenthV' }, agreement: { legalRef: '§81a Abs. 2 AufenthG' } });
    expect(guide.json().agreement.contents).toHaveLength(8);
  });
});
