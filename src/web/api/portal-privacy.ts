import { consentSchema, type Consent, type CreateConsentBody } from '../../contract/consents';
import {
  accessLogResponseSchema,
  consentPreviewResponseSchema,
  myConsentsResponseSchema,
  recipientProposalsResponseSchema,
  type AccessLog,
  type ConsentPreview,
  type ConsentPreviewBody,
  type MyConsents,
  type RecipientProposal,
} from '../../contract/portal-privacy';
import { request } from './client';

const id = (value: string) => encodeURIComponent(value);

/** The person's own consents and data in the portal, typed by the shared contract. */
export const portalPrivacyApi = {
  myConsents: (): Promise<MyConsents> => request('GET', '/api/v1/me/consents', myConsentsResponseSchema),
  recipients: async (): Promise<RecipientProposal[]> => (await request('GET', '/api/v1/me/consent-recipients', recipientProposalsResponseSchema)).items,
  preview: (body: ConsentPreviewBody): Promise<ConsentPreview> => request('POST', '/api/v1/me/consent-preview', consentPreviewResponseSchema, body),
  give: (caseId: string, body: Omit<CreateConsentBody, 'language'> & { language: string }): Promise<Consent> =>
    request('POST', `/api/v1/cases/${id(caseId)}/consents`, consentSchema, body),
  withdraw: (consentId: string): Promise<Consent> => request('POST', `/api/v1/consents/${id(consentId)}/withdraw`, consentSchema),
  consentPdfUrl: (consentId: string) => `/api/v1/consents/${id(consentId)}/pdf`,
  accessLog: (page: number, pageSize = 20): Promise<AccessLog> => request('GET', `/api/v1/me/access-log?page=${page}&pageSize=${pageSize}`, accessLogResponseSchema),
  exportUrl: (caseId: string, personId: string, format: 'json' | 'pdf') => `/api/v1/cases/${id(caseId)}/persons/${id(personId)}/export?format=${format}`,
};
