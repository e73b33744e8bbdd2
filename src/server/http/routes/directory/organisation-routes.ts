import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { errorResponseSchema } from '../../../../contract/errors';
import { organisationsQuerySchema, organisationsResponseSchema } from '../../../../contract/system';
import { findOrganisations } from '../../../commands/find-organisations';
import { publicAccess } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentOrganisation } from '../../presenters/organisation';

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/organisations',
    {
      schema: {
        tags: ['network'],
        summary: 'Directory of the network organisations, by area (AGS) and kind',
        querystring: organisationsQuerySchema,
        response: { 200: organisationsResponseSchema, 400: errorResponseSchema },
      },
      config: { policy: publicAccess },
    },
    async (request) => {
      const rows = await findOrganisations(contextOf(request), request.query);
      return { items: rows.map(presentOrganisation), total: rows.length };
    },
  );
};
