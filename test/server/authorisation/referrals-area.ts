import { samplePdf } from '../../support/documents';
import { signedIn, type Endpoint, type Expectation, type MatrixArea, type MatrixContext } from './matrix';

/**
 * Consents, referrals, notifications and data-subject rights. `{id}` is the core area's case of the
 * Mannheim authority; its case worker records the consents and sends the referrals to the IQ office
 * (partner@demo.example).
 */

// Filled in by setup; the payloads read them when the matrix sends them (getters).
const state: Record<string, string> = {};

const ownCaseOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { caseworker: status, otherwise: 404 } });
/** Recipient-side action: the partner may; the sender's staff are on the wrong side (403); uninvolved staff 404; other roles 403. */
const recipientOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { partner: status, caseworker: 403, navigator: 404, otherwise: 403 } });
const senderOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { caseworker: status, partner: 403, navigator: 404, otherwise: 403 } });
const referralStaff = (status: number): Expectation => ({ anonymous: 401, signedIn: { caseworker: status, navigator: status, partner: status, otherwise: 403 } });

const endpoints: Endpoint[] = [
  { method: 'GET', url: '/api/v1/consent-texts', expect: signedIn(200) },
  {
    method: 'POST',
    url: '/api/v1/cases/{id}/consents',
    payload: {
      get recipientOrganisationIds() {
        return [state.iq];
      },
      purposes: ['job_matching'],
      dataCategories: ['identity'],
      textVersion: 'consent-text-2026-01',
      get formDocumentId() {
        return state.formId;
      },
    },
    expect: ownCaseOnly(201),
  },
  { method: 'GET', url: '/api/v1/cases/{id}/consents', expect: ownCaseOnly(200) },
  { method: 'GET', url: '/api/v1/consents/{consentId}', expect: ownCaseOnly(200) },
  { method: 'GET', url: '/api/v1/consents/{consentId}/pdf', expect: ownCaseOnly(200) },
  {
    method: 'POST',
    url: '/api/v1/cases/{id}/referrals',
    payload: {
      get toOrganisationId() {
        return state.iq;
      },
      purpose: 'recognition_counselling',
      message: 'Bitte beraten.',
      get consentId() {
        return state.consentId;
      },
    },
    expect: ownCaseOnly(201),
  },
  { method: 'GET', url: '/api/v1/referrals?direction=incoming', expect: referralStaff(200) },
  { method: 'GET', url: '/api/v1/referrals/{referralId}', expect: { anonymous: 401, signedIn: { caseworker: 200, partner: 200, navigator: 404, otherwise: 403 } } },
  { method: 'GET', url: '/api/v1/referrals/{referralId}/case', expect: { anonymous: 401, signedIn: { partner: 200, caseworker: 404, navigator: 404, otherwise: 403 } } },
  // One referral walks its life-cycle through the actions below; the last two meet a closed referral (409).
  { method: 'POST', url: '/api/v1/referrals/{referralId}/query', payload: { question: 'Welche Unterlagen?' }, expect: recipientOnly(200) },
  { method: 'POST', url: '/api/v1/referrals/{referralId}/reply', payload: { message: 'Alle.' }, expect: senderOnly(200) },
  { method: 'POST', url: '/api/v1/referrals/{referralId}/accept', payload: {}, expect: recipientOnly(200) },
  { method: 'POST', url: '/api/v1/referrals/{referralId}/answer', payload: { answer: 'Erledigt' }, expect: recipientOnly(200) },
  { method: 'POST', url: '/api/v1/referrals/{referralId}/close', payload: {}, expect: senderOnly(200) },
  { method: 'POST', url: '/api/v1/referrals/{referralId}/reject', payload: { reason: 'Nicht zuständig' }, expect: recipientOnly(409) },
  { method: 'POST', url: '/api/v1/referrals/{referralId}/revoke', payload: { reason: 'Erledigt sich' }, expect: senderOnly(409) },
  // Last of the consent routes: withdrawing ends the referrals that rely on the consent.
  { method: 'POST', url: '/api/v1/consents/{consentId}/withdraw', expect: ownCaseOnly(200) },
  { method: 'GET', url: '/api/v1/notifications', expect: signedIn(200) },
  { method: 'POST', url: '/api/v1/notifications/{notificationId}/read', expect: { anonymous: 401, signedIn: { partner: 200, otherwise: 404 } } },
  { method: 'POST', url: '/api/v1/notifications/read-all', expect: signedIn(200) },
  { method: 'GET', url: '/api/v1/cases/{id}/persons/{personId}/export', expect: ownCaseOnly(200) },
  // The case is under a legal hold (setup): erasure is refused, setting a second hold conflicts.
  { method: 'POST', url: '/api/v1/cases/{id}/persons/{personId}/erase', expect: ownCaseOnly(409) },
  { method: 'GET', url: '/api/v1/cases/{id}/legal-hold', expect: ownCaseOnly(200) },
  { method: 'POST', url: '/api/v1/cases/{id}/legal-hold', payload: { reason: 'Zweite' }, expect: ownCaseOnly(409) },
  { method: 'DELETE', url: '/api/v1/cases/{id}/legal-hold', expect: ownCaseOnly(204) },
];

async function setup({ t, signIn, ids }: MatrixContext): Promise<Record<string, string>> {
  const owner = await signIn('caseworker');
  const partner = await signIn('partner');
  const caseId = ids.id;
  if (!caseId) throw new Error('the referrals area needs the core area’s case');
  const post = async (client: typeof owner, url: string, payload?: object) => {
    const response = await t.app.inject({ method: 'POST', url, headers: client.headers, ...(payload ? { payload } : {}) });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json() as { id: string };
  };
  const organisations = (await t.app.inject({ method: 'GET', url: '/api/v1/organisations?kind=iq' })).json().items as { id: string }[];
  state.iq = organisations[0]?.id ?? '';
  const upload = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/documents?fileName=einwilligung.pdf`, headers: { ...owner.headers, 'content-type': 'application/pdf' }, payload: samplePdf() });
  state.formId = (upload.json() as { id: string }).id;
  const consentBody = { recipientOrganisationIds: [state.iq], purposes: ['recognition_counselling'], dataCategories: ['identity'], textVersion: 'consent-text-2026-01', formDocumentId: state.formId };
  state.consentId = (await post(owner, `/api/v1/cases/${caseId}/consents`, consentBody)).id;
  const referralId = (await post(owner, `/api/v1/cases/${caseId}/referrals`, { toOrganisationId: state.iq, purpose: 'recognition_counselling', message: 'Bitte beraten.', consentId: state.consentId })).id;
  const created: Record<string, string> = { consentId: state.consentId, referralId };
  const notifications = (await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: partner.headers })).json().items as { id: string }[];
  created.notificationId = notifications[0]?.id ?? '';
  const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: owner.headers })).json() as { person: { id: string } };
  created.personId = detail.person.id;
  await post(owner, `/api/v1/cases/${caseId}/legal-hold`, { reason: 'Matrix' });
  return created;
}

export const referralsArea: MatrixArea = { name: 'referrals', setup, endpoints };
