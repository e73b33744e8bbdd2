import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case, CaseListResponse, CasePerson } from '../../src/contract/cases';
import { findCasePage } from '../../src/server/db/repositories/case-list.repository';
import { call, createCase, personInput } from '../support/cases';
import { databaseKinds } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

const wegweiserProfile = {
  citizenship: 'IND',
  age: 30,
  qualification: { type: 'academic', germanRecognition: 'comparable' },
  job: { annualGrossSalaryEur: 60_000 },
  german: 'none',
  english: 'C1',
};

describe.each(databaseKinds())('cases: create, read, list, search, members, journey on %s', (kind) => {
  let t: TestApp;
  let caseworker: SignedInClient;
  let navigator: SignedInClient;
  beforeAll(async () => {
    t = await createTestApp(kind);
    caseworker = await t.signIn('caseworker@demo.example');
    navigator = await t.signIn('navigator@demo.example');
  });
  afterAll(() => t.close());

  const list = async (client: SignedInClient, query = '') => {
    const response = await call(t, client, 'GET', `/api/v1/cases${query}`);
    expect(response.statusCode).toBe(200);
    return response.json() as CaseListResponse;
  };

  it('opens a case owned by the case worker’s authority, with a reference, an ETag and no navigator', async () => {
    const response = await call(t, caseworker, 'POST', '/api/v1/cases', {
      person: { ...personInput({ givenName: 'Priya', familyName: 'Raman' }), contact: { email: 'priya@example.org' }, languages: ['en', 'ta'] },
      targetTitleId: '18b',
    });
    expect(response.statusCode).toBe(201);
    const created = response.json() as Case;
    expect(created.reference).toMatch(/^RN-\d{4}-\d{6}$/);
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/api/v1/cases/${created.id}`);
    expect(created).toMatchObject({
      stage: 'information',
      navigator: null,
      targetTitleId: '18b',
      ownerOrganisation: { name: 'Ausländerbehörde Stadt Mannheim' },
      person: { relation: 'main', givenName: 'Priya', familyName: 'Raman', stage: 'information', contact: { email: 'priya@example.org' }, languages: ['en', 'ta'] },
      members: [],
      tasks: [],
      documents: [],
      version: 1,
      evaluation: null,
    });
    expect(created.allowedTransitions).toEqual(['recognition', 'job_matching', 'visa_procedure', 'residence_permit', 'closed']);
    expect(created.timeline.map((event) => event.type)).toEqual(['created']);

    const read = await call(t, caseworker, 'GET', `/api/v1/cases/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"1"');
    expect((read.json() as Case).person.familyName).toBe('Raman');
  });

  it('numbers references from one sequence', async () => {
    const first = await createCase(t, caseworker);
    const second = await createCase(t, caseworker);
    const number = (reference: string) => Number(reference.split('-')[2]);
    expect(number(second.reference)).toBe(number(first.reference) + 1);
  });

  it('makes a navigator who opens a case its navigator', async () => {
    const created = await createCase(t, navigator);
    expect(created.navigator?.id).toBe(navigator.userId);
    expect(created.ownerOrganisation.name).toBe('Welcome Center Rhein-Neckar');
    expect(created.organisations.map((o) => o.role).sort()).toEqual(['navigator', 'owner']);
  });

  it('stores the Wegweiser evaluation and takes the best open path as target', async () => {
    const created = await createCase(t, caseworker, { person: personInput({ citizenship: 'IND' }), profile: wegweiserProfile });
    expect(created.evaluation?.eligibleTitleIds.length).toBeGreaterThan(0);
    expect(created.targetTitleId).toBe(created.evaluation?.eligibleTitleIds[0]);
    expect(created.evaluationRuleSetId).toBe(created.evaluation?.ruleSet.id);
  });

  it('lists, filters, sorts and pages only the caller’s cases, with one total', async () => {
    // Each reading of this clock is a second later, so no two cases share a timestamp.
    let instant = Date.parse('2026-03-02T08:00:00Z');
    const fresh = await createTestApp(kind, { clock: { now: () => new Date((instant += 1000)) } });
    try {
      const worker = await fresh.signIn('caseworker@demo.example');
      for (const familyName of ['Zimmer', 'Adeyemi', 'Mensah', 'Bauer', 'Costa']) {
        await createCase(fresh, worker, { person: personInput({ familyName }) });
      }
      await createCase(fresh, await fresh.signIn('navigator@demo.example'));
      const all = (await call(fresh, worker, 'GET', '/api/v1/cases?pageSize=2')).json() as CaseListResponse;
      expect(all.total).toBe(5);
      expect(all.items.map((item) => item.person.familyName)).toEqual(['Costa', 'Bauer']);
      expect(all.items[0]).toMatchObject({ stage: 'information', navigator: null, openTasks: 0, overdueTasks: 0 });
      const byName = (await call(fresh, worker, 'GET', '/api/v1/cases?sort=name')).json() as CaseListResponse;
      expect(byName.items.map((item) => item.person.familyName)).toEqual(['Adeyemi', 'Bauer', 'Costa', 'Mensah', 'Zimmer']);
      const created = (await call(fresh, worker, 'GET', '/api/v1/cases?sort=created&page=3&pageSize=2')).json() as CaseListResponse;
      expect(created).toMatchObject({ total: 5, page: 3, pageSize: 2 });
      expect(created.items.map((item) => item.person.familyName)).toEqual(['Zimmer']);
      const beyond = (await call(fresh, worker, 'GET', '/api/v1/cases?page=9&pageSize=2')).json() as CaseListResponse;
      expect(beyond).toMatchObject({ items: [], total: 5 });
      expect(((await call(fresh, worker, 'GET', '/api/v1/cases?stage=recognition')).json() as CaseListResponse).total).toBe(0);
      expect(((await call(fresh, worker, 'GET', '/api/v1/cases?navigator=none')).json() as CaseListResponse).total).toBe(5);
      expect(((await call(fresh, worker, 'GET', '/api/v1/cases?navigator=me')).json() as CaseListResponse).total).toBe(0);
      expect(all.totalIsLowerBound).toBe(false);
      // Beyond the count cap the total is a lower bound (the API's cap is 1,000; here 3).
      const scope = { userId: worker.userId, staffOrganisationId: worker.organisationId };
      const capped = await findCasePage(fresh.database.db, scope, { sort: 'updated', limit: 2, offset: 0, countCap: 3 }, '2026-03-02');
      expect(capped).toMatchObject({ total: 3, totalIsLowerBound: true });
      expect(capped.rows.map((row) => row.familyName)).toEqual(['Costa', 'Bauer']);
      const exact = await findCasePage(fresh.database.db, scope, { sort: 'updated', limit: 2, offset: 0, countCap: 5 }, '2026-03-02');
      expect(exact).toMatchObject({ total: 5, totalIsLowerBound: false });
    } finally {
      await fresh.close();
    }
  });

  it('searches by the beginning of any name word of anyone in the case', async () => {
    const target = await createCase(t, caseworker, { person: personInput({ givenName: 'Chidinma', familyName: 'Eze-Nwosu' }) });
    await call(t, caseworker, 'POST', `/api/v1/cases/${target.id}/members`, { relation: 'child', givenName: 'Obinna', familyName: 'Eze-Nwosu', birthDate: '2019-05-01', citizenship: 'NGA' });
    const ids = async (q: string) => (await list(caseworker, `?q=${encodeURIComponent(q)}`)).items.map((item) => item.id);
    expect(await ids('chid')).toEqual([target.id]);
    expect(await ids('EZE chidinma')).toEqual([target.id]);
    expect(await ids('nwosu')).toEqual([target.id]);
    expect(await ids('obinna')).toEqual([target.id]);
    expect(await ids('hidinma')).toEqual([]);
    expect(await ids('chidinma zzz')).toEqual([]);
  });

  it('gives family members a journey of their own', async () => {
    const created = await createCase(t, caseworker);
    const added = await call(t, caseworker, 'POST', `/api/v1/cases/${created.id}/members`, {
      relation: 'spouse',
      givenName: 'Kwame',
      familyName: 'Mensah',
      birthDate: '1990-07-15',
      citizenship: 'GHA',
    });
    expect(added.statusCode).toBe(201);
    const spouse = added.json() as CasePerson;
    expect(spouse).toMatchObject({ relation: 'spouse', stage: 'information', closeReason: null });
    expect(spouse.allowedTransitions).toContain('recognition');

    const moved = await call(t, caseworker, 'PATCH', `/api/v1/cases/${created.id}/members/${spouse.id}`, { stage: 'recognition', targetTitleId: '30_spouse' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ stage: 'recognition', targetTitleId: '30_spouse' });
    const refused = await call(t, caseworker, 'PATCH', `/api/v1/cases/${created.id}/members/${spouse.id}`, { stage: 'integration' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.fields.stage).toBe('allowed: information, job_matching, visa_procedure, residence_permit, closed');
    const main = await call(t, caseworker, 'PATCH', `/api/v1/cases/${created.id}/members/${created.person.id}`, { stage: 'recognition' });
    expect(main.statusCode).toBe(409);

    const read = (await call(t, caseworker, 'GET', `/api/v1/cases/${created.id}`)).json() as Case;
    expect(read.stage).toBe('information');
    expect(read.person.stage).toBe('information');
    expect(read.members).toMatchObject([{ id: spouse.id, stage: 'recognition' }]);
    expect(read.version).toBe(1);
    expect(read.timeline.map((event) => event.type)).toEqual(['member_stage_changed', 'member_target_changed', 'member_added', 'created']);
  });

  it('moves the journey along allowed transitions and names the allowed ones when refusing', async () => {
    const created = await createCase(t, caseworker);
    const patch = (body: object, version: number) => call(t, caseworker, 'PATCH', `/api/v1/cases/${created.id}`, body, { 'if-match': `"${version}"` });

    const skipped = await patch({ stage: 'job_matching' }, 1);
    expect(skipped.statusCode).toBe(200);
    expect(skipped.headers.etag).toBe('"2"');
    expect(skipped.json()).toMatchObject({ stage: 'job_matching', version: 2, person: { stage: 'job_matching' } });

    const refused = await patch({ stage: 'integration' }, 2);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'CONFLICT',
      fields: { stage: 'allowed: recognition, visa_procedure, entry, residence_permit, closed' },
    });

    const withoutReason = await patch({ stage: 'closed' }, 2);
    expect(withoutReason.statusCode).toBe(400);
    expect(Object.keys(withoutReason.json().error.fields)).toEqual(['closeReason']);

    const closed = await patch({ stage: 'closed', closeReason: 'withdrawn' }, 2);
    expect(closed.json()).toMatchObject({ stage: 'closed', closeReason: 'withdrawn', allowedTransitions: ['job_matching'], version: 3 });
    const wrongReopen = await patch({ stage: 'information' }, 3);
    expect(wrongReopen.json().error.fields).toEqual({ stage: 'allowed: job_matching' });
    const reopened = await patch({ stage: 'job_matching' }, 3);
    expect(reopened.json()).toMatchObject({ stage: 'job_matching', closeReason: null, version: 4 });
    const stageEvents = (reopened.json() as Case).timeline.filter((event) => event.type === 'stage_changed').map((event) => event.data);
    expect(stageEvents).toEqual([
      { from: 'closed', to: 'job_matching', kind: 'reopen' },
      { from: 'job_matching', to: 'closed', kind: 'close', closeReason: 'withdrawn' },
      { from: 'information', to: 'job_matching', kind: 'skip' },
    ]);
  });

  it('changes navigator, employer, job and target title in one versioned PATCH', async () => {
    const created = await createCase(t, caseworker);
    const employers = (await call(t, null, 'GET', '/api/v1/organisations?kind=employer')).json().items as { id: string; name: string }[];
    const response = await call(t, caseworker, 'PATCH', `/api/v1/cases/${created.id}`, {
      version: 1,
      navigatorUserId: navigator.userId,
      employerOrganisationId: employers[0]?.id,
      job: { title: 'Pflegefachkraft', isco: '2221', annualGrossSalaryEur: 48_000 },
      targetTitleId: '18a',
    });
    expect(response.statusCode).toBe(200);
    const changed = response.json() as Case;
    expect(changed).toMatchObject({
      version: 2,
      navigator: { id: navigator.userId, name: 'Nora Nachtigall' },
      employer: { id: employers[0]?.id },
      job: { title: 'Pflegefachkraft', isco: '2221', annualGrossSalaryEur: 48_000 },
      targetTitleId: '18a',
    });
    expect(changed.organisations.map((o) => o.role).sort()).toEqual(['employer', 'navigator', 'owner']);
    const notNavigator = await call(t, caseworker, 'PATCH', `/api/v1/cases/${created.id}`, { version: 2, navigatorUserId: caseworker.userId });
    expect(notNavigator.json().error.fields).toEqual({ navigatorUserId: 'not an active navigator' });
    const notEmployer = await call(t, caseworker, 'PATCH', `/api/v1/cases/${created.id}`, { version: 2, employerOrganisationId: created.ownerOrganisation.id });
    expect(notEmployer.json().error.fields).toEqual({ employerOrganisationId: 'not an employer organisation' });
  });
});
