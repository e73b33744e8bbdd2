import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonExport } from '../../src/contract/data-subject';
import { verifyAuditChain } from '../../src/server/commands/verify-audit-chain';
import { runWorkerRound } from '../../src/server/jobs/referral-worker';
import { call, createCase, personInput } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { manualClock, organisationId, recordConsent, sendReferral } from '../support/referrals';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

describe.each(databaseKinds())('data-subject rights on %s', (kind) => {
  const clock = manualClock('2026-04-02T10:00:00+02:00');
  let t: TestApp;
  let navigator: SignedInClient;
  let partner: SignedInClient;
  let caseId: string;
  let personId: string;
  let referralId: string;

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    navigator = await t.signIn('navigator@demo.example');
    partner = await t.signIn('partner@demo.example');
    const created = await createCase(t, navigator, { person: personInput({ givenName: 'Selin', familyName: 'Yıldız', contact: { email: 'selin@example.org' } }) });
    caseId = created.id;
    personId = created.person.id;
    await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/notes`, { text: 'Selin bringt die Zeugnisse am Montag.' });
    const iq = await organisationId(t, 'iq-rhein-neckar');
    const consent = await recordConsent(t, navigator, caseId, { recipientOrganisationIds: [iq], dataCategories: ['identity', 'contact'] });
    referralId = (await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id })).json().id;
    expect((await call(t, partner, 'GET', `/api/v1/referrals/${referralId}/case`)).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('exports all data of the person and its audit trail as JSON and PDF (Art. 15)', async () => {
    const response = await call(t, navigator, 'GET', `/api/v1/cases/${caseId}/persons/${personId}/export?format=json`);
    expect(response.statusCode, response.body).toBe(200);
    const data = response.json() as PersonExport;
    expect(data.person).toMatchObject({ givenName: 'Selin', familyName: 'Yıldız', contact: { email: 'selin@example.org' } });
    expect(data.consents).toHaveLength(1);
    expect(data.referrals).toHaveLength(1);
    expect(data.notes.map((note) => note.text)).toEqual(['Selin bringt die Zeugnisse am Montag.']);
    const actions = data.audit.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['case.created', 'case.consent_recorded', 'referral.sent', 'case.read_by_recipient']));
    expect(data.audit.find((entry) => entry.action === 'case.read_by_recipient')).toMatchObject({ purpose: 'recognition_counselling', actor: 'Paul Pirol' });
    const pdf = await call(t, navigator, 'GET', `/api/v1/cases/${caseId}/persons/${personId}/export?format=pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await call(t, partner, 'GET', `/api/v1/cases/${caseId}/persons/${personId}/export`)).statusCode).toBe(404);
  });

  it('refuses erasure while a legal hold is set, erases after its release, and the audit chain still verifies', async () => {
    const hold = await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/legal-hold`, { reason: 'Klageverfahren' });
    expect(hold.statusCode, hold.body).toBe(201);
    const refused = await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/persons/${personId}/erase`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/legal hold/);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/cases/${caseId}/legal-hold`, headers: navigator.headers })).statusCode).toBe(204);
    const erased = await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/persons/${personId}/erase`);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({ personId, cause: 'request' });
    const [person] = await sqlRows<{ given_name: string; contact: object; birth_date: string }>(t.database, sql`SELECT given_name, contact, birth_date::text FROM case_persons WHERE id = ${personId}`);
    expect(person).toEqual({ given_name: '[anonymisiert]', contact: {}, birth_date: '1900-01-01' });
    const texts = await sqlRows<{ text: string }>(t.database, sql`SELECT text FROM case_notes WHERE case_id = ${caseId}`);
    expect(texts).toEqual([{ text: '[anonymisiert]' }]);
    const [files] = await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM case_documents d JOIN stored_files f ON f.storage_key = d.storage_key WHERE d.case_id = ${caseId}`);
    expect(files?.n).toBe(0);
    // The live referral ended with the erasure; the partner sees nothing any more.
    expect((await call(t, partner, 'GET', `/api/v1/referrals/${referralId}/case`)).statusCode).toBe(403);
    // Audit rows are never rewritten: they hold ids only, and the chain is intact.
    const leaks = await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM audit_log WHERE details::text LIKE '%Selin%' OR details::text LIKE '%Yıldız%'`);
    expect(leaks[0]?.n).toBe(0);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
    expect((await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/persons/${personId}/erase`)).statusCode).toBe(409);
  });

  it('anonymises closed cases after the retention period, except those under a legal hold', async () => {
    const closedCase = async (familyName: string) => {
      const created = await createCase(t, navigator, { person: personInput({ familyName }) });
      const closed = await call(t, navigator, 'PATCH', `/api/v1/cases/${created.id}`, { version: created.version, stage: 'closed', closeReason: 'withdrawn' });
      expect(closed.statusCode, closed.body).toBe(200);
      return created.id;
    };
    const free = await closedCase('Retention-Frei');
    const held = await closedCase('Retention-Gehalten');
    expect((await call(t, navigator, 'POST', `/api/v1/cases/${held}/legal-hold`, { reason: 'Prüfung' })).statusCode).toBe(201);
    const days = t.config.retention.closedCaseDays;
    clock.advance((days - 1) * 86_400_000);
    expect((await runWorkerRound({ db: t.database.db, clock, config: t.config }, 'w', null)).anonymisedPersons).toBe(0);
    clock.advance(2 * 86_400_000);
    expect((await runWorkerRound({ db: t.database.db, clock, config: t.config }, 'w', null)).anonymisedPersons).toBe(1);
    const rows = await sqlRows<{ case_id: string; family_name: string }>(t.database, sql`SELECT case_id, family_name FROM case_persons WHERE case_id IN (${free}, ${held}) ORDER BY family_name`);
    expect(Object.fromEntries(rows.map((row) => [row.case_id, row.family_name]))).toEqual({ [free]: '[anonymisiert]', [held]: 'Retention-Gehalten' });
    const [erasure] = await sqlRows<{ cause: string }>(t.database, sql`SELECT cause FROM person_erasures WHERE case_id = ${free}`);
    expect(erasure?.cause).toBe('retention');
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });
});
