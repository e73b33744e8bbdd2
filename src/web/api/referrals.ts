import { z } from 'zod';
import {
  consentListResponseSchema,
  consentSchema,
  consentTextsResponseSchema,
  type Consent,
  type CreateConsentBody,
} from '../../contract/consents';
import { notificationListResponseSchema, notificationSchema, type NotificationListResponse } from '../../contract/notifications';
import {
  referralListResponseSchema,
  referralSchema,
  referredCaseSchema,
  type CreateReferralBody,
  type Referral,
  type ReferralListResponse,
  type ReferredCase,
} from '../../contract/referrals';
import { organisationsResponseSchema } from '../../contract/system';
import { request } from './client';

const id = (value: string) => encodeURIComponent(value);

export type ReferralActionBody =
  | { action: 'accept' | 'close' }
  | { action: 'reject'; reason: string }
  | { action: 'answer'; answer: string }
  | { action: 'query'; question: string }
  | { action: 'reply'; message: string }
  | { action: 'revoke'; reason?: string };

/** Consents, referrals and notifications, typed by the shared contract. */
export const referralsApi = {
  consentTexts: () => request('GET', '/api/v1/consent-texts', consentTextsResponseSchema),
  consents: async (caseId: string): Promise<Consent[]> => (await request('GET', `/api/v1/cases/${id(caseId)}/consents`, consentListResponseSchema)).items,
  recordConsent: (caseId: string, body: Partial<CreateConsentBody>): Promise<Consent> => request('POST', `/api/v1/cases/${id(caseId)}/consents`, consentSchema, body),
  withdrawConsent: (consentId: string): Promise<Consent> => request('POST', `/api/v1/consents/${id(consentId)}/withdraw`, consentSchema),
  consentPdfUrl: (consentId: string) => `/api/v1/consents/${id(consentId)}/pdf`,

  organisations: (filter: { kind?: string; ags?: string; service?: string }) => {
    const search = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const text = search.toString();
    return request('GET', `/api/v1/organisations${text ? `?${text}` : ''}`, organisationsResponseSchema);
  },

  /** Sends a referral; the idempotency key makes a repeated click or a retry after a lost answer harmless. */
  sendReferral: (caseId: string, body: CreateReferralBody, idempotencyKey: string): Promise<Referral> =>
    request('POST', `/api/v1/cases/${id(caseId)}/referrals`, referralSchema, body, { 'idempotency-key': idempotencyKey }),
  referrals: (query: { direction: 'incoming' | 'outgoing'; status?: 'live' | 'finished' | 'all'; caseId?: string }): Promise<ReferralListResponse> => {
    const search = new URLSearchParams({ direction: query.direction, status: query.status ?? 'live', ...(query.caseId ? { caseId: query.caseId } : {}) });
    return request('GET', `/api/v1/referrals?${search.toString()}`, referralListResponseSchema);
  },
  referral: (referralId: string): Promise<Referral> => request('GET', `/api/v1/referrals/${id(referralId)}`, referralSchema),
  referredCase: (referralId: string): Promise<ReferredCase> => request('GET', `/api/v1/referrals/${id(referralId)}/case`, referredCaseSchema),
  act: (referralId: string, body: ReferralActionBody): Promise<Referral> => {
    const { action, ...rest } = body;
    return request('POST', `/api/v1/referrals/${id(referralId)}/${action}`, referralSchema, rest);
  },

  notifications: (): Promise<NotificationListResponse> => request('GET', '/api/v1/notifications', notificationListResponseSchema),
  readNotification: (notificationId: string) => request('POST', `/api/v1/notifications/${id(notificationId)}/read`, notificationSchema),
  readAllNotifications: () => request('POST', '/api/v1/notifications/read-all', z.object({ marked: z.number() })),
};
