import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  acceleratedProcedureSchema,
  completeStepBodySchema,
  deadlineBoardSchema,
  deadlinesQuerySchema,
  extendStepBodySchema,
  periodStartBodySchema,
  procedureCaseParamsSchema,
  procedureHeadersSchema,
  procedureStepParamsSchema,
  startProcedureBodySchema,
} from '../../../../contract/procedures';
import { completeProcedureStep, extendProcedureStep, moveProcedurePeriodStart } from '../../../commands/change-accelerated-procedure';
import { getAcceleratedProcedure } from '../../../commands/get-accelerated-procedure';
import { getDeadlineBoard } from '../../../commands/get-deadline-board';
import { startAcceleratedProcedure } from '../../../commands/start-accelerated-procedure';
import { deadlineBoardRoles, procedureEditorRoles } from '../../../policies/procedure.policy';
import { rolesOnly, signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentDeadlineBoard, presentProcedure, procedureEtag } from '../../presenters/procedure';
import { requestedVersion } from './if-match';

const tags = ['cases'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const changeResponses = { 200: acceleratedProcedureSchema, ...errors, 409: errorResponseSchema };
// Changes: case workers only (403 for every other role, whatever the case); the record rule adds
// 404 outside the case scope and 403 unless the caller's organisation is the owning ABH.
const editors = { policy: rolesOnly(...procedureEditorRoles) };

/** The version a change is based on, if the client sent one (If-Match or `version`); optional here. */
const versionOf = (ifMatch: string | undefined, bodyVersion: number | undefined): number | undefined =>
  ifMatch === undefined && bodyVersion === undefined ? undefined : requestedVersion(ifMatch, bodyVersion);

/** The §81a accelerated procedure of a case (law.md §14) and the deadline board. */
export const procedureRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/cases/:id/accelerated-procedure',
    {
      schema: {
        tags,
        summary: 'Record the employer–ABH agreement and plan the §81a procedure with its statutory deadlines',
        params: procedureCaseParamsSchema,
        body: startProcedureBodySchema,
        response: { 201: acceleratedProcedureSchema, ...errors, 409: errorResponseSchema },
      },
      config: editors,
    },
    async (request, reply) => {
      const view = await startAcceleratedProcedure(contextOf(request), request.params.id, request.body);
      return reply
        .status(201)
        .header('etag', procedureEtag(view.procedure.version))
        .header('location', `/api/v1/cases/${request.params.id}/accelerated-procedure`)
        .send(presentProcedure(view));
    },
  );

  app.get(
    '/api/v1/cases/:id/accelerated-procedure',
    {
      schema: {
        tags,
        summary: 'The §81a procedure of a case: steps, due dates (Europe/Berlin), overdue flags, fee (ETag: its version)',
        params: procedureCaseParamsSchema,
        response: { 200: acceleratedProcedureSchema, ...errors },
      },
      // Whoever may see the case; 404 otherwise (the case policy decides).
      config: { policy: signedIn },
    },
    async (request, reply) => {
      const view = await getAcceleratedProcedure(contextOf(request), request.params.id);
      return reply.header('etag', procedureEtag(view.procedure.version)).send(presentProcedure(view));
    },
  );

  app.post(
    '/api/v1/cases/:id/accelerated-procedure/steps/:stepId/complete',
    {
      schema: {
        tags,
        summary: 'Record an open step as done; the next step opens that day and gets its due date',
        params: procedureStepParamsSchema,
        headers: procedureHeadersSchema,
        body: completeStepBodySchema,
        response: changeResponses,
      },
      config: editors,
    },
    async (request, reply) => {
      const { id, stepId } = request.params;
      const version = versionOf(request.headers['if-match'], request.body.version);
      const view = await completeProcedureStep(contextOf(request), id, stepId, { ...request.body, version });
      return reply.header('etag', procedureEtag(view.procedure.version)).send(presentProcedure(view));
    },
  );

  app.post(
    '/api/v1/cases/:id/accelerated-procedure/steps/:stepId/extend',
    {
      schema: {
        tags,
        summary: 'Record an extension of a step’s period granted by the acting body (where the law allows one)',
        params: procedureStepParamsSchema,
        headers: procedureHeadersSchema,
        body: extendStepBodySchema,
        response: changeResponses,
      },
      config: editors,
    },
    async (request, reply) => {
      const { id, stepId } = request.params;
      const version = versionOf(request.headers['if-match'], request.body.version);
      const view = await extendProcedureStep(contextOf(request), id, stepId, { ...request.body, version });
      return reply.header('etag', procedureEtag(view.procedure.version)).send(presentProcedure(view));
    },
  );

  app.post(
    '/api/v1/cases/:id/accelerated-procedure/steps/:stepId/period-start',
    {
      schema: {
        tags,
        summary: 'Move the start of an open step’s period to the day its triggering event happened',
        params: procedureStepParamsSchema,
        headers: procedureHeadersSchema,
        body: periodStartBodySchema,
        response: changeResponses,
      },
      config: editors,
    },
    async (request, reply) => {
      const { id, stepId } = request.params;
      const version = versionOf(request.headers['if-match'], request.body.version);
      const view = await moveProcedurePeriodStart(contextOf(request), id, stepId, { ...request.body, version });
      return reply.header('etag', procedureEtag(view.procedure.version)).send(presentProcedure(view));
    },
  );

  app.get(
    '/api/v1/deadlines',
    {
      schema: {
        tags,
        summary: 'Deadline board: open §81a steps and case tasks due in the range (default: this week, Europe/Berlin) and everything overdue',
        querystring: deadlinesQuerySchema,
        response: { 200: deadlineBoardSchema, ...errors },
      },
      config: { policy: rolesOnly(...deadlineBoardRoles) },
    },
    async (request) => presentDeadlineBoard(await getDeadlineBoard(contextOf(request), request.query)),
  );
};
