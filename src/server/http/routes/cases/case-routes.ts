import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import {
  caseListQuerySchema,
  caseListResponseSchema,
  caseParamsSchema,
  caseSchema,
  createCaseBodySchema,
  ifMatchHeadersSchema,
  patchCaseBodySchema,
} from '../../../../contract/cases';
import { errorResponseSchema } from '../../../../contract/errors';
import { createCase } from '../../../commands/create-case';
import { findCases } from '../../../commands/find-cases';
import { getCase } from '../../../commands/get-case';
import { updateCase } from '../../../commands/update-case';
import { caseStaffRoles } from '../../../policies/case.policy';
import { rolesOnly, signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { caseEtag, presentCase, presentCaseListItem } from '../../presenters/case';
import { requestedVersion } from './if-match';

const tags = ['cases'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

/**
 * Cases: routes with a case id are open to every signed-in person and answer 404 for a case
 * outside the caller's scope (the record policy decides, so existence is not revealed).
 */
export const caseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: 'Open a case for a person (optionally from a Wegweiser profile)',
        body: createCaseBodySchema,
        response: { 201: caseSchema, ...errors, 422: errorResponseSchema },
      },
      config: { policy: rolesOnly(...caseStaffRoles) },
    },
    async (request, reply) => {
      const detail = await createCase(contextOf(request), request.body);
      return reply.status(201).header('etag', caseEtag(detail.header.version)).header('location', `/api/v1/cases/${detail.header.id}`).send(presentCase(detail));
    },
  );

  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags,
        summary: 'The cases the caller can see: filtered, searched by name, sorted and paged',
        querystring: caseListQuerySchema,
        response: { 200: caseListResponseSchema, ...errors },
      },
      config: { policy: rolesOnly(...caseStaffRoles) },
    },
    async (request) => {
      const page = await findCases(contextOf(request), request.query);
      return { ...page, items: page.items.map(presentCaseListItem) };
    },
  );

  app.get(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case with its people, journey, tasks, obstacles, notes and timeline (ETag: its version)',
        params: caseParamsSchema,
        response: { 200: caseSchema, ...errors },
      },
      config: { policy: signedIn },
    },
    async (request, reply) => {
      const detail = await getCase(contextOf(request), request.params.id);
      return reply.header('etag', caseEtag(detail.header.version)).send(presentCase(detail));
    },
  );

  app.patch(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        summary: 'Change navigator, target title, job, employer or journey stage (needs If-Match: "<version>")',
        params: caseParamsSchema,
        headers: ifMatchHeadersSchema,
        body: patchCaseBodySchema,
        response: { 200: caseSchema, ...errors, 409: errorResponseSchema, 428: errorResponseSchema },
      },
      config: { policy: signedIn },
    },
    async (request, reply) => {
      const { version: bodyVersion, ...changes } = request.body;
      const version = requestedVersion(request.headers['if-match'], bodyVersion);
      const detail = await updateCase(contextOf(request), request.params.id, { ...changes, version });
      return reply.header('etag', caseEtag(detail.header.version)).send(presentCase(detail));
    },
  );
};
