import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../src/domain/identity/roles';
import { publicAccess } from '../../src/server/policies/route-policy';
import { systemClock } from '../../src/server/clock';
import { buildApp } from '../../src/server/http/app';
import { databaseKinds, openTestDatabase } from '../support/databases';
import { testConfig } from '../support/test-config';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';
import { adminNetworkArea } from './authorisation/admin-network-area';
import { adminUsersArea } from './authorisation/admin-users-area';
import { coreArea } from './authorisation/core-area';
import { directoryArea } from './authorisation/directory-area';
import { employerArea } from './authorisation/employer-area';
import { hsdsArea } from './authorisation/hsds-area';
import { knowledgeArea } from './authorisation/knowledge-area';
import { learningArea } from './authorisation/learning-area';
import { messagesArea } from './authorisation/messages-area';
import { networkArea } from './authorisation/network-area';
import { networkMapArea } from './authorisation/network-map-area';
import { obstacleReportsArea } from './authorisation/obstacle-reports-area';
import { praxisCheckArea } from './authorisation/praxis-check-area';
import { referralsArea } from './authorisation/referrals-area';
import { shortageArea } from './authorisation/shortage-area';
import { portalPrivacyArea } from './authorisation/portal-privacy-area';
import { portalEntryArea } from './authorisation/portal-entry-area';
import { portalJourneyArea } from './authorisation/portal-journey-area';
import { qualificationsArea } from './authorisation/qualifications-area';
import { steeringArea } from './authorisation/steering-area';
import { demoAccountByRole, signedIn, type Endpoint, type Expectation, type MatrixArea } from './authorisation/matrix';

/**
 * Every API route × every role. Each feature area lists its routes in its own file under
 * ./authorisation/; a route missing from all of them fails the coverage test below.
 */
const areas: MatrixArea[] = [
  coreArea,
  learningArea,
  referralsArea,
  knowledgeArea,
  networkArea,
  directoryArea,
  hsdsArea,
  adminNetworkArea,
  networkMapArea,
  adminUsersArea,
  messagesArea,
  portalPrivacyArea,
  portalEntryArea,
  portalJourneyArea,
  employerArea,
  obstacleReportsArea,
  qualificationsArea,
  steeringArea,
  praxisCheckArea,
  shortageArea,
];
// Last, because it ends the sessions the other checks use.
const logout: Endpoint = { method: 'POST', url: '/api/v1/auth/logout', expect: signedIn(204) };
const endpoints: Endpoint[] = [...areas.flatMap((area) => area.endpoints), logout];

const expectedFor = (expectation: Expectation, role: Role): number =>
  typeof expectation.signedIn === 'number' ? expectation.signedIn : (expectation.signedIn[role] ?? expectation.signedIn.otherwise);

describe.each(databaseKinds())('authorisation: endpoint × role on %s', (kind) => {
  let t: TestApp;
  const clients = new Map<Role, SignedInClient>();
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const role of roles) clients.set(role, await t.signIn(demoAccountByRole[role]));
    for (const area of areas) {
      if (!area.setup) continue;
      const created = await area.setup({ t, signIn: (role) => t.signIn(demoAccountByRole[role]), ids });
      for (const [name, value] of Object.entries(created)) {
        if (name in ids) throw new Error(`${area.name}: id name ${name} is already used by another area`);
        ids[name] = value;
      }
    }
  });
  const urlOf = (template: string, params: Record<string, string> = {}) =>
    template.replace(/\{(\w+)\}/g, (_match, name: string) => ids[params[name] ?? name] ?? `{${name}}`);
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
        t.app.inject({ method: endpoint.method, url: urlOf(endpoint.url, endpoint.params), headers: { ...headers, ...endpoint.headers }, ...(endpoint.payload ? { payload: endpoint.payload as object } : {}) });
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
