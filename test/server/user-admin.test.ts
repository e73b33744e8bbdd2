import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/server/security/tokens';
import { linkTokenFromOutbox } from '../support/account-links';
import { databaseKinds, sqlRows } from '../support/databases';
import { manualClock, organisationId } from '../support/referrals';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

const password = 'Ein-gutes-Passwort-2026';

describe.each(databaseKinds())('user administration on %s', (kind) => {
  const clock = manualClock('2026-12-07T09:00:00+01:00');
  let t: TestApp;
  let admin: SignedInClient;
  let welcomeCenter: string;
  let mannheim: string;
  let serial = 0;

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    admin = await t.signIn('admin@demo.example');
    welcomeCenter = await organisationId(t, 'welcome-center');
    mannheim = (await t.signIn('caseworker@demo.example')).organisationId ?? '';
  });
  afterAll(() => t.close());

  const call = (client: SignedInClient | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: client?.headers ?? {}, ...(payload ? { payload } : {}) });
  const auditActions = async (userId: string) =>
    (await sqlRows<{ action: string }>(t.database, sql`SELECT action FROM audit_log WHERE subject_type = 'user' AND subject_id = ${userId} ORDER BY id`)).map((row) => row.action);
  /** Invites someone new (by `by`, default the admin); returns the account id, the address and the link token. */
  async function invite(options: { by?: SignedInClient; roles?: string[]; organisationId?: string } = {}) {
    serial += 1;
    const email = `person.${kind}.${serial}@demo.example`;
    const response = await call(options.by ?? admin, 'POST', '/api/v1/users/invitations', {
      email,
      name: `Testperson ${serial}`,
      roles: options.roles ?? ['navigator'],
      organisationId: options.organisationId ?? welcomeCenter,
      locale: 'de',
    });
    expect(response.statusCode, response.body).toBe(201);
    return { id: (response.json() as { user: { id: string } }).user.id, email, token: await linkTokenFromOutbox(t.database, email) };
  }
  async function activePerson(options: { roles?: string[] } = {}) {
    const person = await invite(options);
    expect((await call(null, 'POST', `/api/v1/account/links/${person.token}`, { password })).statusCode).toBe(200);
    return { ...person, client: await t.signIn(person.email, password) };
  }

  it('invites a person: inactive account, one-time link by e-mail, password set, then sign-in', async () => {
    const person = await invite();
    const listed = (await call(admin, 'GET', '/api/v1/users')).json().items.find((user: { id: string }) => user.id === person.id);
    expect(listed).toMatchObject({ status: 'invited', isActive: false, roles: ['navigator'], organisation: { name: 'Welcome Center Rhein-Neckar' }, lastSignInAt: null });
    // Only the hash of the link is stored; the e-mail waits in the outbox.
    const links = await sqlRows<{ token_hash: string; purpose: string; expires_at: Date | string }>(t.database, sql`SELECT token_hash, purpose, expires_at FROM account_links WHERE user_id = ${person.id}`);
    expect(links).toEqual([{ token_hash: sha256Hex(person.token), purpose: 'invitation', expires_at: expect.anything() }]);
    expect(new Date(links[0]!.expires_at).toISOString()).toBe('2026-12-14T08:00:00.000Z');
    const [mail] = await sqlRows<{ subject: string; body: string; status: string }>(t.database, sql`SELECT subject, body, status FROM email_outbox WHERE to_address = ${person.email}`);
    expect(mail).toMatchObject({ subject: 'Lotse: Einladung zu Ihrem Zugang', status: 'pending' });
    expect(mail?.body).toContain('14. Dezember 2026');

    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: person.email, password } })).statusCode).toBe(401);
    const info = await call(null, 'GET', `/api/v1/account/links/${person.token}`);
    expect(info.json()).toEqual({ purpose: 'invitation', expiresAt: '2026-12-14T08:00:00.000Z' });
    const set = await call(null, 'POST', `/api/v1/account/links/${person.token}`, { password });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ email: person.email, purpose: 'invitation' });
    const client = await t.signIn(person.email, password);
    expect((await call(client, 'GET', '/api/v1/auth/me')).json()).toMatchObject({ user: { email: person.email, roles: ['navigator'] } });

    const used = await call(null, 'POST', `/api/v1/account/links/${person.token}`, { password: 'Noch-ein-Passwort-2026' });
    expect(used.statusCode).toBe(410);
    expect(used.json().error.code).toBe('LINK_USED');
    expect((await call(null, 'GET', `/api/v1/account/links/${person.token}`)).json().error.code).toBe('LINK_USED');
    const after = (await call(admin, 'GET', '/api/v1/users')).json().items.find((user: { id: string }) => user.id === person.id);
    expect(after).toMatchObject({ status: 'active', isActive: true, lastSignInAt: '2026-12-07T08:00:00.000Z' });
    expect(await auditActions(person.id)).toEqual(expect.arrayContaining(['user.invited', 'user.password_set', 'auth.sign_in']));
  });

  it('refuses an expired link (invitation after 7 days, reset after 1 day) and a link replaced by a newer one', async () => {
    const person = await invite();
    clock.advance(7 * 86_400_000 + 60_000);
    const expired = await call(null, 'POST', `/api/v1/account/links/${person.token}`, { password });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().error.code).toBe('LINK_EXPIRED');
    expect((await call(null, 'GET', `/api/v1/account/links/${person.token}`)).statusCode).toBe(410);
    expect((await call(null, 'GET', `/api/v1/account/links/${'x'.repeat(43)}`)).statusCode).toBe(404);

    admin = await t.signIn('admin@demo.example');
    // For a pending invitation the "reset" sends a fresh invitation link; the old one stays dead.
    const resent = await call(admin, 'POST', `/api/v1/users/${person.id}/password-reset`);
    expect(resent.statusCode).toBe(202);
    expect(resent.json().purpose).toBe('invitation');
    const fresh = await linkTokenFromOutbox(t.database, person.email);
    expect(fresh).not.toBe(person.token);
    expect((await call(null, 'POST', `/api/v1/account/links/${fresh}`, { password })).statusCode).toBe(200);

    // The test clock stands still: a minute between e-mails, so the newest is the one just sent.
    clock.advance(60_000);
    const reset = await call(admin, 'POST', `/api/v1/users/${person.id}/password-reset`);
    expect(reset.json().purpose).toBe('password_reset');
    const first = await linkTokenFromOutbox(t.database, person.email);
    clock.advance(60_000);
    await call(admin, 'POST', `/api/v1/users/${person.id}/password-reset`);
    const second = await linkTokenFromOutbox(t.database, person.email);
    expect((await call(null, 'GET', `/api/v1/account/links/${first}`)).json().error.code).toBe('LINK_EXPIRED');
    clock.advance(86_400_000 + 60_000);
    expect((await call(null, 'POST', `/api/v1/account/links/${second}`, { password: 'Neues-Passwort-2026' })).json().error.code).toBe('LINK_EXPIRED');
    admin = await t.signIn('admin@demo.example');
    expect(await auditActions(person.id)).toEqual(expect.arrayContaining(['user.invitation_resent', 'user.password_reset_requested']));
  });

  it('a reset link sets a new password and ends the open sessions', async () => {
    const person = await activePerson();
    // The test clock stands still: a second later, so the newest e-mail is the reset.
    clock.advance(1000);
    await call(admin, 'POST', `/api/v1/users/${person.id}/password-reset`);
    const [mail] = await sqlRows<{ subject: string }>(t.database, sql`SELECT subject FROM email_outbox WHERE to_address = ${person.email} ORDER BY created_at DESC LIMIT 1`);
    expect(mail?.subject).toBe('Lotse: Passwort neu festlegen');
    const token = await linkTokenFromOutbox(t.database, person.email);
    expect((await call(null, 'GET', `/api/v1/account/links/${token}`)).json().purpose).toBe('password_reset');
    expect((await call(null, 'POST', `/api/v1/account/links/${token}`, { password: 'Ganz-neues-Passwort-1' })).statusCode).toBe(200);
    expect((await call(person.client, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: person.email, password } })).statusCode).toBe(401);
    await t.signIn(person.email, 'Ganz-neues-Passwort-1');
  });

  it('deactivation ends the session at once (next request 401), revokes tokens and refuses sign-in; reactivation restores it', async () => {
    const person = await activePerson();
    const created = await call(person.client, 'POST', '/api/v1/auth/tokens', { name: 'Skript' });
    const bearer = { authorization: `Bearer ${(created.json() as { token: string }).token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(200);

    const deactivated = await call(admin, 'POST', `/api/v1/users/${person.id}/deactivate`);
    expect(deactivated.statusCode).toBe(200);
    expect(deactivated.json().user).toMatchObject({ isActive: false, status: 'inactive' });
    expect((await call(person.client, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(401);
    const tokens = await sqlRows<{ revoked_at: unknown }>(t.database, sql`SELECT revoked_at FROM access_tokens WHERE user_id = ${person.id}`);
    expect(tokens.every((row) => row.revoked_at !== null)).toBe(true);
    const sessions = await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM sessions WHERE user_id = ${person.id}`);
    expect(sessions[0]?.n).toBe(0);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: person.email, password } })).statusCode).toBe(401);
    // A deactivated account gets no reset link.
    expect((await call(admin, 'POST', `/api/v1/users/${person.id}/password-reset`)).statusCode).toBe(409);

    expect((await call(admin, 'POST', `/api/v1/users/${person.id}/reactivate`)).json().user.status).toBe('active');
    await t.signIn(person.email, password);
    const [entry] = await sqlRows<{ details: { sessionsEnded: number; tokensRevoked: number } }>(
      t.database,
      sql`SELECT details FROM audit_log WHERE action = 'user.deactivated' AND subject_id = ${person.id}`,
    );
    expect(entry?.details).toMatchObject({ sessionsEnded: 1, tokensRevoked: 1 });
    expect(await auditActions(person.id)).toEqual(expect.arrayContaining(['user.deactivated', 'user.reactivated']));
  });

  it('force sign-out ends every session; the person can sign in again', async () => {
    const person = await activePerson();
    const second = await t.signIn(person.email, password);
    const response = await call(admin, 'POST', `/api/v1/users/${person.id}/sign-out`);
    expect(response.json()).toEqual({ sessionsEnded: 2 });
    expect((await call(person.client, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    expect((await call(second, 'GET', '/api/v1/auth/me')).statusCode).toBe(401);
    await t.signIn(person.email, password);
    expect(await auditActions(person.id)).toContain('user.signed_out');
  });

  it('changes roles and organisation, effective in the open session at once', async () => {
    const person = await activePerson();
    const changed = await call(admin, 'PATCH', `/api/v1/users/${person.id}`, { roles: ['caseworker'], organisationId: mannheim });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user).toMatchObject({ roles: ['caseworker'], organisationId: mannheim, organisation: { name: 'Ausländerbehörde Stadt Mannheim' } });
    expect((await call(person.client, 'GET', '/api/v1/auth/me')).json().user.roles).toEqual(['caseworker']);
    expect(await auditActions(person.id)).toEqual(expect.arrayContaining(['user.roles_changed', 'user.organisation_changed']));
  });

  it('limits an organisation admin to their own people and to the roles they may grant', async () => {
    const orgAdmin = await t.signIn('orgadmin@demo.example');
    const listed = (await call(orgAdmin, 'GET', '/api/v1/users')).json().items as { email: string; organisationId: string; isManageable: boolean }[];
    expect(listed.length).toBeGreaterThan(2);
    expect(listed.every((user) => user.organisationId === welcomeCenter)).toBe(true);
    expect(listed.map((user) => user.email)).toContain('navigator@demo.example');

    const own = await invite({ by: orgAdmin, roles: ['navigator', 'editor'] });
    expect(await auditActions(own.id)).toContain('user.invited');
    const elsewhere = await call(orgAdmin, 'POST', '/api/v1/users/invitations', { email: 'fremd@demo.example', name: 'Fremd', roles: ['caseworker'], organisationId: mannheim });
    expect(elsewhere.statusCode).toBe(403);
    expect(Object.keys(elsewhere.json().error.fields)).toEqual(['organisationId']);
    for (const role of ['admin', 'steering']) {
      const granting = await call(orgAdmin, 'POST', '/api/v1/users/invitations', { email: `hoch.${role}@demo.example`, name: 'Hoch', roles: [role], organisationId: welcomeCenter });
      expect(granting.statusCode).toBe(403);
      expect(granting.json().error.fields).toHaveProperty('roles');
    }
    expect((await call(orgAdmin, 'PATCH', `/api/v1/users/${own.id}`, { roles: ['admin'] })).statusCode).toBe(403);
    expect((await call(orgAdmin, 'PATCH', `/api/v1/users/${own.id}`, { organisationId: mannheim })).statusCode).toBe(403);
    expect((await call(orgAdmin, 'PATCH', `/api/v1/users/${own.id}`, { roles: ['org_admin'] })).statusCode).toBe(200);
    // Someone of another organisation: not found, its existence is not revealed.
    const caseworker = listedIdOf(await call(admin, 'GET', '/api/v1/users'), 'caseworker@demo.example');
    expect((await call(orgAdmin, 'POST', `/api/v1/users/${caseworker}/deactivate`)).statusCode).toBe(404);
    // A person of their organisation with a network-wide role: only an admin changes them.
    const steering = await invite({ roles: ['steering'] });
    expect((await call(orgAdmin, 'POST', `/api/v1/users/${steering.id}/deactivate`)).statusCode).toBe(403);
    expect((await call(orgAdmin, 'GET', '/api/v1/users')).json().items.find((user: { id: string }) => user.id === steering.id)).toMatchObject({ isManageable: false, lastSignInAt: null });
    expect((await call(orgAdmin, 'POST', `/api/v1/users/${own.id}/deactivate`)).statusCode).toBe(200);
  });

  it('answers bad input with 400 naming the field', async () => {
    const cases: [object, string][] = [
      [{ email: 'kein-at', name: 'X', roles: ['navigator'], organisationId: welcomeCenter }, 'email'],
      [{ email: 'a@demo.example', name: 'X\u0007', roles: ['navigator'], organisationId: welcomeCenter }, 'name'],
      [{ email: 'a@demo.example', name: 'X', roles: ['king'], organisationId: welcomeCenter }, 'roles.0'],
      [{ email: 'a@demo.example', name: 'X', roles: [], organisationId: welcomeCenter }, 'roles'],
      [{ email: 'a@demo.example', name: 'X', roles: ['navigator'], organisationId: 'Mannheim' }, 'organisationId'],
      [{ email: 'a@demo.example', name: 'X', roles: ['navigator'], organisationId: '00000000-0000-4000-8000-000000000000' }, 'organisationId'],
      [{ email: 'a@demo.example', name: 'X', roles: ['navigator'], organisationId: null }, 'organisationId'],
      [{ email: 'a@demo.example', name: 'x'.repeat(201), roles: ['navigator'], organisationId: welcomeCenter }, 'name'],
      [{ email: 'a@demo.example', name: 'X', roles: ['navigator'], organisationId: welcomeCenter, isAdmin: true }, 'isAdmin'],
    ];
    for (const [payload, field] of cases) {
      const response = await call(admin, 'POST', '/api/v1/users/invitations', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.fields, JSON.stringify(payload)).toHaveProperty([field]);
    }
    const taken = await call(admin, 'POST', '/api/v1/users/invitations', { email: 'Navigator@demo.example', name: 'X', roles: ['navigator'], organisationId: welcomeCenter });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toHaveProperty('email');
    const person = await invite();
    expect((await call(admin, 'PATCH', `/api/v1/users/${person.id}`, {})).json().error.fields).toHaveProperty('roles');
    expect((await call(admin, 'PATCH', '/api/v1/users/nicht-eine-id', { roles: ['navigator'] })).json().error.fields).toHaveProperty(['params.id']);
    const short = await call(null, 'POST', `/api/v1/account/links/${person.token}`, { password: 'kurz' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toHaveProperty('password');
    const same = await call(null, 'POST', `/api/v1/account/links/${person.token}`, { password: person.email });
    expect(same.json().error.fields).toHaveProperty('password');
    expect((await call(null, 'GET', '/api/v1/account/links/kaputt!')).json().error.fields).toHaveProperty(['params.token']);
    // The refused attempts did not use the link up.
    expect((await call(null, 'GET', `/api/v1/account/links/${person.token}`)).statusCode).toBe(200);
  });

  it('refuses to let anyone deactivate themselves or remove the last admin', async () => {
    const self = await call(admin, 'POST', `/api/v1/users/${admin.userId}/deactivate`);
    expect(self.statusCode).toBe(409);
    expect((await call(admin, 'PATCH', `/api/v1/users/${admin.userId}`, { roles: ['steering'] })).statusCode).toBe(409);
    const second = await activePerson({ roles: ['admin'] });
    // Two admins deactivating each other at the same moment: one wins, the other is refused.
    const [first, other] = await Promise.all([
      call(admin, 'POST', `/api/v1/users/${second.id}/deactivate`),
      call(second.client, 'POST', `/api/v1/users/${admin.userId}/deactivate`),
    ]);
    const statuses = [first.statusCode, other.statusCode].sort();
    expect(statuses[0]).toBe(200);
    expect([401, 409]).toContain(statuses[1]);
    const activeAdmins = await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM users WHERE is_active AND 'admin' = ANY(roles)`);
    expect(activeAdmins[0]?.n).toBe(1);
  });
});

function listedIdOf(response: { json(): unknown }, email: string): string {
  const found = (response.json() as { items: { id: string; email: string }[] }).items.find((user) => user.email === email);
  if (!found) throw new Error(`${email} not listed`);
  return found.id;
}
