import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases';
import { createTestApp, type TestApp } from '../support/test-app';

describe.each(databaseKinds())('sign-in, sessions and tokens on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('signs in with the demo password and sets HttpOnly session and readable CSRF cookies', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'Caseworker@Demo.Example', password: 'demo' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ email: 'caseworker@demo.example', roles: ['caseworker'] });
    expect(response.json().user.organisation.name).toBe('Ausländerbehörde Stadt Mannheim');
    expect(response.json().user).not.toHaveProperty('passwordHash');
    const session = response.cookies.find((c) => c.name === 'lotse_session');
    const csrf = response.cookies.find((c) => c.name === 'lotse_csrf');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(csrf?.httpOnly).toBeFalsy();
  });

  it('answers wrong password and unknown account identically with 401', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@demo.example', password: 'nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'ghost@demo.example', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('returns the person and their areas from /me, and 401 without a session', async () => {
    const client = await t.signIn('steering@demo.example');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: client.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { roles: ['steering'] }, authMethod: 'password' });
    expect(me.json().areas).toContain('steering');
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a cookie-authenticated state change without the CSRF header', async () => {
    const client = await t.signIn('navigator@demo.example');
    const withoutHeader = await t.app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: { cookie: client.cookie }, payload: {} });
    expect(withoutHeader.statusCode).toBe(403);
    expect(withoutHeader.json().error.code).toBe('CSRF_FAILED');
    const wrongHeader = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: { cookie: client.cookie, 'x-csrf-token': 'forged' },
      payload: {},
    });
    expect(wrongHeader.statusCode).toBe(403);
    const withHeader = await t.app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: client.headers, payload: {} });
    expect(withHeader.statusCode).toBe(201);
  });

  it('issues a personal access token that works as Bearer without CSRF, and cannot mint more tokens', async () => {
    const client = await t.signIn('partner@demo.example');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: client.headers,
      payload: { name: 'Skript', expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { token } = created.json() as { token: string };
    expect(token).toMatch(/^lotse_pat_/);
    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer });
    expect(me.json()).toMatchObject({ user: { email: 'partner@demo.example' }, authMethod: 'token' });
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: bearer, payload: {} });
    expect(again.statusCode).toBe(403);
    const bogus = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: 'Bearer lotse_pat_nope' } });
    expect(bogus.statusCode).toBe(401);
  });

  it('ends the session on logout and rotates the session at sign-in', async () => {
    const first = await t.signIn('editor@demo.example');
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { cookie: first.cookie },
      payload: { email: 'editor@demo.example', password: 'demo' },
    });
    expect(second.statusCode).toBe(200);
    const oldSession = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: first.cookie } });
    expect(oldSession.statusCode).toBe(401);

    const client = await t.signIn('reviewer@demo.example');
    const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: client.headers });
    expect(logout.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: client.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('lists the demo accounts of the contract in demo mode', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/demo-accounts' });
    expect(response.statusCode).toBe(200);
    const emails = (response.json().accounts as { email: string }[]).map((a) => a.email);
    expect(emails).toEqual([
      'admin@demo.example',
      'steering@demo.example',
      'caseworker@demo.example',
      'caseworker.lu@demo.example',
      'navigator@demo.example',
      'partner@demo.example',
      'employer@demo.example',
      'editor@demo.example',
      'reviewer@demo.example',
      'orgadmin@demo.example',
      'applicant@demo.example',
    ]);
  });
});
