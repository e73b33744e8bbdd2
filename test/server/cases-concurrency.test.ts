import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/contract/cases';
import { call, createCase, personInput } from '../support/cases';
import { databaseKinds } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

describe.each(databaseKinds())('case changes: optimistic concurrency and bad input on %s', (kind) => {
  let t: TestApp;
  let caseworker: SignedInClient;
  let colleague: SignedInClient;
  beforeAll(async () => {
    t = await createTestApp(kind);
    caseworker = await t.signIn('caseworker@demo.example');
    colleague = await t.signIn('caseworker@demo.example');
  });
  afterAll(() => t.close());

  it('lets exactly one of two PATCHes on the same version through and loses no update', async () => {
    const created = await createCase(t, caseworker);
    const url = `/api/v1/cases/${created.id}`;
    const [first, second] = await Promise.all([
      call(t, caseworker, 'PATCH', url, { targetTitleId: '18b' }, { 'if-match': '"1"' }),
      call(t, colleague, 'PATCH', url, { job: { title: 'Softwareentwicklerin' } }, { 'if-match': '"1"' }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json().error).toMatchObject({ code: 'CONFLICT', fields: { version: 'stale: the case is at version 2' } });

    const current = await call(t, caseworker, 'GET', url);
    expect(current.headers.etag).toBe('"2"');
    // The loser reloads and repeats its change on the new version: both changes survive.
    const retry =
      loser === second
        ? await call(t, colleague, 'PATCH', url, { job: { title: 'Softwareentwicklerin' } }, { 'if-match': current.headers.etag as string })
        : await call(t, caseworker, 'PATCH', url, { targetTitleId: '18b' }, { 'if-match': current.headers.etag as string });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ version: 3, targetTitleId: '18b', job: { title: 'Softwareentwicklerin' } });
  });

  it('needs the version: 428 without it, 400 for a malformed or contradicting one, and takes it from the body too', async () => {
    const created = await createCase(t, caseworker);
    const url = `/api/v1/cases/${created.id}`;
    const missing = await call(t, caseworker, 'PATCH', url, { targetTitleId: '18b' });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().error).toMatchObject({ code: 'PRECONDITION_REQUIRED', fields: { 'headers.if-match': 'required' } });
    for (const value of ['W/"1"', '*', '"one"']) {
      const malformed = await call(t, caseworker, 'PATCH', url, { targetTitleId: '18b' }, { 'if-match': value });
      expect(malformed.statusCode, value).toBe(400);
      expect(Object.keys(malformed.json().error.fields)).toEqual(['headers.if-match']);
    }
    const contradicting = await call(t, caseworker, 'PATCH', url, { version: 2, targetTitleId: '18b' }, { 'if-match': '"1"' });
    expect(contradicting.json().error.fields).toEqual({ version: 'differs from the If-Match header' });
    const stale = await call(t, caseworker, 'PATCH', url, { version: 7, targetTitleId: '18b' });
    expect(stale.statusCode).toBe(409);
    const byBody = await call(t, caseworker, 'PATCH', url, { version: 1, targetTitleId: '18b' });
    expect(byBody.statusCode).toBe(200);
    expect(byBody.headers.etag).toBe('"2"');
  });

  it('does not count a PATCH that changes nothing', async () => {
    const created = await createCase(t, caseworker, { targetTitleId: '18b' });
    const same = await call(t, caseworker, 'PATCH', `/api/v1/cases/${created.id}`, { version: 1, targetTitleId: '18b' });
    expect(same.statusCode).toBe(200);
    expect((same.json() as Case).version).toBe(1);
  });

  it('names every bad field of a new case', async () => {
    const response = await call(t, caseworker, 'POST', '/api/v1/cases', {
      person: { givenName: '', familyName: 'Okafor', birthDate: '1990-02-30', citizenship: 'de', nickname: 'x' },
      targetTitleId: 'blue_card_2099',
      isUrgent: true,
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual([
      'isUrgent',
      'person.birthDate',
      'person.citizenship',
      'person.givenName',
      'person.nickname',
      'targetTitleId',
    ]);
  });

  it('refuses a birth date in the future, a profile for another citizenship and a missing person', async () => {
    const future = await call(t, caseworker, 'POST', '/api/v1/cases', { person: personInput({ birthDate: '2999-01-01' }) });
    expect(future.json().error.fields).toEqual({ 'person.birthDate': 'must be in the past' });
    const mismatch = await call(t, caseworker, 'POST', '/api/v1/cases', {
      person: personInput({ citizenship: 'IND' }),
      profile: { citizenship: 'TUR', age: 30, qualification: { type: 'academic' }, german: 'none', english: 'B2' },
    });
    expect(mismatch.json().error.fields).toEqual({ 'profile.citizenship': 'differs from person.citizenship' });
    const empty = await call(t, caseworker, 'POST', '/api/v1/cases', {});
    expect(Object.keys(empty.json().error.fields)).toEqual(['person']);
  });

  it('names bad list parameters, bad ids and bad record bodies', async () => {
    const query = await call(t, caseworker, 'GET', '/api/v1/cases?pageSize=1000&stage=somewhere&sort=age&navigator=someone&overdue=maybe&q=%20-%20');
    expect(Object.keys(query.json().error.fields).sort()).toEqual(['query.navigator', 'query.overdue', 'query.pageSize', 'query.q', 'query.sort', 'query.stage']);
    const badId = await call(t, caseworker, 'GET', '/api/v1/cases/not-a-uuid');
    expect(badId.json().error.fields).toEqual({ 'params.id': expect.any(String) });

    const created = await createCase(t, caseworker);
    const base = `/api/v1/cases/${created.id}`;
    const cases: [string, 'POST' | 'PATCH', unknown, string[]][] = [
      [base, 'PATCH', { version: 1 }, ['(root)']],
      [base, 'PATCH', { version: 1, closeReason: 'withdrawn' }, ['(root)', 'closeReason']],
      [base, 'PATCH', { version: 1, stage: 'recognition', closeReason: 'withdrawn' }, ['closeReason']],
      [base, 'PATCH', { version: 1, job: { title: 'x', isco: '22', salary: 1 } }, ['job.isco', 'job.salary']],
      [`${base}/members`, 'POST', { relation: 'main', givenName: 'A', familyName: 'B', birthDate: '2010-01-01', citizenship: 'TUR' }, ['relation']],
      [`${base}/members`, 'POST', { relation: 'child', givenName: 'A', familyName: 'B', birthDate: '2999-01-01', citizenship: 'TUR' }, ['birthDate']],
      [`${base}/tasks`, 'POST', { title: 'Akte prüfen', dueOn: '2000-01-01' }, ['dueOn']],
      [`${base}/tasks`, 'POST', { title: '', dueOn: 'tomorrow' }, ['dueOn', 'title']],
      [`${base}/notes`, 'POST', { text: '   ' }, ['text']],
      [`${base}/obstacles`, 'POST', { category: 'other' }, ['text']],
      [`${base}/obstacles`, 'POST', { category: 'weather' }, ['category']],
    ];
    for (const [url, method, payload, fields] of cases) {
      const response = await call(t, caseworker, method, url, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(Object.keys(response.json().error.fields).sort(), JSON.stringify(payload)).toEqual(fields);
    }
  });
});
