import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { errorResponseSchema } from '../../../../contract/errors';
import { lawStateSchema, lawYearParamsSchema, lawYearSchema, lawYearsResponseSchema, setLawYearBodySchema } from '../../../../contract/law';
import { getLawState, listLawYearFigures, setLawYear } from '../../../commands/law-years';
import { publicAccess, rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

const tags = ['law'];
const denied = { 401: errorResponseSchema, 403: errorResponseSchema };

/** The legal state (public) and the yearly figures of residence law (administration). */
export const lawRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/pathways/law',
    {
      schema: { tags: ['wegweiser'], summary: 'The legal state the Wegweiser evaluates under: rule sets and the years with figures', response: { 200: lawStateSchema } },
      config: { policy: publicAccess },
    },
    async (request) => getLawState({ db: request.server.deps.database.db, clock: request.server.deps.clock }),
  );

  app.get(
    '/api/v1/law/years',
    {
      schema: { tags, summary: 'Yearly figures of residence law with their sources (built in and entered)', response: { 200: lawYearsResponseSchema, ...denied } },
      config: { policy: rolesOnly('admin', 'steering') },
    },
    async (request) => listLawYearFigures(contextOf(request)),
  );

  app.put(
    '/api/v1/law/years/:year',
    {
      schema: {
        tags,
        summary: 'Enter a new year’s figures or correct a year (validated, audited, in force at once)',
        params: lawYearParamsSchema,
        body: setLawYearBodySchema,
        response: { 200: lawYearSchema, 400: errorResponseSchema, 409: errorResponseSchema, ...denied },
      },
      config: { policy: rolesOnly('admin') },
    },
    async (request) => setLawYear(contextOf(request), request.params.year, request.body.figures, request.body.expectedRevision),
  );
};
