import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  createObstacleReportSchema,
  obstacleReportDecisionSchema,
  obstacleReportListQuerySchema,
  obstacleReportListSchema,
  obstacleReportSchema,
  obstacleTextClearanceSchema,
  obstacleTextListQuerySchema,
  obstacleTextReviewListSchema,
  obstacleTextReviewSchema,
  obstacleTextsQuerySchema,
  obstacleTextsResponseSchema,
} from '../../../../contract/obstacle-reports';
import { roles } from '../../../../domain/identity/roles';
import { clearObstacleText, listObstacleTexts } from '../../../commands/obstacle-reports/clear-obstacle-texts';
import { decideObstacleReport, listObstacleReports } from '../../../commands/obstacle-reports/moderate-obstacle-report';
import { loadPracticeDescriptions } from '../../../commands/obstacle-reports/practice-descriptions';
import { reportObstacle } from '../../../commands/obstacle-reports/report-obstacle';
import { rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

const tags = ['steering'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
/** Everyone working in or with the network reports obstacles: staff and employers, not applicants. */
const reporters = roles.filter((role) => role !== 'applicant');
const reportParams = z.strictObject({ id: z.uuid('not a report id') });
const obstacleParams = z.strictObject({ obstacleId: z.uuid('not an obstacle id') });

/** "Hemmnis melden", the steering body's moderation, and the anonymised practice descriptions. */
export const obstacleReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/obstacle-reports',
    {
      schema: {
        tags,
        summary: 'Report an obstacle without a case for the Praxis-Check; it waits for moderation by the steering body',
        body: createObstacleReportSchema,
        response: { 201: obstacleReportSchema, ...errors },
      },
      config: { policy: rolesOnly(...reporters) },
    },
    async (request, reply) => reply.status(201).send(await reportObstacle(contextOf(request), request.body)),
  );

  app.get(
    '/api/v1/obstacle-reports',
    {
      schema: {
        tags,
        summary: 'Reported obstacles for moderation, newest first (the read is audited)',
        querystring: obstacleReportListQuerySchema,
        response: { 200: obstacleReportListSchema, ...errors },
      },
      config: { policy: rolesOnly('steering', 'admin') },
    },
    async (request) => listObstacleReports(contextOf(request), request.query.status),
  );

  app.post(
    '/api/v1/obstacle-reports/:id/decision',
    {
      schema: {
        tags,
        summary: 'Accept a reported obstacle (it counts and may be quoted) or reject it with a reason; also corrects an earlier decision',
        params: reportParams,
        body: obstacleReportDecisionSchema,
        response: { 200: obstacleReportSchema, ...errors, 404: errorResponseSchema },
      },
      config: { policy: rolesOnly('steering') },
    },
    async (request) => decideObstacleReport(contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/obstacle-texts',
    {
      schema: {
        tags,
        summary: 'Free texts of case obstacles for review, with category, stage, authority and month only (the read is audited)',
        querystring: obstacleTextListQuerySchema,
        response: { 200: obstacleTextReviewListSchema, ...errors },
      },
      config: { policy: rolesOnly('steering', 'admin') },
    },
    async (request) => listObstacleTexts(contextOf(request), request.query.status),
  );

  app.put(
    '/api/v1/obstacle-texts/:obstacleId/clearance',
    {
      schema: {
        tags,
        summary: 'Mark a case obstacle text free of personal data (optionally shortened) or not to be used; also changes an earlier decision',
        params: obstacleParams,
        body: obstacleTextClearanceSchema,
        response: { 200: obstacleTextReviewSchema, ...errors, 404: errorResponseSchema },
      },
      config: { policy: rolesOnly('steering') },
    },
    async (request) => clearObstacleText(contextOf(request), request.params.obstacleId, request.body),
  );

  app.get(
    '/api/v1/stats/obstacle-texts',
    {
      schema: {
        tags,
        summary: 'Anonymised practice descriptions per obstacle category: cleared case texts and accepted reports; none for a category with fewer than 5 obstacles',
        querystring: obstacleTextsQuerySchema,
        response: { 200: obstacleTextsResponseSchema, ...errors },
      },
      config: { policy: rolesOnly('steering', 'admin', 'caseworker') },
    },
    async (request) => loadPracticeDescriptions(contextOf(request), request.query),
  );
};
