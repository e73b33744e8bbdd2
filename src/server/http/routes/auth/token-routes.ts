import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { createTokenBodySchema, createTokenResponseSchema } from '../../../../contract/auth';
import { errorResponseSchema } from '../../../../contract/errors';
import { createAccessToken } from '../../../commands/create-access-token';
import { signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a personal access token for Authorization: Bearer',
        body: createTokenBodySchema.default({ name: 'API token' }),
        response: { 201: createTokenResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
      config: { policy: signedIn },
    },
    async (request, reply) => {
      const created = await createAccessToken(contextOf(request), request.body);
      return reply.status(201).send({ ...created, expiresAt: created.expiresAt?.toISOString() ?? null });
    },
  );
};
