import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { caseParamsSchema } from '../../../../contract/cases';
import { eraseBodySchema, erasureResponseSchema, exportQuerySchema, legalHoldBodySchema, legalHoldResponseSchema, legalHoldSchema, personExportSchema, personParamsSchema } from '../../../../contract/data-subject';
import { errorResponseSchema } from '../../../../contract/errors';
import { erasePerson } from '../../../commands/erase-person';
import { exportPersonData } from '../../../commands/export-person-data';
import { getLegalHold, releaseLegalHold, setLegalHold, type LegalHold } from '../../../commands/legal-hold';
import { renderPersonExportPdf } from '../../../commands/render-person-export-pdf';
import { signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

const tags = ['data subject rights'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema };
const config = { policy: signedIn };

const presentHold = (hold: LegalHold) => ({ id: hold.id, caseId: hold.caseId, reason: hold.reason, setAt: hold.setAt.toISOString(), releasedAt: hold.releasedAt ? hold.releasedAt.toISOString() : null });

/** Art. 15 export, Art. 17 erasure and the legal hold that stops it. */
export const dataSubjectRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/cases/:id/persons/:personId/export',
    {
      schema: {
        tags,
        summary: 'Everything stored about the person and its audit trail (Art. 15 GDPR), as JSON or PDF',
        params: personParamsSchema,
        querystring: exportQuerySchema,
        produces: ['application/json', 'application/pdf'],
        response: { 200: z.union([personExportSchema, z.any()]), ...errors },
      },
      serializerCompiler: () => (data: unknown) => JSON.stringify(data),
      config,
    },
    async (request, reply) => {
      const data = await exportPersonData(contextOf(request), request.params.id, request.params.personId);
      reply.header('cache-control', 'no-store');
      if (request.query.format === 'pdf') {
        return reply.type('application/pdf').header('content-disposition', `attachment; filename="auskunft-${request.params.personId}.pdf"`).send(await renderPersonExportPdf(data, request.query.language));
      }
      return reply.type('application/json').header('content-disposition', `attachment; filename="auskunft-${request.params.personId}.json"`).send(data);
    },
  );

  app.post(
    '/api/v1/cases/:id/persons/:personId/erase',
    {
      schema: { tags, summary: 'Erase (anonymise) the person’s data (Art. 17 GDPR); refused under a legal hold', params: personParamsSchema, body: eraseBodySchema, response: { 200: erasureResponseSchema, ...errors, 409: errorResponseSchema } },
      config,
    },
    async (request) => {
      const erasure = await erasePerson(contextOf(request), request.params.id, request.params.personId);
      return { ...erasure, erasedAt: erasure.erasedAt.toISOString() };
    },
  );

  app.get(
    '/api/v1/cases/:id/legal-hold',
    { schema: { tags, summary: 'The active legal hold of the case, if any', params: caseParamsSchema, response: { 200: legalHoldResponseSchema, ...errors } }, config },
    async (request) => {
      const hold = await getLegalHold(contextOf(request), request.params.id);
      return { active: hold ? presentHold(hold) : null };
    },
  );

  app.post(
    '/api/v1/cases/:id/legal-hold',
    { schema: { tags, summary: 'Set a legal hold: nothing of the case is erased until it is released', params: caseParamsSchema, body: legalHoldBodySchema, response: { 201: legalHoldSchema, ...errors, 409: errorResponseSchema } }, config },
    async (request, reply) => reply.status(201).send(presentHold(await setLegalHold(contextOf(request), request.params.id, request.body.reason))),
  );

  app.delete(
    '/api/v1/cases/:id/legal-hold',
    { schema: { tags, summary: 'Release the legal hold', params: caseParamsSchema, response: { 204: z.null(), ...errors } }, config },
    async (request, reply) => {
      await releaseLegalHold(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
