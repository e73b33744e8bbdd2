import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/contract/cases';
import type { AcceleratedProcedureResponse } from '../../src/contract/procedures';
import type { Actor } from '../../src/server/commands/context';
import { canRunProcedure } from '../../src/server/policies/procedure.policy';
import { call, createCase } from '../support/cases';
import { databaseKinds } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

// Thursday 2 April 2026, 10:00 in Germany.
const clock = { now: () => new Date('2026-04-02T08:00:00Z') };

describe.each(databaseKinds())('§81a procedure: who may run it, bad input, concurrency on %s', (kind) => {
  let t: TestApp;
  let mannheim: SignedInClient;
  let ludwigshafen: SignedInClient;
  let navigator: SignedInClient;
  let admin: SignedInClient;
  let theCase: Case;
  let url: string;
  let organisationIds: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    mannheim = await t.signIn('caseworker@demo.example');
    ludwigshafen = await t.signIn('caseworker.lu@demo.example');
    navigator = await t.signIn('navigator@demo.example');
    admin = await t.signIn('admin@demo.example');
    const organisations = (await call(t, null, 'GET', '/api/v1/organisations')).json().items as { id: string; slug: string }[];
    organisationIds = Object.fromEntries(organisations.map((organisation) => [organisation.slug, organisation.id]));
    theCase = await createCase(t, mannheim);
    url = `/api/v1/cases/${theCase.id}/accelerated-procedure`;
  });
  afterAll(() => t.close());

  it('answers 404 to a case worker of another Ausländerbehörde, as for a case that does not exist', async () => {
    const foreign = await call(t, ludwigshafen, 'POST', url, { agreedOn: '2026-04-01' });
    expect(foreign.statusCode).toBe(404);
    const missing = await call(t, ludwigshafen, 'POST', '/api/v1/cases/00000000-0000-4000-8000-000000000000/accelerated-procedure', { agreedOn: '2026-04-01' });
    expect(missing.json()).toEqual(foreign.json());
    expect((await call(t, admin, 'GET', url)).statusCode).toBe(404);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [object, string, string][] = [
      [{ agreedOn: '2026-04-03' }, 'agreedOn', 'must not be after today (2026-04-02)'],
      [{ agreedOn: '2026-02-30' }, 'agreedOn', 'must be a real calendar date YYYY-MM-DD'],
      [{ agreedOn: '2026-04-01', employerOrganisationId: organisationIds['abh-heidelberg'] }, 'employerOrganisationId', 'not an organisation of kind employer'],
      [{ agreedOn: '2026-04-01', recognitionBodyOrganisationId: organisationIds['employer-neckarwerk'] }, 'recognitionBodyOrganisationId', 'not an organisation of kind recognition_body or chamber'],
    ];
    for (const [payload, field, problem] of cases) {
      const response = await call(t, mannheim, 'POST', url, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.fields).toEqual({ [field]: problem });
    }
    expect((await call(t, mannheim, 'POST', url, { agreedOn: '2026-04-01', extra: 1 })).json().error.fields).toEqual({ extra: 'unknown field' });
    expect((await call(t, mannheim, 'GET', url)).statusCode).toBe(404);
  });

  it('lets the navigator who sees the case read the procedure, but not run it (403: only the ABH runs it)', async () => {
    expect((await call(t, navigator, 'POST', url, { agreedOn: '2026-04-01' })).statusCode).toBe(403);
    const created = await call(t, mannheim, 'POST', url, {
      agreedOn: '2026-04-01',
      employerOrganisationId: organisationIds['employer-neckarwerk'],
      recognitionBodyOrganisationId: organisationIds['ihk-pfalz'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe(url);
    expect(created.json()).toMatchObject({ employerOrganisation: { kind: 'employer' }, recognitionBodyOrganisation: { kind: 'chamber' }, recognitionBodyLand: 'RP' });

    expect((await call(t, navigator, 'GET', url)).statusCode).toBe(404);
    const assigned = await call(t, mannheim, 'PATCH', `/api/v1/cases/${theCase.id}`, { version: 1, navigatorUserId: navigator.userId });
    expect(assigned.statusCode).toBe(200);
    const read = await call(t, navigator, 'GET', url);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    const refused = await call(t, navigator, 'POST', `${url}/steps/agreement/complete`, { completedOn: '2026-04-01' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    expect((await call(t, ludwigshafen, 'POST', `${url}/steps/agreement/complete`, { completedOn: '2026-04-01' })).statusCode).toBe(404);
  });

  it('maps refusals of the domain to 409 and 400 with the domain code', async () => {
    const pending = await call(t, mannheim, 'POST', `${url}/steps/visa_decision/complete`, { completedOn: '2026-04-02' });
    expect(pending.statusCode).toBe(409);
    expect(pending.json().error).toMatchObject({ code: 'CONFLICT', fields: { stepId: 'STEP_NOT_OPEN' } });
    const early = await call(t, mannheim, 'POST', `${url}/steps/agreement/complete`, { completedOn: '2026-03-31' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields).toEqual({ completedOn: 'DATE_BEFORE_OPENED' });
    const future = await call(t, mannheim, 'POST', `${url}/steps/agreement/complete`, { completedOn: '2026-04-03' });
    expect(future.json().error.fields).toEqual({ completedOn: 'must not be after today (2026-04-02)' });
    const notExtendable = await call(t, mannheim, 'POST', `${url}/steps/agreement/extend`, { dueOn: '2026-05-01', reason: 'x' });
    expect(notExtendable.json().error.fields).toEqual({ stepId: 'NOT_EXTENDABLE' });
    const unknownStep = await call(t, mannheim, 'POST', `${url}/steps/coffee/complete`, { completedOn: '2026-04-02' });
    expect(unknownStep.statusCode).toBe(400);
    expect(Object.keys(unknownStep.json().error.fields)).toEqual(['params.stepId']);
    const blankReason = await call(t, mannheim, 'POST', `${url}/steps/agreement/extend`, { dueOn: '2026-05-01', reason: '  ' });
    expect(blankReason.json().error.fields).toEqual({ reason: 'must not be empty' });
    // Nothing changed: still version 1.
    expect((await call(t, mannheim, 'GET', url)).json().version).toBe(1);
  });

  it('rejects a stale version (body or If-Match) and lets one of two concurrent completions through', async () => {
    const stale = await call(t, mannheim, 'POST', `${url}/steps/agreement/complete`, { completedOn: '2026-04-01', version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.fields).toEqual({ version: 'stale: the procedure is at version 1' });
    const staleHeader = await call(t, mannheim, 'POST', `${url}/steps/agreement/complete`, { completedOn: '2026-04-01' }, { 'if-match': '"2"' });
    expect(staleHeader.statusCode).toBe(409);
    const colleague = await t.signIn('caseworker@demo.example');
    const [first, second] = await Promise.all([
      call(t, mannheim, 'POST', `${url}/steps/agreement/complete`, { completedOn: '2026-04-01' }, { 'if-match': '"1"' }),
      call(t, colleague, 'POST', `${url}/steps/agreement/complete`, { completedOn: '2026-04-02' }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const after = (await call(t, mannheim, 'GET', url)).json() as AcceleratedProcedureResponse;
    expect(after.version).toBe(2);
    expect(after.steps.filter((step) => step.status === 'open').map((step) => step.id)).toEqual(['recognition_started']);
  });

  it('runs the procedure only for a case worker of an owning organisation that is an Ausländerbehörde', () => {
    const actor = { userId: 'u', roles: ['caseworker'], organisationId: 'org' } as unknown as Actor;
    const record = { ownerOrganisationId: 'org', navigatorUserId: null };
    expect(canRunProcedure(actor, record, { kind: 'abh' })).toBe(true);
    expect(canRunProcedure(actor, record, { kind: 'welcome_center' })).toBe(false);
    expect(canRunProcedure(actor, { ...record, ownerOrganisationId: 'other' }, { kind: 'abh' })).toBe(false);
    expect(canRunProcedure({ ...actor, roles: ['navigator'] }, record, { kind: 'abh' })).toBe(false);
  });
});
