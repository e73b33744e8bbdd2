import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { caseParamsSchema } from '../../../../contract/cases';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  caseQualificationParamsSchema,
  caseQualificationSchema,
  caseQualificationsResponseSchema,
  occupationQuerySchema,
  occupationsResponseSchema,
  putQualificationBodySchema,
} from '../../../../contract/qualifications';
import { staffRoles } from '../../../../domain/identity/roles';
import { getCaseQualifications, saveCaseQualification } from '../../../commands/case-qualifications';
import { findOccupations } from '../../../occupations/occupation-list';
import { rolesOnly, signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

const tags = ['cases'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema };
// Like the other record routes: open to every signed-in person, the case policy answers 404 outside its scope.
const config = { policy: signedIn };

/** The foreign qualification of each person of a case, its recognition, and the reference occupations. */
export const qualificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/occupations',
    {
      schema: {
        tags,
        summary: 'Reference occupations (KldB 2010 with ISCO-08) whose German or English name matches the query',
        querystring: occupationQuerySchema,
        response: { 200: occupationsResponseSchema, 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
      config: { policy: rolesOnly(...staffRoles) },
    },
    async (request) => ({ items: findOccupations(request.query.q, request.query.limit) }),
  );

  app.get(
    '/api/v1/cases/:id/qualifications',
    {
      schema: {
        tags,
        summary: 'The foreign qualification and its recognition of every person of the case, and the recognition bodies to choose from',
        params: caseParamsSchema,
        response: { 200: caseQualificationsResponseSchema, ...errors },
      },
      config,
    },
    async (request) => getCaseQualifications(contextOf(request), request.params.id),
  );

  app.put(
    '/api/v1/cases/:id/persons/:personId/qualification',
    {
      schema: {
        tags,
        summary: 'Record a person’s foreign qualification: type, country, reference occupation, recognition outcome, decision date, body and file number',
        params: caseQualificationParamsSchema,
        body: putQualificationBodySchema,
        response: { 200: caseQualificationSchema, ...errors },
      },
      config,
    },
    async (request) => saveCaseQualification(contextOf(request), request.params.id, request.params.personId, request.body),
  );
};
