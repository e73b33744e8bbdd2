import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieName, csrfCookieName, csrfHeaderName } from '../../src/contract/auth';
import type { Case } from '../../src/contract/cases';
import type { CasePortalAccess, InvitationPreview } from '../../src/contract/portal-entry';
import { call, createCase, personInput } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { invitationTokenFromOutbox } from '../support/portal-entry';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

const password = 'ein langes Passwort 42';

describe.each(databaseKinds())('portal invitations on %s', (kind) => {
  let t: TestApp;
  let navigator: SignedInClient;
  let caseworker: SignedInClient;
  let theCase: Case;
  let otherCase: Case;
  beforeAll(async () => {
    t = await createTestApp(kind);
    navigator = await t.signIn('navigator@demo.example');
    caseworker = await t.signIn('caseworker@demo.example');
    theCase = await createCase(t, navigator, { person: personInput({ contact: { email: 'amara.portal@example.org' } }) });
    otherCase = await createCase(t, navigator);
  });
  afterAll(() => t.close());

  const access = async (caseId = theCase.id) => {
    const response = await call(t, navigator, 'GET', `/api/v1/cases/${caseId}/portal-invitations`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as CasePortalAccess;
  };
  const invite = (body: Record<string, unknown>, caseId = theCase.id, client = navigator) => call(t, client, 'POST', `/api/v1/cases/${caseId}/portal-invitations`, body);
  const redeem = (token: string, body: Record<string, unknown>, client: SignedInClient | null = null) => call(t, client, 'POST', `/api/v1/portal-invitations/${token}`, body);
  const clientFrom = (response: Awaited<ReturnType<typeof call>>): SignedInClient => {
    const cookies = Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
    const cookie = `${sessionCookieName}=${cookies[sessionCookieName] ?? ''}; ${csrfCookieName}=${cookies[csrfCookieName] ?? ''}`;
    return { cookie, csrf: cookies[csrfCookieName] ?? '', userId: '', organisationId: null, headers: { cookie, [csrfHeaderName]: cookies[csrfCookieName] ?? '' } };
  };

  it('lists the persons of the case with the contact e-mail and refuses children and strangers', async () => {
    const child = await call(t, navigator, 'POST', `/api/v1/cases/${theCase.id}/members`, { relation: 'child', givenName: 'Ada', familyName: 'Okonkwo', birthDate: '2019-05-01', citizenship: 'NGA' });
    expect(child.statusCode, child.body).toBe(201);
    const listed = await access();
    const main = listed.persons.find((person) => person.relation === 'main')!;
    expect(main.contactEmail).toBe('amara.portal@example.org');
    expect(main.isAdult).toBe(true);
    const minor = listed.persons.find((person) => person.relation === 'child')!;
    expect(minor.isAdult).toBe(false);
    const refused = await invite({ personId: minor.personId, email: 'ada@example.org', language: 'de' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { fields: { personId: expect.any(String) } } });
    expect((await invite({ personId: main.personId, email: 'x@example.org', language: 'es' })).statusCode).toBe(400);
    // The ABH case worker has no access to the welcome centre's case.
    expect((await invite({ personId: main.personId, email: 'x@example.org', language: 'de' }, theCase.id, caseworker)).statusCode).toBe(404);
    expect((await call(t, caseworker, 'GET', `/api/v1/cases/${theCase.id}/portal-invitations`)).statusCode).toBe(404);
  });

  it('a revoked invitation stops working; an expired one too', async () => {
    const main = (await access()).persons.find((person) => person.relation === 'main')!;
    const created = await invite({ personId: main.personId, email: 'revoke.me@example.org', language: 'tr' });
    expect(created.statusCode, created.body).toBe(201);
    const token = await invitationTokenFromOutbox(t.database, 'revoke.me@example.org');
    const pending = (created.json() as CasePortalAccess).persons.find((person) => person.personId === main.personId)!.invitations[0]!;
    expect(pending.status).toBe('pending');
    const revoked = await call(t, navigator, 'POST', `/api/v1/cases/${theCase.id}/portal-invitations/${pending.id}/revoke`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((revoked.json() as CasePortalAccess).persons.find((person) => person.personId === main.personId)!.invitations[0]!.status).toBe('revoked');
    const preview = await call(t, null, 'GET', `/api/v1/portal-invitations/${token}`);
    expect(preview.statusCode).toBe(410);
    expect(preview.json()).toMatchObject({ error: { code: 'LINK_EXPIRED', fields: { token: 'revoked' } } });
    expect((await redeem(token, { password })).statusCode).toBe(410);
    expect((await call(t, navigator, 'POST', `/api/v1/cases/${theCase.id}/portal-invitations/${pending.id}/revoke`)).statusCode).toBe(409);

    await invite({ personId: main.personId, email: 'expire.me@example.org', language: 'de' });
    const expiring = await invitationTokenFromOutbox(t.database, 'expire.me@example.org');
    await t.database.db.execute(sql`UPDATE portal_invitations SET expires_at = now() - interval '1 minute' WHERE email = 'expire.me@example.org'`);
    expect((await call(t, null, 'GET', `/api/v1/portal-invitations/${expiring}`)).json()).toMatchObject({ error: { fields: { token: 'expired' } } });
    expect((await redeem(expiring, { password })).statusCode).toBe(410);
    expect((await call(t, null, 'GET', '/api/v1/portal-invitations/unknown-token-unknown-token')).statusCode).toBe(404);
  });

  it('redeeming creates an applicant account linked to exactly that person, once, with access to that case only', async () => {
    const main = (await access()).persons.find((person) => person.relation === 'main')!;
    expect((await invite({ personId: main.personId, email: 'amara.portal@example.org', language: 'ar' })).statusCode).toBe(201);
    const [mail] = await sqlRows<{ subject: string; body: string }>(t.database, sql`SELECT subject, body FROM email_outbox WHERE to_address = 'amara.portal@example.org' ORDER BY created_at DESC LIMIT 1`);
    expect(mail?.subject).toContain('Lotse');
    expect(mail?.body).toContain('Welcome Center Rhein-Neckar');
    for (const personal of ['Amara', 'Okonkwo', 'NGA', theCase.reference]) expect(mail?.body).not.toContain(personal);
    const token = await invitationTokenFromOutbox(t.database, 'amara.portal@example.org');
    const preview = (await call(t, null, 'GET', `/api/v1/portal-invitations/${token}`)).json() as InvitationPreview;
    expect(preview).toMatchObject({ givenName: 'Amara', organisationName: 'Welcome Center Rhein-Neckar', language: 'ar', accountExists: false, signedIn: 'none' });

    expect((await redeem(token, {})).json()).toMatchObject({ error: { fields: { password: expect.any(String) } } });
    expect((await redeem(token, { password: 'short' })).statusCode).toBe(400);
    const redeemed = await redeem(token, { password });
    expect(redeemed.statusCode, redeemed.body).toBe(200);
    expect(redeemed.json()).toEqual({ caseId: theCase.id, accountCreated: true });
    const person = clientFrom(redeemed);
    const me = (await call(t, person, 'GET', '/api/v1/auth/me')).json() as { user: { roles: string[]; email: string } };
    expect(me.user).toMatchObject({ roles: ['applicant'], email: 'amara.portal@example.org' });
    const [link] = await sqlRows<{ case_id: string; person_id: string }>(t.database, sql`SELECT case_id, person_id FROM portal_accounts pa JOIN users u ON u.id = pa.user_id WHERE u.email = 'amara.portal@example.org'`);
    expect(link).toEqual({ case_id: theCase.id, person_id: main.personId });

    expect((await call(t, person, 'GET', `/api/v1/cases/${theCase.id}/consents`)).statusCode).toBe(200);
    expect((await call(t, person, 'GET', `/api/v1/cases/${otherCase.id}/consents`)).statusCode).toBe(404);
    // One-time: a second redemption fails, signed in or not.
    expect((await redeem(token, { password })).statusCode).toBe(410);
    expect((await redeem(token, {}, person)).statusCode).toBe(410);
    expect((await access()).persons.find((p) => p.personId === main.personId)!.portalAccessSince).not.toBeNull();
    // Signing in with the password works too.
    await t.signIn('amara.portal@example.org', password);
    // A person with access is not invited again.
    expect((await invite({ personId: main.personId, email: 'amara.portal@example.org', language: 'de' })).statusCode).toBe(409);
  });

  it('never links an existing account by its e-mail: the person signs in first and then redeems', async () => {
    const other = await createCase(t, navigator, { person: personInput({ givenName: 'Bola' }) });
    const main = (await access(other.id)).persons[0]!;
    // applicant@demo.example already has an account (and portal access to the demo case).
    await invite({ personId: main.personId, email: 'partner@demo.example', language: 'en' }, other.id);
    const token = await invitationTokenFromOutbox(t.database, 'partner@demo.example');
    const preview = (await call(t, null, 'GET', `/api/v1/portal-invitations/${token}`)).json() as InvitationPreview;
    expect(preview.accountExists).toBe(true);
    const refused = await redeem(token, { password });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: { fields: { email: expect.any(String) } } });
    // A staff account may not redeem an invitation.
    const partner = await t.signIn('partner@demo.example');
    expect((await redeem(token, {}, partner)).statusCode).toBe(403);
    // An applicant without portal access links their own account (signed in).
    await t.database.db.execute(
      sql`INSERT INTO users (email, name, roles, password_hash) SELECT 'bola@example.org', 'Bola', ARRAY['applicant'], password_hash FROM users WHERE email = 'applicant@demo.example'`,
    );
    const bola = await t.signIn('bola@example.org');
    expect(((await call(t, bola, 'GET', `/api/v1/portal-invitations/${token}`)).json() as InvitationPreview).signedIn).toBe('applicant');
    const linked = await redeem(token, {}, bola);
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toEqual({ caseId: other.id, accountCreated: false });
    expect((await call(t, bola, 'GET', `/api/v1/cases/${other.id}/consents`)).statusCode).toBe(200);
    expect((await call(t, bola, 'GET', `/api/v1/cases/${theCase.id}/consents`)).statusCode).toBe(404);
    const audit = await sqlRows<{ purpose: string }>(t.database, sql`SELECT purpose FROM audit_log WHERE action = 'portal.invitation_redeemed'`);
    expect(audit.map((entry) => entry.purpose)).toEqual(['self_service', 'self_service']);
  });
});
