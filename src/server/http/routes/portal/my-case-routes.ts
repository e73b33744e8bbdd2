import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { documentMediaTypes, maxDocumentBytes, uploadDocumentBodySchema } from '../../../../contract/documents';
import { errorResponseSchema } from '../../../../contract/errors';
import { myCaseSchema, myDocumentParamsSchema, myDocumentSchema, myUploadQuerySchema } from '../../../../contract/portal';
import { getMyCase } from '../../../commands/portal-my-case';
import { getMyDocumentContent, uploadMyDocument } from '../../../commands/portal-documents';
import { rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { downloadHeaders } from '../../presenters/document';

const tags = ['portal'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
// Applicants only; without a portal account the answer is 404 (ADR 0016).
const config = { policy: rolesOnly('applicant') };

/**
 * The skilled worker's own case in the portal. An upload is the raw file as the body, as for staff
 * uploads (document-routes.ts), and runs through the same checks (fileCaseDocument).
 */
export const myCaseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxDocumentBytes }, (_request, body, done) => done(null, body));

  app.get(
    '/api/v1/me/case',
    { schema: { tags, summary: "The applicant's own case, journey and checklist (audited: self_service)", response: { 200: myCaseSchema, ...errors } }, config },
    async (request) => getMyCase(contextOf(request)),
  );

  app.post(
    '/api/v1/me/documents',
    {
      schema: {
        tags,
        summary: `Upload one of my documents for a checklist item or a document request: the file as the body (${documentMediaTypes.join(', ')}; at most 10 MiB)`,
        consumes: [...documentMediaTypes],
        querystring: myUploadQuerySchema,
        body: uploadDocumentBodySchema,
        response: { 201: myDocumentSchema, ...errors, 413: errorResponseSchema, 415: errorResponseSchema },
      },
      bodyLimit: maxDocumentBytes,
      config,
    },
    async (request, reply) => {
      const body: unknown = request.body;
      const ctx = contextOf(request);
      const document = await uploadMyDocument(ctx, { contentType: request.headers['content-type'], bytes: Buffer.isBuffer(body) ? body : Buffer.alloc(0), ...request.query });
      return reply
        .status(201)
        .header('location', `/api/v1/me/documents/${document.id}/content`)
        .send({
          id: document.id,
          fileName: document.fileName,
          mediaType: document.mediaType as (typeof documentMediaTypes)[number],
          sizeBytes: document.sizeBytes,
          uploadedAt: document.uploadedAt.toISOString(),
          uploadedByMe: true,
          personId: document.personId,
          checklistItemId: document.checklistItemId,
          requestId: document.requestId,
          reviewStatus: 'received' as const,
          reviewReason: null,
          reviewedAt: null,
        });
    },
  );

  app.get(
    '/api/v1/me/documents/:documentId/content',
    {
      schema: {
        tags,
        summary: 'Download one of my documents (always as an attachment; audited: self_service)',
        params: myDocumentParamsSchema,
        produces: [...documentMediaTypes, 'application/json'],
        response: { 200: z.any().meta({ type: 'string', format: 'binary', description: 'The file, with its stored Content-Type' }), ...errors },
      },
      config,
    },
    async (request, reply) => {
      const { document, content } = await getMyDocumentContent(contextOf(request), request.params.documentId);
      return reply.headers(downloadHeaders(document)).send(content);
    },
  );
};
