import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { directoryQuerySchema, directoryResponseSchema, organisationParamsSchema, organisationProfileSchema } from '../../../../contract/directory';
import { errorResponseSchema } from '../../../../contract/errors';
import { findDirectory } from '../../../commands/find-directory';
import { getOrganisationProfile } from '../../../commands/get-organisation-profile';
import { publicAccess, publicIdentified } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentDirectoryEntry, presentOrganisationProfile } from '../../presenters/directory';

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/organisations',
    {
      schema: {
        tags: ['network'],
        summary: 'Directory of the active network organisations, by name, service, place (AGS), language and kind',
        querystring: directoryQuerySchema,
        response: { 200: directoryResponseSchema, 400: errorResponseSchema },
      },
      config: { policy: publicAccess },
    },
    async (request) => {
      const items = await findDirectory(contextOf(request), request.query);
      return { items: items.map(presentDirectoryEntry), total: items.length };
    },
  );

  app.get(
    '/api/v1/organisations/:id',
    {
      schema: {
        tags: ['network'],
        summary: 'One organisation: contacts, areas and services; signed-in staff also see its internal contact and referral figures',
        params: organisationParamsSchema,
        response: { 200: organisationProfileSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
      config: { policy: publicIdentified },
    },
    async (request) => presentOrganisationProfile(await getOrganisationProfile(contextOf(request), request.params.id)),
  );
};
