import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import {
  createEmployerRequestBodySchema,
  employerGuideSchema,
  employerRequestParamsSchema,
  employerRequestSchema,
  employerRequestsResponseSchema,
  hiresResponseSchema,
} from '../../../../contract/employer';
import { errorResponseSchema } from '../../../../contract/errors';
import { createEmployerRequest } from '../../../commands/create-employer-request';
import { requireEmployer } from '../../../commands/employer-access';
import { getEmployerHires, getEmployerRequest, getEmployerRequests } from '../../../commands/employer-portal';
import { rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentEmployerGuide, presentEmployerRequest, presentHire } from '../../presenters/employer';

const tags = ['employer'];
const errors = { 401: errorResponseSchema, 403: errorResponseSchema };
const employers = { policy: rolesOnly('employer') };

/** The employer's part of the portal (ADR 0016): hires (status only) and the employer's own §81a requests. */
export const employerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/employer/hires',
    {
      schema: { tags, summary: 'People who consented to share their procedure status with my organisation (status fields only); audited', response: { 200: hiresResponseSchema, ...errors } },
      config: employers,
    },
    async (request) => {
      const { items, today } = await getEmployerHires(contextOf(request));
      return { items: items.map((item) => presentHire(item, today)), today };
    },
  );

  app.get(
    '/api/v1/employer/guide',
    {
      schema: { tags, summary: 'The §81a agreement, the documents to provide, the fee and the statutory steps', response: { 200: employerGuideSchema, ...errors } },
      config: employers,
    },
    async (request) => {
      requireEmployer(contextOf(request));
      return presentEmployerGuide();
    },
  );

  app.get(
    '/api/v1/employer/requests',
    {
      schema: { tags, summary: "My organisation's §81a requests with the status of each statutory step; audited", response: { 200: employerRequestsResponseSchema, ...errors } },
      config: employers,
    },
    async (request) => {
      const { items, today } = await getEmployerRequests(contextOf(request));
      return { items: items.map((item) => presentEmployerRequest(item, today)), today };
    },
  );

  app.get(
    '/api/v1/employer/requests/:requestId',
    {
      schema: { tags, summary: 'One §81a request of my organisation; audited', params: employerRequestParamsSchema, response: { 200: employerRequestSchema, 400: errorResponseSchema, ...errors, 404: errorResponseSchema } },
      config: employers,
    },
    async (request) => {
      const { item, today } = await getEmployerRequest(contextOf(request), request.params.requestId);
      return presentEmployerRequest(item, today);
    },
  );

  app.post(
    '/api/v1/employer/requests',
    {
      schema: {
        tags,
        summary: 'Start a §81a accelerated procedure: the case goes to the Ausländerbehörde responsible for the place of work',
        body: createEmployerRequestBodySchema,
        response: { 201: employerRequestSchema, 400: errorResponseSchema, ...errors, 422: errorResponseSchema },
      },
      config: employers,
    },
    async (request, reply) => {
      const { item, today } = await createEmployerRequest(contextOf(request), request.body);
      return reply.code(201).send(presentEmployerRequest(item, today));
    },
  );
};
