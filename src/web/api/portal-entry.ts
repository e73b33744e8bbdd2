import {
  acceptContactRequestResponseSchema,
  casePortalAccessSchema,
  contactRequestCreatedSchema,
  contactRequestDetailSchema,
  contactRequestListSchema,
  invitationPreviewSchema,
  redeemInvitationResponseSchema,
  type AcceptContactRequestBody,
  type CasePortalAccess,
  type ContactRequestBody,
  type ContactRequestCreated,
  type ContactRequestDetail,
  type ContactRequestList,
  type CreatePortalInvitationBody,
  type InvitationPreview,
} from '../../contract/portal-entry';
import { request } from './client';

/** "Beratung anfragen" and the navigator's contact requests; portal invitations (issue 15). */
export const portalEntryApi = {
  submitContactRequest: (body: ContactRequestBody): Promise<ContactRequestCreated> => request('POST', '/api/v1/contact-requests', contactRequestCreatedSchema, body),
  contactRequests: (status: 'open' | 'accepted' | 'declined' = 'open'): Promise<ContactRequestList> =>
    request('GET', `/api/v1/contact-requests?status=${status}`, contactRequestListSchema),
  contactRequest: (id: string): Promise<ContactRequestDetail> => request('GET', `/api/v1/contact-requests/${encodeURIComponent(id)}`, contactRequestDetailSchema),
  accept: (id: string, body: AcceptContactRequestBody) => request('POST', `/api/v1/contact-requests/${encodeURIComponent(id)}/accept`, acceptContactRequestResponseSchema, body),
  decline: (id: string, reason: string): Promise<void> => request('POST', `/api/v1/contact-requests/${encodeURIComponent(id)}/decline`, null, { reason }) as Promise<void>,
  portalAccess: (caseId: string): Promise<CasePortalAccess> => request('GET', `/api/v1/cases/${encodeURIComponent(caseId)}/portal-invitations`, casePortalAccessSchema),
  invite: (caseId: string, body: CreatePortalInvitationBody): Promise<CasePortalAccess> =>
    request('POST', `/api/v1/cases/${encodeURIComponent(caseId)}/portal-invitations`, casePortalAccessSchema, body),
  revoke: (caseId: string, invitationId: string): Promise<CasePortalAccess> =>
    request('POST', `/api/v1/cases/${encodeURIComponent(caseId)}/portal-invitations/${encodeURIComponent(invitationId)}/revoke`, casePortalAccessSchema),
  previewInvitation: (token: string): Promise<InvitationPreview> => request('GET', `/api/v1/portal-invitations/${encodeURIComponent(token)}`, invitationPreviewSchema),
  redeemInvitation: (token: string, password?: string) =>
    request('POST', `/api/v1/portal-invitations/${encodeURIComponent(token)}`, redeemInvitationResponseSchema, password === undefined ? {} : { password }),
};
