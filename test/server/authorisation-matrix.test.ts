import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../src/domain/identity/roles';
import { publicAccess } from '../../src/server/policies/route-policy';
import { systemClock } from '../../src/server/clock';
import { buildApp } from '../../src/server/http/app';
import { databaseKinds, openTestDatabase } from '../support/databases';
import { testConfig } from '../support/test-config';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';
import { samplePdf } from '../support/documents';

const demoAccountByRole: Record<Role, string> = {
  admin: 'admin@demo.example',
  steering: 'steering@demo.example',
  caseworker: 'caseworker@demo.example',
  navigator: 'navigator@demo.example',
  partner: 'partner@demo.example',
  employer: 'employer@demo.example',
  editor: 'editor@demo.example',
  applicant: 'applicant@demo.example',
};

const wegweiserProfile = {
  evaluationDate: '2026-11-22',
  citizenship: 'IND',
  age: 30,
  qualification: { type: 'academic', germanRecognition: 'comparable' },
  job: { annualGrossSalaryEur: 60_000 },
  german: 'none',
  english: 'C1',
};

type Expectation = { anonymous: number; signedIn: number | Partial<Record<Role, number>> & { otherwise: number } };
/** `url` is the OpenAPI path; `{id}`, `{taskId}`, … are filled in from records created in beforeAll. */
type Endpoint = { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: unknown; headers?: Record<string, string>; expect: Expectation };

const everyone = (status: number): Expectation => ({ anonymous: status, signedIn: status });
const signedIn = (status: number): Expectation => ({ anonymous: 401, signedIn: status });
/** A case of the Mannheim authority: its case worker may, everyone else gets 404 (existence not revealed). */
const ownCaseOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { caseworker: status, otherwise: 404 } });
const caseStaff = (status: number): Expectation => ({ anonymous: 401, signedIn: { caseworker: status, navigator: status, otherwise: 403 } });
const person = { givenName: 'Test', familyName: 'Person', birthDate: '1990-01-01', citizenship: 'IND' };

