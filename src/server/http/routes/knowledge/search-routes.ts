import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { errorResponseSchema } from '../../../../contract/errors';
import { searchQuerySchema, searchResponseSchema } from '../../../../contract/search';
import { searchKnowledge } from '../../../commands/search-knowledge';
import { publicIdentified } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

/** Search: anyone finds published articles; signed-in people also courses and lessons. */
export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/search',
    {
      schema: {
        tags: ['knowledge'],
        summary: 'Full-text search (German and English) with highlighted snippets; any input gives results or an empty list',
        querystring: searchQuerySchema,
        response: { 200: searchResponseSchema, 400: errorResponseSchema },
      },
      config: { policy: publicIdentified },
    },
    async (request) => searchKnowledge(contextOf(request), request.query),
  );
};
