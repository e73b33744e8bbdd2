import type { Consent } from '../../src/contract/consents';
import type { Referral } from '../../src/contract/referrals';
import type { Clock } from '../../src/server/clock';
import { samplePdf } from './documents';
import type { SignedInClient, TestApp } from './test-app';

/** A clock the test sets by hand (deadlines, reminders and escalations at chosen instants). */
export function manualClock(start: string): Clock & { set(instant: string): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (instant) => (current = new Date(instant)),
    advance: (ms) => (current = new Date(current.getTime() + ms)),
  };
}

/** The id of a demo organisation by slug (seed/demo/organisations.json). */
export async function organisationId(t: TestApp, slug: string): Promise<string> {
  const items = (await t.app.inject({ method: 'GET', url: '/api/v1/organisations' })).json().items as { id: string; slug?: string; shortName?: string; name: string; kind: string }[];
  const byKind: Record<string, string> = { 'iq-rhein-neckar': 'iq', 'welcome-center': 'welcome_center' };
  const found = items.find((item) => item.slug === slug) ?? items.find((item) => item.kind === byKind[slug]);
  if (!found) throw new Error(`no organisation ${slug}`);
  return found.id;
}

/** Uploads a signed consent form (a small real PDF) to the case; returns the document id. */
export async function uploadSignedForm(t: TestApp, client: SignedInClient, caseId: string): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/documents?fileName=einwilligung.pdf`,
    headers: { ...client.headers, 'content-type': 'application/pdf' },
    payload: samplePdf('Einwilligung'),
  });
  if (response.statusCode !== 201) throw new Error(`upload failed: ${response.statusCode} ${response.body}`);
  return (response.json() as { id: string }).id;
}

export type ConsentInput = { recipientOrganisationIds: string[]; purposes?: string[]; dataCategories?: string[]; validUntil?: string; language?: string };

/** Records a staff-recorded consent with an uploaded form. */
export async function recordConsent(t: TestApp, client: SignedInClient, caseId: string, input: ConsentInput): Promise<Consent> {
  const formDocumentId = await uploadSignedForm(t, client, caseId);
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/consents`,
    headers: client.headers,
    payload: {
      purposes: ['recognition_counselling'],
      dataCategories: ['identity', 'qualification'],
      textVersion: 'consent-text-2026-01',
      formDocumentId,
      ...input,
    },
  });
  if (response.statusCode !== 201) throw new Error(`consent failed: ${response.statusCode} ${response.body}`);
  return response.json() as Consent;
}

export function sendReferral(
  t: TestApp,
  client: SignedInClient,
  caseId: string,
  body: { toOrganisationId: string; consentId: string; purpose?: string; message?: string },
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/referrals`,
    headers: { ...client.headers, ...headers },
    payload: { purpose: 'recognition_counselling', message: 'Bitte Anerkennungsberatung zum Abschluss als Pflegefachkraft.', ...body },
  });
}

export const asReferral = (response: { json(): unknown }): Referral => response.json() as Referral;
