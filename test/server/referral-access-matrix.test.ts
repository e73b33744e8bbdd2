import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataCategories, type DataCategory } from '../../src/domain/consent/vocabulary';
import { roles, type Role } from '../../src/domain/identity/roles';
import { call, createCase } from '../support/cases';
import { databaseKinds } from '../support/databases';
import { manualClock, organisationId, recordConsent, sendReferral } from '../support/referrals';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';
import { demoAccountByRole } from './authorisation/matrix';

type ConsentState = 'none' | 'valid' | 'withdrawn' | 'expired';

/**
 * Partner access as a matrix: every role (each demo account stands for its organisation) × consent
 * state × data category. Only the receiving organisation's staff read, only under a valid consent,
 * and only the consented category; the case itself never opens to them.
 */
describe.each(databaseKinds())('recipient access: role × organisation × consent state × data category on %s', (kind) => {
  const clock = manualClock('2026-04-13T09:00:00+02:00');
  let t: TestApp;
  const clients = new Map<Role, SignedInClient>();
  let caseId: string;
  // referral id per consent state and category; "none" has no referral: sending it is refused.
  const referrals = new Map<string, string>();
  const noneStatuses: number[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    const navigator = await t.signIn('navigator@demo.example');
    const iq = await organisationId(t, 'iq-rhein-neckar');
    caseId = (await createCase(t, navigator)).id;
    const other = await organisationId(t, 'abh-mannheim');
    for (const category of dataCategories) {
      for (const state of ['valid', 'withdrawn', 'expired'] as const) {
        const consent = await recordConsent(t, navigator, caseId, {
          recipientOrganisationIds: [iq],
          dataCategories: [category],
          ...(state === 'expired' ? { validUntil: '2026-04-13' } : {}),
        });
        const sent = await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: consent.id });
        expect(sent.statusCode, sent.body).toBe(201);
        referrals.set(`${state}:${category}`, sent.json().id);
        if (state === 'withdrawn') expect((await call(t, navigator, 'POST', `/api/v1/consents/${consent.id}/withdraw`)).statusCode).toBe(200);
      }
      // "none": a consent for another recipient does not let a referral to the IQ office through.
      const foreign = await recordConsent(t, navigator, caseId, { recipientOrganisationIds: [other], dataCategories: [category] });
      noneStatuses.push((await sendReferral(t, navigator, caseId, { toOrganisationId: iq, consentId: foreign.id })).statusCode);
    }
    // The expired consents ran out at the end of 13 April.
    clock.set('2026-04-14T09:00:00+02:00');
    for (const role of roles) clients.set(role, await t.signIn(demoAccountByRole[role]));
  });
  afterAll(() => t.close());

  it('refuses a referral without a covering consent (state "none") for every category', () => {
    expect(noneStatuses).toEqual(dataCategories.map(() => 409));
  });

  const expected = (role: Role, state: ConsentState): number => {
    // Roles without referral work are stopped by the route policy; the sender's own staff and
    // other organisations' staff do not learn the referral exists.
    if (!['caseworker', 'navigator', 'partner'].includes(role)) return 403;
    if (role !== 'partner') return 404;
    return state === 'valid' ? 200 : 403;
  };

  for (const state of ['valid', 'withdrawn', 'expired'] as const) {
    for (const category of dataCategories) {
      it(`${state} consent for ${category}`, async () => {
        const id = referrals.get(`${state}:${category}`);
        const observed: Record<string, number> = {};
        const wanted: Record<string, number> = {};
        for (const role of roles) {
          const response = await call(t, clients.get(role)!, 'GET', `/api/v1/referrals/${id}/case`);
          observed[role] = response.statusCode;
          wanted[role] = expected(role, state);
          if (response.statusCode === 200) {
            const body = response.json() as Record<string, unknown> & { categories: DataCategory[] };
            expect(body.categories).toEqual([category]);
            const present = dataCategories.filter((candidate) => candidate in body);
            expect(present).toEqual([category]);
          }
        }
        expect(observed).toEqual(wanted);
      });
    }
  }

  it('never opens the case itself to the recipient, whatever the consent', async () => {
    expect((await call(t, clients.get('partner')!, 'GET', `/api/v1/cases/${caseId}`)).statusCode).toBe(404);
    expect((await call(t, clients.get('partner')!, 'GET', `/api/v1/cases/${caseId}/consents`)).statusCode).toBe(404);
  });
});
