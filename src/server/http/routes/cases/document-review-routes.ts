import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { caseParamsSchema } from '../../../../contract/cases';
import { caseDocumentParamsSchema, caseDocumentSchema } from '../../../../contract/documents';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  createDocumentRequestSchema,
  documentRequestListSchema,
  documentRequestParamsSchema,
  documentRequestSchema,
  documentReviewSchema,
  type DocumentRequest,
} from '../../../../contract/portal';
import { findCaseDocumentRequests, requestCaseDocument, reviewCaseDocument, withdrawCaseDocumentRequest, type DocumentRequestView } from '../../../commands/review-case-documents';
import { signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentDocument } from '../../presenters/document';

const tags = ['cases'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
// Open to every signed-in person; the case policy answers 404 outside its scope.
const config = { policy: signedIn };

const presentRequest = (row: DocumentRequestView): DocumentRequest => ({
  id: row.id,
  personId: row.personId,
  title: row.title,
  note: row.note,
  requestedAt: row.requestedAt.toISOString(),
  requestedBy: row.requester,
  withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  documentIds: row.documentIds,
});

/** Staff review of uploads and requests for further documents (ADR 0016). */
export const documentReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/cases/:id/documents/:documentId/review',
    {
      schema: {
        tags,
        summary: 'Review a document: accept it, or reject it with a reason the person reads (can be changed again)',
        params: caseDocumentParamsSchema,
        body: documentReviewSchema,
        response: { 200: caseDocumentSchema, ...errors },
      },
      config,
    },
    async (request) => presentDocument(await reviewCaseDocument(contextOf(request), request.params.id, request.params.documentId, request.body)),
  );

  app.get(
    '/api/v1/cases/:id/document-requests',
    { schema: { tags, summary: 'The documents asked of the person (open and withdrawn), with the uploads answering them', params: caseParamsSchema, response: { 200: documentRequestListSchema, ...errors } }, config },
    async (request) => ({ items: (await findCaseDocumentRequests(contextOf(request), request.params.id)).map(presentRequest) }),
  );

  app.post(
    '/api/v1/cases/:id/document-requests',
    {
      schema: { tags, summary: 'Ask the person (or a family member) for a further document', params: caseParamsSchema, body: createDocumentRequestSchema, response: { 201: documentRequestSchema, ...errors } },
      config,
    },
    async (request, reply) => reply.status(201).send(presentRequest(await requestCaseDocument(contextOf(request), request.params.id, request.body))),
  );

  app.post(
    '/api/v1/cases/:id/document-requests/:requestId/withdraw',
    { schema: { tags, summary: 'Withdraw a document request (it leaves the person’s checklist)', params: documentRequestParamsSchema, response: { 204: z.null(), ...errors } }, config },
    async (request, reply) => {
      await withdrawCaseDocumentRequest(contextOf(request), request.params.id, request.params.requestId);
      return reply.status(204).send(null);
    },
  );
};
