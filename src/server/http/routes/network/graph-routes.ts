import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { errorResponseSchema } from '../../../../contract/errors';
import { networkGraphQuerySchema, networkGraphResponseSchema } from '../../../../contract/network-graph';
import { staffRoles } from '../../../../domain/identity/roles';
import { getNetworkGraph } from '../../../commands/get-network-graph';
import { rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

const tags = ['network'];

/** The network map: aggregates for staff, every count from 1 to 4 suppressed. */
export const networkGraphRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/network/graph',
    {
      schema: {
        tags,
        summary: 'The network map: organisations, declared cooperation agreements and observed referral flows in a period (default: the last 12 months)',
        querystring: networkGraphQuerySchema,
        response: { 200: networkGraphResponseSchema, 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
      config: { policy: rolesOnly(...staffRoles) },
    },
    async (request) => getNetworkGraph(contextOf(request), request.query),
  );
};
