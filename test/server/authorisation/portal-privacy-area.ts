import { insertPortalAccount } from '../../../src/server/db/repositories/portal-accounts.repository';
import { createCase } from '../../support/cases';
import type { Endpoint, Expectation, MatrixArea, MatrixContext } from './matrix';

/** The person's own consents and data: applicants linked to a case only, everyone else 403. */
const applicantOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { applicant: status, otherwise: 403 } });

// Filled in by the setup: the payload is read when the request is made.
const chosen = { recipientId: '' };

const endpoints: Endpoint[] = [
  { method: 'GET', url: '/api/v1/me/consents', expect: applicantOnly(200) },
  { method: 'GET', url: '/api/v1/me/consent-recipients', expect: applicantOnly(200) },
  {
    method: 'POST',
    url: '/api/v1/me/consent-preview',
    get payload() {
      return { recipientOrganisationIds: [chosen.recipientId], purposes: ['recognition_counselling'], dataCategories: ['identity'], language: 'de' };
    },
    expect: applicantOnly(200),
  },
  { method: 'GET', url: '/api/v1/me/access-log', expect: applicantOnly(200) },
  { method: 'GET', url: '/api/v1/me/access-log?page=2&pageSize=5', expect: applicantOnly(200) },
];

/** Links the demo applicant to a case of their own, as the demo seed does (unless another area already has). */
async function setup({ t, signIn }: MatrixContext): Promise<Record<string, string>> {
  const navigator = await signIn('navigator');
  const created = await createCase(t, navigator);
  const applicant = await signIn('applicant');
  await insertPortalAccount(t.database.db, { userId: applicant.userId, caseId: created.id, personId: created.person.id, createdAt: new Date() });
  chosen.recipientId = navigator.organisationId ?? '';
  return {};
}

export const portalPrivacyArea: MatrixArea = { name: 'portal-privacy', setup, endpoints };
