import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, users } from '../../src/server/db/schema/index';
import { safeReturnTo } from '../../src/server/security/return-to';
import { startServer, type RunningServer } from '../../src/server/start';
import { databaseKinds, openTestDatabase } from '../support/databases';
import { freePort, startIdentityProvider, TestBrowser, type TestIdentityProvider } from '../support/identity-provider';
import { createTestApp } from '../support/test-app';
import { testConfig } from '../support/test-config';

const failed = '/anmelden?sso=failed';

// Account ids at the provider (typed into its dev login form) → the claims it releases.
const accounts = {
  caseworker: { email: 'Caseworker@Demo.Example', email_verified: true },
  'navigator-unverified': { email: 'navigator@demo.example', email_verified: false },
  stranger: { email: 'stranger@elsewhere.example', email_verified: true },
  'caseworker-twin': { email: 'caseworker@demo.example', email_verified: true },
};

// Every engine with e-mail from UserInfo; once more on PGlite with e-mail in the ID token (Keycloak).
const cases = [...databaseKinds().map((kind) => [kind, 'UserInfo'] as const), ['pglite', 'the ID token'] as const];

describe.each(cases)('single sign-on with a real OpenID provider on %s, e-mail from %s', (kind, emailSource) => {
  let idp: TestIdentityProvider;
  let server: RunningServer;
  let base = '';
  let callbackUrl = '';
  // What the app logged about refused sign-ins: reason codes are asserted, personal data must be absent.
  const logLines: string[] = [];
  const lastReason = () => (JSON.parse(logLines.at(-1) ?? '{}') as { reason?: string }).reason;

  beforeAll(async () => {
    base = `http://127.0.0.1:${await freePort()}`;
    callbackUrl = `${base}/api/v1/auth/oidc/callback`;
    idp = await startIdentityProvider({ redirectUri: callbackUrl, accounts, isEmailInIdToken: emailSource === 'the ID token' });
    const config = testConfig({
      PORT: new URL(base).port,
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: idp.clientId,
      OIDC_CLIENT_SECRET: idp.clientSecret,
      LOTSE_PUBLIC_URL: base,
    });
    const stream = { write: (line: string) => void (line.includes('oidc_sign_in') && logLines.push(line)) };
    server = await startServer(config, { database: await openTestDatabase(kind), logger: { level: 'warn', stream } });
  });
  afterAll(async () => {
    // Not the e-mail addresses, not the subjects, not codes or states.
    for (const secret of ['@', 'caseworker', 'navigator', 'stranger', 'code=']) expect(logLines.join('\n')).not.toContain(secret);
    await server?.close();
    await idp?.close();
  });

  /** start → provider login and consent → the callback URL the provider sends the browser to. */
  async function authorize(browser: TestBrowser, login: string, returnTo = '/faelle'): Promise<URL> {
    const start = await browser.request(`${base}/api/v1/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`);
    expect(start.status).toBe(302);
    const authorizationUrl = start.headers.get('location') ?? '';
    expect(authorizationUrl.startsWith(`${idp.issuer}/`)).toBe(true);
    const parameters = new URL(authorizationUrl).searchParams;
    expect(parameters.get('code_challenge_method')).toBe('S256');
    expect(parameters.get('redirect_uri')).toBe(callbackUrl);
    expect(parameters.get('state')).toBeTruthy();
    expect(parameters.get('nonce')).toBeTruthy();
    return browser.authorizeAtProvider(authorizationUrl, login, callbackUrl);
  }

  async function signInWithProvider(login: string, returnTo?: string) {
    const browser = new TestBrowser();
    const callback = await authorize(browser, login, returnTo);
    const boundState = browser.cookies.get('lotse_oidc_state');
    const response = await browser.request(callback);
    return { browser, callback, boundState, response, location: response.headers.get('location') };
  }

  async function me(browser: TestBrowser) {
    return browser.request(`${base}/api/v1/auth/me`);
  }

  it('offers the provider on /api/v1/auth/providers', async () => {
    const response = await fetch(`${base}/api/v1/auth/providers`);
    expect(await response.json()).toEqual({ password: true, oidc: { label: 'Single Sign-on', startUrl: '/api/v1/auth/oidc/start' } });
  });

  it('links a verified e-mail to the existing account once and signs in with authMethod oidc', async () => {
    const { browser, response, location } = await signInWithProvider('caseworker', '/faelle?tab=offen');
    expect(response.status).toBe(302);
    expect(location).toBe('/faelle?tab=offen');
    expect(browser.cookies.has('lotse_session')).toBe(true);
    expect(browser.cookies.has('lotse_oidc_state')).toBe(false);
    const session = await me(browser);
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ user: { email: 'caseworker@demo.example', roles: ['caseworker'] }, authMethod: 'oidc' });

    const [user] = await server.database.db.select().from(users).where(eq(users.email, 'caseworker@demo.example'));
    expect(user).toMatchObject({ oidcIssuer: idp.issuer, oidcSubject: 'caseworker' });
    const linked = await auditRows('auth.oidc_linked', user!.id);
    expect(linked).toHaveLength(1);
    expect(linked[0]!.details).toEqual({ issuer: idp.issuer });
    expect((await auditRows('auth.sign_in', user!.id)).some((row) => row.details.method === 'oidc')).toBe(true);

    // The second time the subject matches directly: signed in, not linked again.
    const again = await signInWithProvider('caseworker');
    expect(again.location).toBe('/faelle');
    expect((await me(again.browser)).status).toBe(200);
    expect(await auditRows('auth.oidc_linked', user!.id)).toHaveLength(1);
    expect(idp.requestedPaths.includes('/me')).toBe(emailSource === 'UserInfo');
  });

  it('refuses to replay a used state, even with the binding cookie', async () => {
    const { callback, boundState, location } = await signInWithProvider('caseworker');
    expect(location).toBe('/faelle');
    const replay = new TestBrowser();
    replay.cookies.set('lotse_oidc_state', boundState ?? '');
    const response = await replay.request(callback);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(failed);
    expect(lastReason()).toBe('state_unknown');
    expect(replay.cookies.has('lotse_session')).toBe(false);
  });

  it('refuses a callback from a browser that did not start the sign-in (login CSRF)', async () => {
    const attacker = new TestBrowser();
    const callback = await authorize(attacker, 'caseworker');
    const victim = new TestBrowser();
    const response = await victim.request(callback);
    expect(response.headers.get('location')).toBe(failed);
    expect(victim.cookies.has('lotse_session')).toBe(false);
    expect(lastReason()).toBe('state_not_bound');
  });

  it.each([
    ['an unverified e-mail of an existing account', 'navigator-unverified', 'email_unverified'],
    ['an e-mail without a Lotse account', 'stranger', 'no_account'],
    ['a second identity claiming an already linked account', 'caseworker-twin', 'linked_to_other_identity'],
  ])('refuses %s without creating a session or an account', async (_label, login, reason) => {
    const before = await server.database.db.select({ id: users.id }).from(users);
    const { browser, response, location } = await signInWithProvider(login);
    expect(response.status).toBe(302);
    expect(location).toBe(failed);
    expect(lastReason()).toBe(reason);
    expect(browser.cookies.has('lotse_session')).toBe(false);
    expect((await me(browser)).status).toBe(401);
    expect(await server.database.db.select({ id: users.id }).from(users)).toHaveLength(before.length);
  });

  it('leaves the unverified account unlinked and audits the refusal', async () => {
    const [navigator] = await server.database.db.select().from(users).where(eq(users.email, 'navigator@demo.example'));
    expect(navigator?.oidcSubject).toBeNull();
    const refused = await auditRows('auth.sign_in_failed', navigator!.id);
    expect(refused.map((row) => row.details)).toContainEqual({ method: 'oidc', reason: 'email_unverified' });
  });

  it('refuses an error response from the provider and a callback without state', async () => {
    const browser = new TestBrowser();
    const start = await browser.request(`${base}/api/v1/auth/oidc/start`);
    const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const denied = await browser.request(`${callbackUrl}?error=access_denied&state=${state}&iss=${encodeURIComponent(idp.issuer)}`);
    expect(denied.headers.get('location')).toBe(failed);
    expect(JSON.parse(logLines.at(-1) ?? '{}')).toMatchObject({ reason: 'provider_rejected', protocolError: 'access_denied' });
    const bare = await browser.request(`${callbackUrl}?code=abc`);
    expect(bare.headers.get('location')).toBe(failed);
    expect(lastReason()).toBe('state_missing');
  });

  it('sends the browser only to local paths after sign-in', async () => {
    const { location } = await signInWithProvider('caseworker', '//evil.example/phish');
    expect(location).toBe('/');
  });

  async function auditRows(action: string, userId: string) {
    return server.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.subjectId, userId)));
  }
});

describe('single sign-on when not configured', () => {
  it('answers 501 NOT_CONFIGURED on both routes and lists no provider', async () => {
    const t = await createTestApp('pglite');
    try {
      for (const url of ['/api/v1/auth/oidc/start?returnTo=/x', '/api/v1/auth/oidc/callback?code=a&state=b']) {
        const response = await t.app.inject({ method: 'GET', url });
        expect(response.statusCode).toBe(501);
        expect(response.json().error.code).toBe('NOT_CONFIGURED');
      }
      const providers = await t.app.inject({ method: 'GET', url: '/api/v1/auth/providers' });
      expect(providers.json().oidc).toBeNull();
    } finally {
      await t.close();
    }
  });
});

describe('safeReturnTo', () => {
  it.each([
    ['/faelle?tab=offen', '/faelle?tab=offen'],
    ['/', '/'],
    [undefined, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['faelle', '/'],
  ])('%j → %j', (input, expected) => {
    expect(safeReturnTo(input)).toBe(expected);
  });
});
