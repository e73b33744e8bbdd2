import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import {
  accountLinkResponseSchema,
  adminUserResponseSchema,
  adminUsersResponseSchema,
  changeUserBodySchema,
  inviteUserBodySchema,
  linkTokenParamsSchema,
  setPasswordBodySchema,
  setPasswordResponseSchema,
  userIdParamsSchema,
} from '../../../../contract/admin-users';
import { errorResponseSchema } from '../../../../contract/errors';
import { changeUser } from '../../../commands/change-user';
import { deactivateUser } from '../../../commands/deactivate-user';
import { findUsers } from '../../../commands/find-users';
import { getUserAccountLink } from '../../../commands/get-user-account-link';
import { inviteUser } from '../../../commands/invite-user';
import { reactivateUser } from '../../../commands/reactivate-user';
import { requestUserPasswordReset } from '../../../commands/request-user-password-reset';
import { setUserPassword } from '../../../commands/set-user-password';
import { signOutUser } from '../../../commands/sign-out-user';
import { publicAccess, rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentAdminUser } from '../../presenters/user-admin';

const tags = ['administration'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
// Who manages accounts; the commands narrow an organisation's administrator to their own people.
const managers = rolesOnly('admin', 'org_admin');
const linkSentSchema = z.object({ purpose: z.enum(['invitation', 'password_reset']), expiresAt: z.iso.datetime({ offset: true }) });

/** Users: list, invite, roles and organisation, deactivate/reactivate, sign-out, reset links. */
export const userAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'User accounts (admin: all; organisation admins, steering and case workers: their organisation)',
        response: { 200: adminUsersResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
      config: { policy: rolesOnly('admin', 'org_admin', 'steering', 'caseworker') },
    },
    async (request) => {
      const users = await findUsers(contextOf(request));
      return { items: users.map(presentAdminUser), total: users.length };
    },
  );

  app.post(
    '/api/v1/users/invitations',
    {
      schema: {
        tags,
        summary: 'Invite a person: the account is created inactive and a one-time link (7 days) is e-mailed',
        body: inviteUserBodySchema,
        response: { 201: adminUserResponseSchema, ...errors },
      },
      config: { policy: managers },
    },
    async (request, reply) => reply.status(201).send({ user: presentAdminUser(await inviteUser(contextOf(request), request.body)) }),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      schema: { tags, summary: 'Change the roles and/or organisation of an account', params: userIdParamsSchema, body: changeUserBodySchema, response: { 200: adminUserResponseSchema, ...errors } },
      config: { policy: managers },
    },
    async (request) => ({ user: presentAdminUser(await changeUser(contextOf(request), request.params.id, request.body)) }),
  );

  app.post(
    '/api/v1/users/:id/deactivate',
    {
      schema: { tags, summary: 'Deactivate an account: its sessions end and its tokens are revoked at once', params: userIdParamsSchema, response: { 200: adminUserResponseSchema, ...errors } },
      config: { policy: managers },
    },
    async (request) => ({ user: presentAdminUser(await deactivateUser(contextOf(request), request.params.id)) }),
  );

  app.post(
    '/api/v1/users/:id/reactivate',
    {
      schema: { tags, summary: 'Reactivate a deactivated account', params: userIdParamsSchema, response: { 200: adminUserResponseSchema, ...errors } },
      config: { policy: managers },
    },
    async (request) => ({ user: presentAdminUser(await reactivateUser(contextOf(request), request.params.id)) }),
  );

  app.post(
    '/api/v1/users/:id/sign-out',
    {
      schema: { tags, summary: 'End every session of the person (force sign-out)', params: userIdParamsSchema, response: { 200: z.object({ sessionsEnded: z.number().int() }), ...errors } },
      config: { policy: managers },
    },
    async (request) => signOutUser(contextOf(request), request.params.id),
  );

  app.post(
    '/api/v1/users/:id/password-reset',
    {
      schema: {
        tags,
        summary: 'E-mail a one-time link to set a new password (1 day); for a pending invitation a new invitation link (7 days)',
        params: userIdParamsSchema,
        response: { 202: linkSentSchema, ...errors },
      },
      config: { policy: managers },
    },
    async (request, reply) => {
      const sent = await requestUserPasswordReset(contextOf(request), request.params.id);
      return reply.status(202).send({ purpose: sent.purpose, expiresAt: sent.expiresAt.toISOString() });
    },
  );

  app.get(
    '/api/v1/account/links/:token',
    {
      schema: {
        tags: ['auth'],
        summary: 'Whether a one-time account link is valid, and what for (410 LINK_USED / LINK_EXPIRED otherwise)',
        params: linkTokenParamsSchema,
        response: { 200: accountLinkResponseSchema, 400: errorResponseSchema, 404: errorResponseSchema, 410: errorResponseSchema },
      },
      config: { policy: publicAccess },
    },
    async (request) => {
      const link = await getUserAccountLink(contextOf(request), request.params.token);
      return { purpose: link.purpose, expiresAt: link.expiresAt.toISOString() };
    },
  );

  app.post(
    '/api/v1/account/links/:token',
    {
      schema: {
        tags: ['auth'],
        summary: 'Set the password with a one-time link (an invitation also activates the account)',
        params: linkTokenParamsSchema,
        body: setPasswordBodySchema,
        response: { 200: setPasswordResponseSchema, 400: errorResponseSchema, 404: errorResponseSchema, 410: errorResponseSchema, 429: errorResponseSchema },
      },
      config: {
        policy: publicAccess,
        // Guessing links is hopeless (256 bits), but each attempt costs a password hash: keep it slow.
        rateLimit: { max: app.deps.config.login.rateLimitPerMinute, timeWindow: '1 minute', hook: 'preHandler' },
      },
    },
    async (request) => setUserPassword(contextOf(request), request.params.token, request.body.password),
  );
};
