import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  acceptContactRequestBodySchema,
  acceptContactRequestResponseSchema,
  contactRequestBodySchema,
  contactRequestCreatedSchema,
  contactRequestDetailSchema,
  contactRequestListQuerySchema,
  contactRequestListSchema,
  contactRequestParamsSchema,
  declineContactRequestBodySchema,
} from '../../../../contract/portal-entry';
import { acceptContactRequest, declineContactRequest } from '../../../commands/contact-request-handle';
import { getContactRequestDetail, listContactRequests } from '../../../commands/contact-request-inbox';
import { submitContactRequest } from '../../../commands/contact-request-submit';
import { caseStaffRoles } from '../../../policies/case.policy';
import { publicAccess, rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

const tags = ['contact-requests'];
const staff = rolesOnly(...caseStaffRoles);
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

/** "Beratung anfragen" from a Wegweiser result (public) and the navigator's inbox of requests. */
export const contactRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/contact-requests',
    {
      schema: {
        tags,
        summary: 'Ask for counselling from a Wegweiser result: the answers go, with consent, to the welcome centre responsible for the place (422 outside the network)',
        body: contactRequestBodySchema,
        response: { 201: contactRequestCreatedSchema, 400: errorResponseSchema, 422: errorResponseSchema, 429: errorResponseSchema },
      },
      // Public and it sends an e-mail: slow enough that it cannot be used to flood an inbox
      // (per address and recipient e-mail; refused bodies are not counted).
      config: {
        policy: publicAccess,
        rateLimit: {
          max: 10,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (request) => `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
        },
      },
    },
    async (request, reply) => reply.status(201).send(await submitContactRequest(contextOf(request), request.body)),
  );

  app.get(
    '/api/v1/contact-requests',
    {
      schema: {
        tags,
        summary: 'The contact requests of my organisation with a status (default open), newest first, and the number of open ones',
        querystring: contactRequestListQuerySchema,
        response: { 200: contactRequestListSchema, ...errors },
      },
      config: { policy: staff },
    },
    async (request) => listContactRequests(contextOf(request), request.query.status),
  );

  app.get(
    '/api/v1/contact-requests/:id',
    {
      schema: {
        tags,
        summary: 'One contact request with the answers evaluated again today',
        params: contactRequestParamsSchema,
        response: { 200: contactRequestDetailSchema, ...errors },
      },
      config: { policy: staff },
    },
    async (request) => getContactRequestDetail(contextOf(request), request.params.id),
  );

  app.post(
    '/api/v1/contact-requests/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept: open a case owned by my organisation from the stored answers (409 when handled already)',
        params: contactRequestParamsSchema,
        body: acceptContactRequestBodySchema,
        response: { 201: acceptContactRequestResponseSchema, ...errors, 409: errorResponseSchema, 422: errorResponseSchema },
      },
      config: { policy: staff },
    },
    async (request, reply) => reply.status(201).send(await acceptContactRequest(contextOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/contact-requests/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline with a reason',
        params: contactRequestParamsSchema,
        body: declineContactRequestBodySchema,
        response: { 204: z.null(), ...errors, 409: errorResponseSchema },
      },
      config: { policy: staff },
    },
    async (request, reply) => {
      await declineContactRequest(contextOf(request), request.params.id, request.body.reason);
      return reply.status(204).send(null);
    },
  );
};
