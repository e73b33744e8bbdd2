import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consent } from '../../src/contract/consents';
import type { AccessLog, ConsentPreview, MyConsents, RecipientProposal } from '../../src/contract/portal-privacy';
import { insertPortalAccount } from '../../src/server/db/repositories/portal-accounts.repository';
import { call, createCase, personInput } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { linkedApplicant } from '../support/portal-applicants';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

describe.each(databaseKinds())('the person’s consents and data in the portal on %s', (kind) => {
  let t: TestApp;
  let applicant: SignedInClient;
  let navigator: SignedInClient;
  let mine: MyConsents;

  const accessLog = async (client: SignedInClient, query = '') => {
    const response = await call(t, client, 'GET', `/api/v1/me/access-log${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as AccessLog;
  };
  const give = async (client: SignedInClient, caseId: string, recipientOrganisationIds: string[], language = 'de') =>
    call(t, client, 'POST', `/api/v1/cases/${caseId}/consents`, { recipientOrganisationIds, purposes: ['recognition_counselling'], dataCategories: ['identity', 'qualification'], textVersion: mine.textVersion, language });

  beforeAll(async () => {
    t = await createTestApp(kind);
    navigator = await t.signIn('navigator@demo.example');
    // The test database holds no cases: the demo applicant is linked to a new one, as the demo seed does.
    const own = await createCase(t, navigator, { person: personInput({ contact: { email: 'applicant@demo.example' } }) });
    const applicantId = (await t.signIn('applicant@demo.example')).userId;
    await insertPortalAccount(t.database.db, { userId: applicantId, caseId: own.id, personId: own.person.id, createdAt: new Date() });
    applicant = await t.signIn('applicant@demo.example');
    const response = await call(t, applicant, 'GET', '/api/v1/me/consents');
    expect(response.statusCode, response.body).toBe(200);
    mine = response.json() as MyConsents;
  });
  afterAll(() => t.close());

  it('proposes recipients by name, shows the wording in the person’s language, then gives and withdraws a consent', async () => {
    const proposals = (await call(t, applicant, 'GET', '/api/v1/me/consent-recipients')).json().items as RecipientProposal[];
    expect(proposals.some((item) => item.involved)).toBe(true);
    expect(proposals.some((item) => !item.involved && item.purposes.includes('recognition_counselling'))).toBe(true);
    const chosen = proposals.slice(0, 2);
    const preview = await call(t, applicant, 'POST', '/api/v1/me/consent-preview', { recipientOrganisationIds: chosen.map((item) => item.id), purposes: ['recognition_counselling'], dataCategories: ['identity', 'qualification'], language: 'en' });
    expect(preview.statusCode, preview.body).toBe(200);
    const text = preview.json() as ConsentPreview;
    expect(text.language).toBe('en');
    expect(text.paragraphs.flatMap((paragraph) => paragraph.lines)).toEqual(expect.arrayContaining(chosen.map((item) => item.name)));
    // A language without its own wording yet falls back to English.
    expect(['ar', 'en']).toContain(((await call(t, applicant, 'POST', '/api/v1/me/consent-preview', { recipientOrganisationIds: [chosen[0]?.id], purposes: ['job_matching'], dataCategories: ['contact'], language: 'ar' })).json() as ConsentPreview).language);

    const given = await give(applicant, mine.caseId, chosen.map((item) => item.id), text.language);
    expect(given.statusCode, given.body).toBe(201);
    const consent = given.json() as Consent;
    expect(consent).toMatchObject({ method: 'portal', personId: mine.personId, state: 'valid', language: 'en' });
    const listed = (await call(t, applicant, 'GET', '/api/v1/me/consents')).json() as MyConsents;
    expect(listed.items.map((item) => item.id)).toContain(consent.id);
    const pdf = await call(t, applicant, 'GET', `/api/v1/consents/${consent.id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');

    const withdrawn = await call(t, applicant, 'POST', `/api/v1/consents/${consent.id}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ state: 'withdrawn' });
    expect((await call(t, applicant, 'POST', `/api/v1/consents/${consent.id}/withdraw`)).statusCode).toBe(409);
    const audited = await sqlRows<{ action: string; purpose: string | null }>(t.database, sql`SELECT action, purpose FROM audit_log WHERE actor_user_id = ${applicant.userId} ORDER BY id`);
    expect(audited).toEqual(expect.arrayContaining([
      { action: 'portal.consents_read', purpose: 'self_service' },
      { action: 'portal.consent_recipients_read', purpose: 'self_service' },
      { action: 'case.consent_recorded', purpose: 'case_management' },
      { action: 'consent.withdrawn', purpose: 'consent_management' },
    ]));
  });

  it('downloads the person’s own export as JSON and PDF', async () => {
    const json = await call(t, applicant, 'GET', `/api/v1/cases/${mine.caseId}/persons/${mine.personId}/export?format=json`);
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json()).toMatchObject({ person: { givenName: 'Amara', contact: { email: 'applicant@demo.example' } } });
    const pdf = await call(t, applicant, 'GET', `/api/v1/cases/${mine.caseId}/persons/${mine.personId}/export?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('tells who has seen the data: organisations by name, the person as “self”, newest first, paginated, never staff names', async () => {
    expect((await call(t, navigator, 'GET', `/api/v1/cases/${mine.caseId}`)).statusCode).toBe(200);
    const log = await accessLog(applicant, '?pageSize=100');
    expect(log).toMatchObject({ caseId: mine.caseId, personId: mine.personId });
    const [first] = log.items;
    expect(first).toMatchObject({ who: { kind: 'self' }, purpose: 'self_service', access: 'read', subject: 'accessLog' });
    const navigatorRead = log.items.find((item) => item.who.kind === 'organisation' && item.purpose === 'case_management' && item.access === 'read');
    expect(navigatorRead?.who).toMatchObject({ kind: 'organisation', organisationId: navigator.organisationId });
    expect(log.items.some((item) => item.subject === 'consents' && item.access === 'change')).toBe(true);
    const times = log.items.map((item) => item.at);
    expect([...times].sort().reverse()).toEqual(times);
    const staffNames = await sqlRows<{ name: string }>(t.database, sql`SELECT name FROM users WHERE organisation_id IS NOT NULL`);
    const body = JSON.stringify(log);
    expect(staffNames.filter((user) => body.includes(user.name))).toEqual([]);

    const pageOne = await accessLog(applicant, '?page=1&pageSize=3');
    const pageTwo = await accessLog(applicant, '?page=2&pageSize=3');
    expect(pageOne.items).toHaveLength(3);
    expect(pageTwo.total).toBe(pageOne.total + 1); // the read of page one is itself in the log
    // Newest first: the read of page two added one entry on top, so page two starts one entry earlier.
    expect(pageTwo.items[0]?.id).toBe(pageOne.items[2]?.id);
    expect(Number(pageTwo.items[2]?.id)).toBeLessThan(Number(pageOne.items[2]?.id));
    expect((await call(t, applicant, 'GET', '/api/v1/me/access-log?pageSize=1000')).statusCode).toBe(400);
  });

  it('gives a second applicant only their own case and a family member only their own consents', async () => {
    const other = await createCase(t, navigator, { person: personInput({ givenName: 'Lina' }) });
    const second = await linkedApplicant(t, `second.${kind}@demo.example`, { caseId: other.id, personId: other.person.id });
    const log = await accessLog(second, '?pageSize=100');
    expect(log.caseId).toBe(other.id);
    const demoCaseEntries = await sqlRows<{ id: string }>(t.database, sql`SELECT id::text FROM audit_log WHERE subject_id = ${mine.caseId} OR details->>'caseId' = ${mine.caseId}`);
    const foreign = new Set(demoCaseEntries.map((row) => row.id));
    expect(log.items.filter((item) => foreign.has(item.id))).toEqual([]);
    expect(log.items.some((item) => item.who.kind === 'self')).toBe(true);
    const mineLog = await accessLog(applicant, '?pageSize=100');
    expect(mineLog.items.filter((item) => log.items.some((entry) => entry.id === item.id))).toEqual([]);
    // Nothing of the demo case for the second applicant.
    expect((await call(t, second, 'GET', `/api/v1/cases/${mine.caseId}/consents`)).statusCode).toBe(404);
    const demoConsent = mine.items[0];
    if (demoConsent) expect((await call(t, second, 'POST', `/api/v1/consents/${demoConsent.id}/withdraw`)).statusCode).toBe(404);
    expect((await call(t, second, 'GET', `/api/v1/cases/${mine.caseId}/persons/${mine.personId}/export`)).statusCode).toBe(404);

    // A family member of age with their own access: their own consents, not the main person's.
    const member = await call(t, navigator, 'POST', `/api/v1/cases/${other.id}/members`, { relation: 'spouse', givenName: 'Omar', familyName: 'Haddad', birthDate: '1990-05-05', citizenship: 'SYR' });
    expect(member.statusCode, member.body).toBe(201);
    const memberId = (member.json() as { id: string }).id;
    const spouse = await linkedApplicant(t, `spouse.${kind}@demo.example`, { caseId: other.id, personId: memberId });
    const recipients = ((await call(t, second, 'GET', '/api/v1/me/consent-recipients')).json().items as RecipientProposal[]).map((item) => item.id).slice(0, 1);
    const mainConsent = (await give(second, other.id, recipients)).json() as Consent;
    const spouseGiven = await give(spouse, other.id, recipients);
    expect(spouseGiven.statusCode, spouseGiven.body).toBe(201);
    expect(spouseGiven.json()).toMatchObject({ personId: memberId, method: 'portal' });
    const spouseMine = (await call(t, spouse, 'GET', '/api/v1/me/consents')).json() as MyConsents;
    expect(spouseMine.items.map((item) => item.personId)).toEqual([memberId]);
    expect((await call(t, spouse, 'POST', `/api/v1/consents/${mainConsent.id}/withdraw`)).statusCode).toBe(404);
    expect((await call(t, spouse, 'POST', `/api/v1/cases/${other.id}/consents`, { personId: other.person.id, recipientOrganisationIds: recipients, purposes: ['job_matching'], dataCategories: ['contact'], textVersion: mine.textVersion })).statusCode).toBe(400);
  });

  it('is for linked applicants only', async () => {
    expect((await call(t, navigator, 'GET', '/api/v1/me/access-log')).statusCode).toBe(403);
    expect((await call(t, null, 'GET', '/api/v1/me/consents')).statusCode).toBe(401);
    const admin = await t.signIn('admin@demo.example');
    const invited = await t.app.inject({ method: 'POST', url: '/api/v1/users/invitations', headers: admin.headers, payload: { email: `unlinked.${kind}@demo.example`, name: 'Unlinked', roles: ['applicant'], organisationId: null, locale: 'de' } });
    expect(invited.statusCode).toBe(201);
  });
});
