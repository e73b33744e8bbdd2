import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactRequestCreated, ContactRequestDetail, ContactRequestList } from '../../src/contract/portal-entry';
import { hashPassword } from '../../src/server/security/passwords';
import { call } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { contactProfile, contactRequestInput } from '../support/portal-entry';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

type Mail = { subject: string; body: string; to_address: string };

describe.each(databaseKinds())('contact requests ("Beratung anfragen") on %s', (kind) => {
  let t: TestApp;
  let navigator: SignedInClient;
  let caseworker: SignedInClient;
  let weinheimNavigator: SignedInClient;
  let weinheimCentreId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    navigator = await t.signIn('navigator@demo.example');
    caseworker = await t.signIn('caseworker@demo.example');
    // A second welcome centre for Weinheim only: more specific than the Rhein-Neckar centre's district.
    const [centre] = await sqlRows<{ id: string }>(
      t.database,
      sql`INSERT INTO organisations (slug, name, kind, land, area_ags) VALUES ('welcome-weinheim', 'Welcome Point Weinheim', 'welcome_center', 'BW', ARRAY['08226096']) RETURNING id`,
    );
    weinheimCentreId = centre!.id;
    await t.database.db.execute(sql`INSERT INTO organisation_services (organisation_id, service_id) VALUES (${weinheimCentreId}, 'welcome_counselling')`);
    await t.database.db.execute(
      sql`INSERT INTO users (email, name, roles, organisation_id, password_hash) VALUES ('navi.weinheim@example.org', 'Wera Weih', ARRAY['navigator'], ${weinheimCentreId}, ${await hashPassword('demo')})`,
    );
    weinheimNavigator = await t.signIn('navi.weinheim@example.org');
  });
  afterAll(() => t.close());

  const submit = (overrides: Record<string, unknown> = {}) => call(t, null, 'POST', '/api/v1/contact-requests', contactRequestInput(overrides));

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ email: 'not-an-address' }, 'email'],
      [{ name: '' }, 'name'],
      [{ language: 'es' }, 'language'],
      [{ placeAgs: '123' }, 'placeAgs'],
      [{ consent: false }, 'consent'],
      [{ consentVersion: 'contact-1999' }, 'consentVersion'],
      [{ profile: { ...contactProfile, citizenship: 'india' } }, 'profile.citizenship'],
    ];
    for (const [overrides, field] of cases) {
      const response = await submit(overrides);
      expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(Object.keys((response.json() as { error: { fields: Record<string, string> } }).error.fields)).toContain(field);
    }
  });

  it('routes a request to the welcome centre responsible for the place and e-mails a confirmation without the answers', async () => {
    const response = await submit({ language: 'ar', email: 'Sara.Haddad@example.org' });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json() as ContactRequestCreated;
    expect(created.recipient.name).toBe('Welcome Center Rhein-Neckar');
    const [row] = await sqlRows<{ organisation_id: string; rule_set_id: string; consent_text_version: string; profile: { citizenship: string } }>(
      t.database,
      sql`SELECT organisation_id, rule_set_id, consent_text_version, profile FROM contact_requests WHERE id = ${created.id}`,
    );
    expect(row?.organisation_id).toBe(created.recipient.id);
    expect(row?.rule_set_id).toBeTruthy();
    expect(row?.profile.citizenship).toBe('IND');
    const [mail] = await sqlRows<Mail>(t.database, sql`SELECT subject, body, to_address FROM email_outbox WHERE to_address = 'sara.haddad@example.org'`);
    expect(mail?.subject).toContain('استشارة');
    expect(mail?.body).toContain('Welcome Center Rhein-Neckar');
    for (const personal of ['IND', '60000', '60 000', 'academic', 'Priya', 'spring']) expect(mail?.body).not.toContain(personal);

    const weinheim = (await submit({ placeAgs: '08226096', name: 'Wen Li' })).json() as ContactRequestCreated;
    expect(weinheim.recipient.id).toBe(weinheimCentreId);
  });

  it('answers 422 for a place outside the network', async () => {
    const berlin = await submit({ placeAgs: '11000000' });
    expect(berlin.statusCode).toBe(422);
    expect((berlin.json() as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty('placeAgs');
    expect((await submit({ placeAgs: '99999999' })).statusCode).toBe(400);
  });

  it('shows each organisation only its own requests, newest first, and audits the reads', async () => {
    const mine = (await call(t, navigator, 'GET', '/api/v1/contact-requests')).json() as ContactRequestList;
    expect(mine.items.length).toBeGreaterThanOrEqual(1);
    expect(mine.openCount).toBe(mine.items.length);
    expect(mine.items.every((item) => item.place.ags !== '08226096')).toBe(true);
    const sorted = [...mine.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    expect(mine.items.map((item) => item.id)).toEqual(sorted.map((item) => item.id));
    expect(mine.items[0]?.ageWorkingDays).toBe(0);
    const theirs = (await call(t, weinheimNavigator, 'GET', '/api/v1/contact-requests')).json() as ContactRequestList;
    expect(theirs.items.map((item) => item.name)).toEqual(['Wen Li']);
    expect((await call(t, weinheimNavigator, 'GET', `/api/v1/contact-requests/${mine.items[0]!.id}`)).statusCode).toBe(404);
    // The ABH's case worker belongs to another organisation: no requests there.
    expect(((await call(t, caseworker, 'GET', '/api/v1/contact-requests')).json() as ContactRequestList).items).toEqual([]);
    const audit = await sqlRows<{ action: string }>(t.database, sql`SELECT action FROM audit_log WHERE action LIKE 'contact_request.%'`);
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['contact_request.created', 'contact_request.list_read']));
  });

  it('accepts a request: the case is owned by the organisation and stores the evaluation', async () => {
    const created = (await submit({ name: 'Ravi Kumar Iyer', email: 'ravi@example.org' })).json() as ContactRequestCreated;
    const detail = (await call(t, navigator, 'GET', `/api/v1/contact-requests/${created.id}`)).json() as ContactRequestDetail;
    expect(detail.prefill).toEqual({ givenName: 'Ravi Kumar', familyName: 'Iyer', birthDate: '1994-03-02', citizenship: 'IND' });
    expect(detail.openPaths.length).toBeGreaterThan(0);
    expect(detail.consentText?.de).toContain('Welcome Center');
    const accepted = await call(t, navigator, 'POST', `/api/v1/contact-requests/${created.id}/accept`, { person: { ...detail.prefill, familyName: 'Iyer-Kumar' } });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const { caseId } = accepted.json() as { caseId: string };
    const [theCase] = await sqlRows<{ owner_organisation_id: string; evaluation_rule_set_id: string | null; has_evaluation: boolean }>(
      t.database,
      sql`SELECT owner_organisation_id, evaluation_rule_set_id, evaluation IS NOT NULL AS has_evaluation FROM cases WHERE id = ${caseId}`,
    );
    expect(theCase?.owner_organisation_id).toBe(navigator.organisationId);
    expect(theCase?.has_evaluation).toBe(true);
    expect(theCase?.evaluation_rule_set_id).toBe(detail.ruleSetId);
    const caseResponse = await call(t, navigator, 'GET', `/api/v1/cases/${caseId}`);
    expect(caseResponse.statusCode).toBe(200);
    expect(caseResponse.body).toContain('Iyer-Kumar');
    const again = await call(t, navigator, 'GET', `/api/v1/contact-requests/${created.id}`);
    expect((again.json() as ContactRequestDetail).caseId).toBe(caseId);
    expect((await call(t, navigator, 'POST', `/api/v1/contact-requests/${created.id}/accept`, { person: detail.prefill })).statusCode).toBe(409);
    expect((await call(t, weinheimNavigator, 'POST', `/api/v1/contact-requests/${created.id}/decline`, { reason: 'x' })).statusCode).toBe(404);
  });

  it('declines a request with a reason', async () => {
    const created = (await submit({ name: 'Decline Me' })).json() as ContactRequestCreated;
    expect((await call(t, navigator, 'POST', `/api/v1/contact-requests/${created.id}/decline`, { reason: '' })).statusCode).toBe(400);
    expect((await call(t, navigator, 'POST', `/api/v1/contact-requests/${created.id}/decline`, { reason: 'Nicht in unserer Region' })).statusCode).toBe(204);
    const declined = (await call(t, navigator, 'GET', '/api/v1/contact-requests?status=declined')).json() as ContactRequestList;
    expect(declined.items.map((item) => item.id)).toContain(created.id);
    const open = (await call(t, navigator, 'GET', '/api/v1/contact-requests')).json() as ContactRequestList;
    expect(open.items.map((item) => item.id)).not.toContain(created.id);
  });
});
