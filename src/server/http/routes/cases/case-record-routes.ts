import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import {
  caseAuditQuerySchema,
  caseAuditResponseSchema,
  caseMemberParamsSchema,
  caseNoteSchema,
  caseObstacleParamsSchema,
  caseObstacleSchema,
  caseParamsSchema,
  casePersonSchema,
  caseTaskParamsSchema,
  caseTaskSchema,
  createMemberBodySchema,
  createNoteBodySchema,
  createObstacleBodySchema,
  createTaskBodySchema,
  patchMemberBodySchema,
  patchTaskBodySchema,
} from '../../../../contract/cases';
import { errorResponseSchema } from '../../../../contract/errors';
import { addCaseMember } from '../../../commands/add-case-member';
import { addCaseNote } from '../../../commands/add-case-note';
import { addCaseObstacle } from '../../../commands/add-case-obstacle';
import { addCaseTask } from '../../../commands/add-case-task';
import { todayOf } from '../../../commands/case-access';
import { changeMemberJourney } from '../../../commands/change-member-journey';
import { changeTaskStatus } from '../../../commands/change-task-status';
import { findCaseAudit } from '../../../commands/find-case-audit';
import { resolveCaseObstacle } from '../../../commands/resolve-case-obstacle';
import { signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentAuditEntry, presentCasePerson, presentNote, presentObstacle, presentTask } from '../../presenters/case';

const tags = ['cases'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema };
// Record routes are open to every signed-in person; the case policy answers 404 outside its scope.
const config = { policy: signedIn };

/** The parts of a case: family members, tasks, notes, obstacles, and its audit trail. */
export const caseRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/cases/:id/members',
    {
      schema: { tags, summary: 'Add a family member with their own journey', params: caseParamsSchema, body: createMemberBodySchema, response: { 201: casePersonSchema, ...errors } },
      config,
    },
    async (request, reply) => reply.status(201).send(presentCasePerson(await addCaseMember(contextOf(request), request.params.id, request.body))),
  );

  app.patch(
    '/api/v1/cases/:id/members/:memberId',
    {
      schema: {
        tags,
        summary: 'Move a family member’s own journey or set their target title',
        params: caseMemberParamsSchema,
        body: patchMemberBodySchema,
        response: { 200: casePersonSchema, ...errors, 409: errorResponseSchema },
      },
      config,
    },
    async (request) => presentCasePerson(await changeMemberJourney(contextOf(request), request.params.id, request.params.memberId, request.body)),
  );

  app.post(
    '/api/v1/cases/:id/tasks',
    {
      schema: { tags, summary: 'Add a task with a due date', params: caseParamsSchema, body: createTaskBodySchema, response: { 201: caseTaskSchema, ...errors } },
      config,
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      return reply.status(201).send(presentTask(await addCaseTask(ctx, request.params.id, request.body), todayOf(ctx)));
    },
  );

  app.patch(
    '/api/v1/cases/:id/tasks/:taskId',
    {
      schema: { tags, summary: 'Mark a task open, done or cancelled', params: caseTaskParamsSchema, body: patchTaskBodySchema, response: { 200: caseTaskSchema, ...errors } },
      config,
    },
    async (request) => {
      const ctx = contextOf(request);
      return presentTask(await changeTaskStatus(ctx, request.params.id, request.params.taskId, request.body.status), todayOf(ctx));
    },
  );

  app.post(
    '/api/v1/cases/:id/notes',
    {
      schema: { tags, summary: 'Add a note', params: caseParamsSchema, body: createNoteBodySchema, response: { 201: caseNoteSchema, ...errors } },
      config,
    },
    async (request, reply) => reply.status(201).send(presentNote(await addCaseNote(contextOf(request), request.params.id, request.body))),
  );

  app.post(
    '/api/v1/cases/:id/obstacles',
    {
      schema: { tags, summary: 'Tag an obstacle (Hemmnis)', params: caseParamsSchema, body: createObstacleBodySchema, response: { 201: caseObstacleSchema, ...errors } },
      config,
    },
    async (request, reply) => reply.status(201).send(presentObstacle(await addCaseObstacle(contextOf(request), request.params.id, request.body))),
  );

  app.post(
    '/api/v1/cases/:id/obstacles/:obstacleId/resolve',
    {
      schema: { tags, summary: 'Mark an obstacle resolved', params: caseObstacleParamsSchema, response: { 200: caseObstacleSchema, ...errors, 409: errorResponseSchema } },
      config,
    },
    async (request) => presentObstacle(await resolveCaseObstacle(contextOf(request), request.params.id, request.params.obstacleId)),
  );

  app.get(
    '/api/v1/cases/:id/audit',
    {
      schema: {
        tags,
        summary: 'Who read or changed the case, when and why (newest first)',
        params: caseParamsSchema,
        querystring: caseAuditQuerySchema,
        response: { 200: caseAuditResponseSchema, ...errors },
      },
      config,
    },
    async (request) => {
      const { items, total } = await findCaseAudit(contextOf(request), request.params.id, request.query);
      return { items: items.map(presentAuditEntry), total };
    },
  );
};
