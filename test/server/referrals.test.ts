import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consent } from '../../src/contract/consents';
import type { Referral, ReferralListResponse, ReferredCase } from '../../src/contract/referrals';
import { call, createCase } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { asReferral, manualClock, organisationId, recordConsent, sendReferral, uploadSignedForm } from '../support/referrals';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

describe.each(databaseKinds())('consents and referrals on %s', (kind) => {
  // LOTSE_CLOCK-style fixed start: Thursday before Easter 2026, 10:00 in Germany.
  const clock = manualClock('2026-04-02T10:00:00+02:00');
  let t: TestApp;
  let navigator: SignedInClient;
  let partner: SignedInClient;
  let caseworker: SignedInClient;
  let iq: string;
  let abhMannheim: string;
  let caseId: string;
  let consent: Consent;

  const signInAll = async () => {
    navigator = await t.signIn('navigator@demo.example');
    partner = await t.signIn('partner@demo.example');
    caseworker = await t.signIn('caseworker@demo.example');
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    await signInAll();
    iq = await organisationId(t, 'iq-rhein-neckar');
    abhMannheim = await organisationId(t, 'abh-mannheim');
    caseId = (await createCase(t, navigator)).id;
    consent = await recordConsent(t, navigator, caseId, { recipientOrganisationIds: [iq] });
  });
  afterAll(() => t.close());

  it('records a consent with its wording, legal basis and signed form, lists it and prints it', async () => {
    expect(consent).toMatchObject({
      purposes: ['recognition_counselling'],
      recipients: [{ id: iq, kind: 'iq' }],
      dataCategories: ['identity', 'qualification'],
      legalBasis: 'GDPR Art. 6(1)(a)',
      textVersion: 'consent-text-2026-01',
      method: 'staff_recorded',
      state: 'valid',
      validUntil: null,
      withdrawnAt: null,
    });
    expect(consent.text.paragraphs.flatMap((p) => p.lines)).toContain('Beratung zur Anerkennung ausländischer Berufsqualifikationen');
    const list = await call(t, navigator, 'GET', `/api/v1/cases/${caseId}/consents`);
    expect(list.json().items.map((item: Consent) => item.id)).toEqual([consent.id]);
    const pdf = await call(t, navigator, 'GET', `/api/v1/consents/${consent.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Neither the partner nor another authority's case worker learn that the case exists.
    expect((await call(t, partner, 'GET', `/api/v1/cases/${caseId}/consents`)).statusCode).toBe(404);
    expect((await call(t, await t.signIn('caseworker.lu@demo.example'), 'GET', `/api/v1/consents/${consent.id}/pdf`)).statusCode).toBe(404);
  });

  it('refuses a consent without the signed form, with an unknown wording or an end in the past, naming the field', async () => {
    const base = { recipientOrganisationIds: [iq], purposes: ['recognition_counselling'], dataCategories: ['identity'], textVersion: 'consent-text-2026-01' };
    const noForm = await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/consents`, base);
    expect(noForm.statusCode).toBe(400);
    expect(noForm.json().error.fields).toHaveProperty('formDocumentId');
    const form = await uploadSignedForm(t, navigator, caseId);
    const badText = await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/consents`, { ...base, formDocumentId: form, textVersion: 'made-up' });
    expect(badText.json().error.fields).toHaveProperty('textVersion');
    const past = await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/consents`, { ...base, formDocumentId: form, validUntil: '2026-04-01' });
    expect(past.json().error.fields).toHaveProperty('validUntil');
    const badPurpose = await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/consents`, { ...base, formDocumentId: form, purposes: ['marketing'] });
    expect(badPurpose.statusCode).toBe(400);
    expect(Object.keys(badPurpose.json().error.fields).join()).toContain('purposes');
  });

  it('refuses a referral no consent covers with 409 and an explanation', async () => {
    const otherRecipient = await sendReferral(t, navigator, caseId, { toOrganisationId: abhMannheim, consentId: consent.id, purpose: 'recognition_counselling' });
    expect(otherRecipient.statusCode).toBe(409);
    expect(otherRecipient.json().error.message).toMatch(/does not name the receiving organisation/);
    const otherPurpose = await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id, purpose: 'job_matching' });
    expect(otherPurpose.statusCode).toBe(409);
    expect(otherPurpose.json().error.fields).toEqual({ consentId: 'purpose_not_covered' });
  });

  let referral: Referral;
  it('is due at the end of Wednesday 8 April 2026 when sent on the Thursday before Easter (recipient in Baden-Württemberg)', async () => {
    const response = await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id });
    expect(response.statusCode, response.body).toBe(201);
    referral = asReferral(response);
    expect(referral).toMatchObject({ status: 'open', dueDate: '2026-04-08', dueAt: '2026-04-08T22:00:00.000Z', remindAt: '2026-04-08T06:00:00.000Z', isOverdue: false, side: 'sender' });
    expect(referral.allowedActions).toEqual(['revoke']);
  });

  it('treats the same Idempotency-Key of the same sender as one submission; another body with it is refused', async () => {
    const key = { 'idempotency-key': `k-${kind}-1` };
    const first = await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id, message: 'Einmal' }, key);
    const second = await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id, message: 'Einmal' }, key);
    expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(asReferral(second).id).toBe(asReferral(first).id);
    const changed = await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id, message: 'Anders' }, key);
    expect(changed.statusCode).toBe(422);
    expect(changed.json().error.fields).toHaveProperty('idempotency-key');
    // Sent at the same moment: still one referral.
    const raceKey = { 'idempotency-key': `k-${kind}-race` };
    const racing = await Promise.all([1, 2, 3].map(() => sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id, message: 'Gleichzeitig' }, raceKey)));
    expect(racing.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(racing.map((r) => asReferral(r).id)).size).toBe(1);
    const [count] = await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM referrals WHERE idempotency_key IN (${key['idempotency-key']}, ${raceKey['idempotency-key']})`);
    expect(count?.n).toBe(2);
    // Revoke the extra ones so the boards below hold one live referral.
    for (const id of [asReferral(first).id, asReferral(racing[0]!).id]) {
      expect((await call(t, navigator, 'POST', `/api/v1/referrals/${id}/revoke`, { reason: 'Doppelt' })).statusCode).toBe(200);
    }
  });

  it('shows the referral to the partner as incoming, in the inbox as new, and the consented categories only', async () => {
    const board = (await call(t, partner, 'GET', '/api/v1/referrals?direction=incoming')).json() as ReferralListResponse;
    expect(board.items.map((item) => [item.id, item.dueDate, item.side])).toEqual([[referral.id, '2026-04-08', 'recipient']]);
    const inbox = (await call(t, partner, 'GET', '/api/v1/inbox')).json();
    expect(inbox.referrals.new.map((item: Referral) => item.id)).toEqual([referral.id]);
    const view = await call(t, partner, 'GET', `/api/v1/referrals/${referral.id}/case`);
    expect(view.statusCode, view.body).toBe(200);
    const referred = view.json() as ReferredCase;
    expect(referred.categories).toEqual(['identity', 'qualification']);
    expect(referred.identity?.givenName).toBe('Amara');
    expect(referred).toHaveProperty('qualification');
    for (const hidden of ['contact', 'employment', 'family', 'documents']) expect(referred).not.toHaveProperty(hidden);
    // The read is in the case's audit trail under the referral's purpose.
    const audit = (await call(t, navigator, 'GET', `/api/v1/cases/${caseId}/audit?pageSize=100`)).json();
    expect(audit.items.find((entry: { action: string }) => entry.action === 'case.read_by_recipient')).toMatchObject({ purpose: 'recognition_counselling', details: { categories: ['identity', 'qualification'] } });
    // The sender side and outsiders get no recipient view.
    expect((await call(t, navigator, 'GET', `/api/v1/referrals/${referral.id}/case`)).statusCode).toBe(404);
    expect((await call(t, caseworker, 'GET', `/api/v1/referrals/${referral.id}`)).statusCode).toBe(404);
  });

  it('pauses the clock while the partner waits for the sender and moves the due instant by the paused working time', async () => {
    expect((await call(t, navigator, 'POST', `/api/v1/referrals/${referral.id}/accept`, {})).statusCode).toBe(403);
    expect(asReferral(await call(t, partner, 'POST', `/api/v1/referrals/${referral.id}/accept`, {})).status).toBe('accepted');
    clock.set('2026-04-07T10:00:00+02:00');
    await signInAll();
    const queried = asReferral(await call(t, partner, 'POST', `/api/v1/referrals/${referral.id}/query`, { question: 'Liegt das Zeugnis übersetzt vor?' }));
    expect(queried).toMatchObject({ status: 'waiting_for_sender', pausedAt: '2026-04-07T08:00:00.000Z' });
    const inbox = (await call(t, navigator, 'GET', '/api/v1/inbox')).json();
    expect(inbox.referrals.waitingForMe.map((item: Referral) => item.id)).toEqual([referral.id]);
    expect((await call(t, partner, 'POST', `/api/v1/referrals/${referral.id}/answer`, { answer: 'x' })).statusCode).toBe(409);
    clock.set('2026-04-08T16:00:00+02:00');
    await signInAll();
    const replied = asReferral(await call(t, navigator, 'POST', `/api/v1/referrals/${referral.id}/reply`, { message: 'Ja, liegt bei.' }));
    // Paused Tuesday 10:00 to Wednesday 16:00: 30 working hours; due Wednesday 24:00 + 30 h = Friday 06:00.
    expect(replied).toMatchObject({ status: 'accepted', pausedAt: null, pausedWorkingMs: 30 * 3_600_000, dueAt: '2026-04-10T04:00:00.000Z', dueDate: '2026-04-10' });
    const detail = asReferral(await call(t, partner, 'GET', `/api/v1/referrals/${referral.id}`));
    expect(detail.events?.map((event) => event.type)).toEqual(['sent', 'accepted', 'queried', 'replied']);
    expect(detail.events?.[2]?.text).toBe('Liegt das Zeugnis übersetzt vor?');
  });

  it('lets the partner answer; a withdrawal ends the access with the very next request', async () => {
    const answered = asReferral(await call(t, partner, 'POST', `/api/v1/referrals/${referral.id}/answer`, { answer: 'Beratungstermin am 14.04. vereinbart.' }));
    expect(answered).toMatchObject({ status: 'answered', answer: 'Beratungstermin am 14.04. vereinbart.' });
    expect((await call(t, partner, 'GET', `/api/v1/referrals/${referral.id}/case`)).statusCode).toBe(200);
    const withdrawn = await call(t, navigator, 'POST', `/api/v1/consents/${consent.id}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ state: 'withdrawn' });
    const denied = await call(t, partner, 'GET', `/api/v1/referrals/${referral.id}/case`);
    expect(denied.statusCode).toBe(403);
    expect(asReferral(await call(t, partner, 'GET', `/api/v1/referrals/${referral.id}`))).toMatchObject({ status: 'expired', reason: 'consent_withdrawn' });
    expect((await call(t, navigator, 'POST', `/api/v1/consents/${consent.id}/withdraw`)).statusCode).toBe(409);
    const refused = await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/withdrawn/);
  });

  it('lets the person themself give and withdraw consent in the portal, and see their own data', async () => {
    const ownCase = await createCase(t, navigator, { person: { givenName: 'Amara', familyName: 'Portal', birthDate: '1994-03-02', citizenship: 'NGA', contact: { email: 'applicant@demo.example' } } });
    const applicant = await t.signIn('applicant@demo.example');
    // The same e-mail address alone gives no access: only a redeemed portal invitation links the account.
    expect((await call(t, applicant, 'GET', `/api/v1/cases/${ownCase.id}/consents`)).statusCode).toBe(404);
    await sqlRows(
      t.database,
      sql`INSERT INTO portal_accounts (user_id, case_id, person_id, created_at) VALUES (${applicant.userId}, ${ownCase.id}, ${ownCase.person.id}, now())`,
    );
    const given = await call(t, applicant, 'POST', `/api/v1/cases/${ownCase.id}/consents`, {
      recipientOrganisationIds: [iq],
      purposes: ['recognition_counselling'],
      dataCategories: ['identity'],
      textVersion: 'consent-text-2026-01',
      language: 'en',
    });
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json()).toMatchObject({ method: 'portal', formDocumentId: null, language: 'en', text: { title: 'Consent to sharing personal data' } });
    const asStaff = await call(t, applicant, 'POST', `/api/v1/cases/${ownCase.id}/consents`, {
      recipientOrganisationIds: [iq],
      purposes: ['recognition_counselling'],
      dataCategories: ['identity'],
      textVersion: 'consent-text-2026-01',
      method: 'staff_recorded',
    });
    expect(asStaff.statusCode).toBe(400);
    expect(asStaff.json().error.fields).toEqual({ method: 'the person gives consent in the portal' });
    expect((await call(t, applicant, 'GET', `/api/v1/cases/${ownCase.id}/persons/${ownCase.person.id}/export`)).statusCode).toBe(200);
    expect((await call(t, applicant, 'POST', `/api/v1/cases/${ownCase.id}/persons/${ownCase.person.id}/erase`)).statusCode).toBe(404);
    expect((await call(t, applicant, 'POST', `/api/v1/consents/${given.json().id}/withdraw`)).json()).toMatchObject({ state: 'withdrawn' });
    // Someone else's case stays closed to the applicant.
    expect((await call(t, applicant, 'GET', `/api/v1/cases/${caseId}/consents`)).statusCode).toBe(404);
  });

  it('refuses a referral under an expired consent at once', async () => {
    clock.set('2026-04-13T09:00:00+02:00');
    await signInAll();
    const shortLived = await recordConsent(t, navigator, caseId, { recipientOrganisationIds: [iq], validUntil: '2026-04-13' });
    expect(shortLived.validThrough).toBe('2026-04-13');
    expect((await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: shortLived.id })).statusCode).toBe(201);
    clock.set('2026-04-14T00:00:00+02:00');
    await signInAll();
    const expired = await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: shortLived.id });
    expect(expired.statusCode).toBe(409);
    expect(expired.json().error.fields).toEqual({ consentId: 'expired' });
  });
});
