import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { sessionCookieName } from '../../../../contract/auth';
import { caseParamsSchema } from '../../../../contract/cases';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  caseInvitationParamsSchema,
  casePortalAccessSchema,
  createPortalInvitationBodySchema,
  invitationPreviewSchema,
  invitationTokenParamsSchema,
  redeemInvitationBodySchema,
  redeemInvitationResponseSchema,
} from '../../../../contract/portal-entry';
import { redeemInvitation, previewInvitation } from '../../../commands/portal-invitation-redeem';
import { createPortalInvitation, getCasePortalAccess, revokePortalInvitation } from '../../../commands/portal-invitation-staff';
import { caseStaffRoles } from '../../../policies/case.policy';
import { publicIdentified, rolesOnly } from '../../../policies/route-policy';
import { sha256Hex } from '../../../security/tokens';
import { contextOf } from '../../app-deps';
import { setSessionCookies } from '../../plugins/authentication';

const tags = ['portal-invitations'];
const staff = rolesOnly(...caseStaffRoles);
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const linkErrors = { 400: errorResponseSchema, 404: errorResponseSchema, 410: errorResponseSchema };

/** Portal invitations: sent by case staff from the case, redeemed by the person with the link. */
export const portalInvitationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/cases/:id/portal-invitations',
    {
      schema: {
        tags,
        summary: 'Who of the case has portal access, and the invitations sent (pending, used, revoked, expired)',
        params: caseParamsSchema,
        response: { 200: casePortalAccessSchema, ...errors },
      },
      config: { policy: staff },
    },
    async (request) => getCasePortalAccess(contextOf(request), request.params.id),
  );

  app.post(
    '/api/v1/cases/:id/portal-invitations',
    {
      schema: {
        tags,
        summary: 'Invite a person of the case (18 or older) to the portal: a one-time link valid 14 days by e-mail in their language',
        params: caseParamsSchema,
        body: createPortalInvitationBodySchema,
        response: { 201: casePortalAccessSchema, ...errors, 409: errorResponseSchema },
      },
      config: { policy: staff },
    },
    async (request, reply) => reply.status(201).send(await createPortalInvitation(contextOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/cases/:id/portal-invitations/:invitationId/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a pending invitation: its link stops working',
        params: caseInvitationParamsSchema,
        response: { 200: casePortalAccessSchema, ...errors, 409: errorResponseSchema },
      },
      config: { policy: staff },
    },
    async (request) => revokePortalInvitation(contextOf(request), request.params.id, request.params.invitationId),
  );

  app.get(
    '/api/v1/portal-invitations/:token',
    {
      schema: {
        tags,
        summary: 'What an invitation link is for: the first name and the inviting organisation (410 used, revoked or expired)',
        params: invitationTokenParamsSchema,
        response: { 200: invitationPreviewSchema, ...linkErrors },
      },
      config: { policy: publicIdentified, rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (request) => previewInvitation(contextOf(request), request.params.token),
  );

  app.post(
    '/api/v1/portal-invitations/:token',
    {
      schema: {
        tags,
        summary:
          'Redeem an invitation once: signed out, with a password, creates an applicant account and signs in; signed in as an applicant, links that account',
        params: invitationTokenParamsSchema,
        body: redeemInvitationBodySchema,
        response: { 200: redeemInvitationResponseSchema, ...linkErrors, 403: errorResponseSchema, 409: errorResponseSchema, 429: errorResponseSchema },
      },
      config: {
        policy: publicIdentified,
        // Each attempt may cost a password hash: as slow as setting a password with an account link.
        rateLimit: { max: app.deps.config.login.rateLimitPerMinute, timeWindow: '1 minute', hook: 'preHandler' },
      },
    },
    async (request, reply) => {
      const previous = request.cookies[sessionCookieName];
      const redeemed = await redeemInvitation(contextOf(request), request.params.token, request.body.password, previous ? sha256Hex(previous) : undefined);
      if (redeemed.session) setSessionCookies(request, reply, redeemed.session);
      return { caseId: redeemed.caseId, accountCreated: redeemed.accountCreated };
    },
  );
};
