import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { errorResponseSchema } from '../../../../contract/errors';
import { responsibilityQuerySchema, responsibilityResponseSchema, servicesResponseSchema } from '../../../../contract/network';
import { findResponsibility, serviceInfos } from '../../../commands/find-responsibility';
import { publicAccess } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

const tags = ['network'];

/** The service catalogue and the responsibility finder: public, nothing personal. */
export const responsibilityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/services',
    {
      schema: { tags, summary: 'The catalogue of services of the network', response: { 200: servicesResponseSchema } },
      config: { policy: publicAccess },
    },
    async () => ({ items: serviceInfos() }),
  );

  app.get(
    '/api/v1/responsibility',
    {
      schema: {
        tags,
        summary: 'Who is responsible for a service in a place: most specific area first, the statutory authority before other offers',
        querystring: responsibilityQuerySchema,
        response: { 200: responsibilityResponseSchema, 400: errorResponseSchema },
      },
      config: { policy: publicAccess },
    },
    async (request) => findResponsibility(contextOf(request), request.query),
  );
};
