import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { healthResponseSchema } from '../../../../contract/system';
import { pingDatabase } from '../../../db/client';
import { publicAccess } from '../../../policies/route-policy';

export const systemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    { schema: { tags: ['system'], summary: 'Liveness and the database in use', response: { 200: healthResponseSchema, 503: healthResponseSchema } }, config: { policy: publicAccess } },
    async (request, reply) => {
      const { database, version } = request.server.deps;
      const isUp = await pingDatabase(database.db);
      return reply.status(isUp ? 200 : 503).send({ status: isUp ? 'ok' : 'degraded', database: database.kind, version });
    },
  );

  app.get(
    '/api/openapi.json',
    { schema: { hide: true }, config: { policy: publicAccess } },
    async () => app.swagger(),
  );
};
