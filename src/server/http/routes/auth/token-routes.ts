import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { accessTokenResponseSchema, accessTokensResponseSchema, tokenIdParamsSchema } from '../../../../contract/admin-users';
import { createTokenBodySchema, createTokenResponseSchema } from '../../../../contract/auth';
import { errorResponseSchema } from '../../../../contract/errors';
import { createAccessToken } from '../../../commands/create-access-token';
import { findAccessTokens } from '../../../commands/find-access-tokens';
import { revokeAccessToken } from '../../../commands/revoke-access-token';
import { signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentAccessToken } from '../../presenters/user-admin';

export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'My personal access tokens: name, created, last used, expiry, revoked (never the token)',
        response: { 200: accessTokensResponseSchema, 401: errorResponseSchema },
      },
      config: { policy: signedIn },
    },
    async (request) => {
      const now = request.server.deps.clock.now();
      return { items: (await findAccessTokens(contextOf(request))).map((token) => presentAccessToken(token, now)) };
    },
  );

  app.post(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a personal access token for Authorization: Bearer (expires after expiresInDays, default 90)',
        body: createTokenBodySchema.default({ name: 'API token', expiresInDays: 90 }),
        response: { 201: createTokenResponseSchema, 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
      config: { policy: signedIn },
    },
    async (request, reply) => {
      const created = await createAccessToken(contextOf(request), request.body);
      return reply.status(201).send({ ...created, expiresAt: created.expiresAt?.toISOString() ?? null });
    },
  );

  app.post(
    '/api/v1/auth/tokens/:id/revoke',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke one of my access tokens; it stops working at once',
        params: tokenIdParamsSchema,
        response: { 200: accessTokenResponseSchema, 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema },
      },
      config: { policy: signedIn },
    },
    async (request) => {
      const revoked = await revokeAccessToken(contextOf(request), request.params.id);
      return { token: presentAccessToken(revoked, request.server.deps.clock.now()) };
    },
  );
};
