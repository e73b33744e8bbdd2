import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import {
  authProvidersResponseSchema,
  demoAccountsResponseSchema,
  loginBodySchema,
  meResponseSchema,
  sessionCookieName,
  userResponseSchema,
} from '../../../../contract/auth';
import { errorResponseSchema } from '../../../../contract/errors';
import { areasForRoles } from '../../../../domain/identity/roles';
import { findDemoAccounts } from '../../../commands/find-demo-accounts';
import { signIn } from '../../../commands/sign-in';
import { signOut } from '../../../commands/sign-out';
import { AppError } from '../../../errors';
import { publicAccess, signedIn } from '../../../policies/route-policy';
import { sha256Hex } from '../../../security/tokens';
import { contextOf } from '../../app-deps';
import { clearSessionCookies, setSessionCookies } from '../../plugins/authentication';
import { presentUser } from '../../presenters/user';

const tags = ['auth'];

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        body: loginBodySchema,
        response: { 200: userResponseSchema, 401: errorResponseSchema, 429: errorResponseSchema },
      },
      config: {
        policy: publicAccess,
        // Keyed by address and account: guessing is slowed down without locking out a whole office
        // behind one NAT address when many colleagues sign in at nine o'clock.
        rateLimit: {
          max: app.deps.config.login.rateLimitPerMinute,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) => `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      },
    },
    async (request, reply) => {
      const previous = request.cookies[sessionCookieName];
      const session = await signIn(contextOf(request), {
        ...request.body,
        previousSessionTokenHash: previous ? sha256Hex(previous) : undefined,
      });
      setSessionCookies(request, reply, session);
      return { user: presentUser(session.user) };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags, summary: 'Sign out (ends the session)', response: { 204: z.null() } }, config: { policy: signedIn } },
    async (request, reply) => {
      await signOut(contextOf(request));
      clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      schema: { tags, summary: 'The signed-in person and the areas open to them', response: { 200: meResponseSchema, 401: errorResponseSchema } },
      config: { policy: signedIn },
    },
    async (request) => {
      const actor = request.actor;
      if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
      return { user: presentUser(actor), areas: areasForRoles(actor.roles), authMethod: actor.authMethod };
    },
  );

  app.get(
    '/api/v1/auth/providers',
    { schema: { tags, summary: 'Ways to sign in on this installation', response: { 200: authProvidersResponseSchema } }, config: { policy: publicAccess } },
    async (request) => {
      const oidc = request.server.deps.config.oidc;
      return { password: true, oidc: oidc ? { label: oidc.label, startUrl: '/api/v1/auth/oidc/start' } : null };
    },
  );

  app.get(
    '/api/v1/auth/demo-accounts',
    {
      schema: { tags, summary: 'Demo accounts (demo mode only)', response: { 200: demoAccountsResponseSchema, 404: errorResponseSchema } },
      config: { policy: publicAccess },
    },
    async (request) => findDemoAccounts(contextOf(request)),
  );
};
