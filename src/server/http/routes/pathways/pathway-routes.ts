import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  evaluateBodySchema,
  evaluationSchema,
  familyBodySchema,
  familyEvaluationSchema,
  reportBodySchema,
} from '../../../../contract/pathways';
import { createPathwayReport } from '../../../commands/create-pathway-report';
import { evaluateFamily, evaluatePathways } from '../../../commands/evaluate-pathways';
import { publicAccess } from '../../../policies/route-policy';
import type { AppDeps } from '../../app-deps';

const tags = ['wegweiser'];
const engineDeps = (deps: AppDeps) => ({ clock: deps.clock, db: deps.database.db });
const errors = { 400: errorResponseSchema, 422: errorResponseSchema };

// The evaluation is built by our own engine and typed end to end; re-validating ~40 KB of
// explanations on the way out would halve the throughput (bench), so it is serialised directly.
const serializeDirectly = () => (data: unknown) => JSON.stringify(data);

/** The Wegweiser: public, no sign-in, nothing about the person is stored. */
export const pathwayRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/pathways/evaluate',
    {
      schema: {
        tags,
        summary: 'Evaluate the residence titles for skilled workers for a profile',
        body: evaluateBodySchema,
        response: { 200: evaluationSchema, ...errors },
      },
      serializerCompiler: serializeDirectly,
      config: { policy: publicAccess },
    },
    async (request) => evaluatePathways(engineDeps(request.server.deps), request.body.profile),
  );

  app.post(
    '/api/v1/pathways/family',
    {
      schema: {
        tags,
        summary: 'Evaluate family reunification for the members of a skilled worker’s family',
        body: familyBodySchema,
        response: { 200: familyEvaluationSchema, ...errors },
      },
      serializerCompiler: serializeDirectly,
      config: { policy: publicAccess },
    },
    async (request) => evaluateFamily(engineDeps(request.server.deps), request.body),
  );

  app.post(
    '/api/v1/pathways/report',
    {
      schema: {
        tags,
        summary: 'Result, conditions, checklist, legal state (and optionally family, offices, permalink) of an evaluation as a tagged PDF',
        body: reportBodySchema,
        produces: ['application/pdf'],
        response: { 200: z.any().describe('application/pdf'), ...errors },
      },
      serializerCompiler: serializeDirectly,
      // Rendering a PDF costs far more than an evaluation; a public endpoint must not be a lever.
      config: { policy: publicAccess, rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const deps = request.server.deps;
      const { pdf, evaluationDate } = await createPathwayReport({ ...engineDeps(deps), config: deps.config }, request.body);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="wegweiser-${evaluationDate}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