/** Every API route × every role. A route missing here fails the coverage test below. */
const endpoints: Endpoint[] = [
  { method: 'GET', url: '/api/health', expect: everyone(200) },
  { method: 'GET', url: '/api/openapi.json', expect: everyone(200) },
  { method: 'GET', url: '/api/v1/auth/providers', expect: everyone(200) },
  { method: 'GET', url: '/api/v1/auth/demo-accounts', expect: everyone(200) },
  { method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nobody@demo.example', password: 'x' }, expect: everyone(401) },
  { method: 'GET', url: '/api/v1/auth/oidc/start', expect: everyone(501) },
  { method: 'GET', url: '/api/v1/auth/oidc/callback?code=x&state=y', expect: everyone(501) },
  { method: 'GET', url: '/api/v1/auth/me', expect: signedIn(200) },
  { method: 'POST', url: '/api/v1/auth/tokens', payload: {}, expect: signedIn(201) },
  { method: 'GET', url: '/api/v1/organisations', expect: everyone(200) },
  { method: 'POST', url: '/api/v1/pathways/evaluate', payload: { profile: wegweiserProfile }, expect: everyone(200) },
  { method: 'POST', url: '/api/v1/pathways/report', payload: { profile: wegweiserProfile, language: 'en' }, expect: everyone(200) },
  {
    method: 'POST',
    url: '/api/v1/pathways/family',
    payload: { evaluationDate: '2026-11-22', sponsor: { titleId: '18g_standard', firstIssuedOn: '2026-01-15' }, members: [{ role: 'spouse', age: 31 }] },
    expect: everyone(200),
  },
  { method: 'GET', url: '/api/v1/users', expect: { anonymous: 401, signedIn: { admin: 200, steering: 200, caseworker: 200, otherwise: 403 } } },
  { method: 'GET', url: '/api/v1/audit/verify', expect: { anonymous: 401, signedIn: { admin: 200, otherwise: 403 } } },
  { method: 'POST', url: '/api/v1/cases', payload: { person }, expect: caseStaff(201) },
  { method: 'GET', url: '/api/v1/cases', expect: caseStaff(200) },
  { method: 'GET', url: '/api/v1/cases/{id}', expect: ownCaseOnly(200) },
  { method: 'PATCH', url: '/api/v1/cases/{id}', payload: { version: 1, targetTitleId: '18b' }, expect: ownCaseOnly(200) },
  { method: 'POST', url: '/api/v1/cases/{id}/members', payload: { relation: 'child', ...person, birthDate: '2015-01-01' }, expect: ownCaseOnly(201) },
  { method: 'PATCH', url: '/api/v1/cases/{id}/members/{memberId}', payload: { targetTitleId: '32_child' }, expect: ownCaseOnly(200) },
  { method: 'POST', url: '/api/v1/cases/{id}/tasks', payload: { title: 'Prüfen', dueOn: '2099-01-01' }, expect: ownCaseOnly(201) },
  { method: 'PATCH', url: '/api/v1/cases/{id}/tasks/{taskId}', payload: { status: 'done' }, expect: ownCaseOnly(200) },
  { method: 'POST', url: '/api/v1/cases/{id}/notes', payload: { text: 'Notiz' }, expect: ownCaseOnly(201) },
  { method: 'POST', url: '/api/v1/cases/{id}/obstacles', payload: { category: 'housing' }, expect: ownCaseOnly(201) },
  { method: 'POST', url: '/api/v1/cases/{id}/obstacles/{obstacleId}/resolve', expect: ownCaseOnly(200) },
  { method: 'GET', url: '/api/v1/cases/{id}/audit', expect: ownCaseOnly(200) },
  { method: 'POST', url: '/api/v1/cases/{id}/documents?fileName=pass.pdf', payload: samplePdf(), headers: { 'content-type': 'application/pdf' }, expect: ownCaseOnly(201) },
  { method: 'GET', url: '/api/v1/cases/{id}/documents', expect: ownCaseOnly(200) },
  { method: 'GET', url: '/api/v1/cases/{id}/documents/{documentId}/content', expect: ownCaseOnly(200) },
  { method: 'DELETE', url: '/api/v1/cases/{id}/documents/{documentId}', expect: ownCaseOnly(204) },
  // §81a procedure: changes by a case worker of the owning Ausländerbehörde only (every other role 403, whatever the case);
  // reading follows the case. `{stepId}` is the agreement step; extending it reaches the domain: 409 NOT_EXTENDABLE.
  { method: 'POST', url: '/api/v1/cases/{id}/accelerated-procedure', payload: { agreedOn: '2026-01-05' }, expect: { anonymous: 401, signedIn: { caseworker: 201, otherwise: 403 } } },
  { method: 'GET', url: '/api/v1/cases/{id}/accelerated-procedure', expect: ownCaseOnly(200) },
  { method: 'POST', url: '/api/v1/cases/{id}/accelerated-procedure/steps/{stepId}/period-start', payload: { startsOn: '2026-01-06' }, expect: { anonymous: 401, signedIn: { caseworker: 200, otherwise: 403 } } },
  { method: 'POST', url: '/api/v1/cases/{id}/accelerated-procedure/steps/{stepId}/extend', payload: { dueOn: '2026-02-01', reason: 'Test' }, expect: { anonymous: 401, signedIn: { caseworker: 409, otherwise: 403 } } },
  { method: 'POST', url: '/api/v1/cases/{id}/accelerated-procedure/steps/{stepId}/complete', payload: { completedOn: '2026-01-06' }, expect: { anonymous: 401, signedIn: { caseworker: 200, otherwise: 403 } } },
  { method: 'GET', url: '/api/v1/deadlines', expect: caseStaff(200) },
  { method: 'GET', url: '/api/v1/inbox', expect: { anonymous: 401, signedIn: { caseworker: 200, navigator: 200, partner: 200, otherwise: 403 } } },
  { method: 'POST', url: '/api/v1/auth/logout', expect: signedIn(204) },
];

const expectedFor = (expectation: Expectation, role: Role): number =>
  typeof expectation.signedIn === 'number' ? expectation.signedIn : (expectation.signedIn[role] ?? expectation.signedIn.otherwise);

describe.each(databaseKinds())('authorisation: endpoint × role on %s', (kind) => {
  let t: TestApp;
  const clients = new Map<Role, SignedInClient>();
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const role of roles) clients.set(role, await t.signIn(demoAccountByRole[role]));
    // One record of each kind in a case of the Mannheim authority, created by its case worker.
    const owner = await t.signIn(demoAccountByRole.caseworker);
    const create = async (url: string, payload: object) => {
      const response = await t.app.inject({ method: 'POST', url, headers: owner.headers, payload });
      if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      return (response.json() as { id: string }).id;
    };
    ids.id = await create('/api/v1/cases', { person });
    ids.memberId = await create(`/api/v1/cases/${ids.id}/members`, { relation: 'spouse', ...person });
    ids.taskId = await create(`/api/v1/cases/${ids.id}/tasks`, { title: 'Akte', dueOn: '2099-01-01' });
    ids.obstacleId = await create(`/api/v1/cases/${ids.id}/obstacles`, { category: 'missing_document' });
    ids.stepId = 'agreement';
    const upload = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${ids.id}/documents?fileName=a.pdf`, headers: { ...owner.headers, 'content-type': 'application/pdf' }, payload: samplePdf() });
    ids.documentId = (upload.json() as { id: string }).id;
  });
  const urlOf = (template: string) => template.replace(/\{(\w+)\}/g, (_match, name: string) => ids[name] ?? `{${name}}`);
  afterAll(() => t.close());

  it('covers every route of the OpenAPI description', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const tested = new Set(endpoints.map((e) => `${e.method} ${e.url.split('?')[0]}`));
    expect(documented.filter((route) => !tested.has(route))).toEqual([]);
  });

  for (const endpoint of endpoints) {
    it(`${endpoint.method} ${endpoint.url}`, async () => {
      const call = (headers: Record<string, string>) =>
        t.app.inject({ method: endpoint.method, url: urlOf(endpoint.url), headers: { ...headers, ...endpoint.headers }, ...(endpoint.payload ? { payload: endpoint.payload as object } : {}) });
      const observed: Record<string, number> = { anonymous: (await call({})).statusCode };
      const expected: Record<string, number> = { anonymous: endpoint.expect.anonymous };
      for (const role of roles) {
        const client = clients.get(role);
        if (!client) throw new Error(`no client for ${role}`);
        observed[role] = (await call(client.headers)).statusCode;
        expected[role] = expectedFor(endpoint.expect, role);
      }
      expect(observed).toEqual(expected);
    });
  }

  it('limits the user list of a case worker to their own authority', async () => {
    const mannheim = await t.signIn('caseworker@demo.example');
    const ludwigshafen = await t.signIn('caseworker.lu@demo.example');
    const listOf = async (client: SignedInClient) =>
      ((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: client.headers })).json().items as { email: string }[]).map((u) => u.email);
    expect(await listOf(mannheim)).toEqual(['caseworker@demo.example']);
    expect(await listOf(ludwigshafen)).toEqual(['caseworker.lu@demo.example']);
  });
});

describe('deny by default', () => {
  it('refuses to register a route without a policy', async () => {
    const database = await openTestDatabase('pglite');
    const app = await buildApp({ config: testConfig(), database, clock: systemClock, version: 'test' }, { logger: false });
    try {
      expect(() => app.get('/api/v1/forgotten', async () => ({ ok: true }))).toThrow(/has no policy/);
      expect(() => app.get('/api/v1/declared', { config: { policy: publicAccess } }, async () => ({ ok: true }))).not.toThrow();
    } finally {
      await app.close();
      await database.close();
    }
  });
});
