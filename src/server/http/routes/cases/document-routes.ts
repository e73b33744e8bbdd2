import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { caseParamsSchema } from '../../../../contract/cases';
import {
  caseDocumentListSchema,
  caseDocumentParamsSchema,
  caseDocumentSchema,
  documentMediaTypes,
  maxDocumentBytes,
  uploadDocumentBodySchema,
  uploadDocumentQuerySchema,
} from '../../../../contract/documents';
import { errorResponseSchema } from '../../../../contract/errors';
import { deleteCaseDocument } from '../../../commands/delete-case-document';
import { findCaseDocuments } from '../../../commands/find-case-documents';
import { getCaseDocumentContent } from '../../../commands/get-case-document-content';
import { uploadCaseDocument } from '../../../commands/upload-case-document';
import { signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { downloadHeaders, presentDocument } from '../../presenters/document';

const tags = ['cases'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema };
// Open to every signed-in person; the case policy answers 404 outside its scope.
const config = { policy: signedIn };

/**
 * Case documents. An upload is the file itself as the body (no multipart): every body in this
 * plugin is read as raw bytes, whatever its Content-Type, and the upload command decides from the
 * declared type and the content (415 with a precise reason instead of Fastify's generic one).
 * The parsers are replaced in this plugin only (Fastify encapsulation); other routes keep JSON.
 */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxDocumentBytes }, (_request, body, done) => done(null, body));

  app.post(
    '/api/v1/cases/:id/documents',
    {
      schema: {
        tags,
        summary: `Upload a document: the file as the body (${documentMediaTypes.join(', ')}; at most 10 MiB), its name and checklist item in the query`,
        consumes: [...documentMediaTypes],
        params: caseParamsSchema,
        querystring: uploadDocumentQuerySchema,
        body: uploadDocumentBodySchema,
        response: { 201: caseDocumentSchema, ...errors, 413: errorResponseSchema, 415: errorResponseSchema },
      },
      bodyLimit: maxDocumentBytes,
      config,
    },
    async (request, reply) => {
      const body: unknown = request.body;
      const document = await uploadCaseDocument(contextOf(request), request.params.id, {
        contentType: request.headers['content-type'],
        bytes: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
        ...request.query,
      });
      return reply.status(201).header('location', `/api/v1/cases/${request.params.id}/documents/${document.id}/content`).send(presentDocument(document));
    },
  );

  app.get(
    '/api/v1/cases/:id/documents',
    {
      schema: { tags, summary: 'The documents of a case (no contents), newest first', params: caseParamsSchema, response: { 200: caseDocumentListSchema, ...errors } },
      config,
    },
    async (request) => ({ items: (await findCaseDocuments(contextOf(request), request.params.id)).map(presentDocument) }),
  );

  app.get(
    '/api/v1/cases/:id/documents/:documentId/content',
    {
      schema: {
        tags,
        summary: 'Download a document (always as an attachment; every download is audited)',
        params: caseDocumentParamsSchema,
        // JSON for the error responses.
        produces: [...documentMediaTypes, 'application/json'],
        response: { 200: z.any().meta({ type: 'string', format: 'binary', description: 'The file, with its stored Content-Type' }), ...errors },
      },
      config,
    },
    async (request, reply) => {
      const { document, content } = await getCaseDocumentContent(contextOf(request), request.params.id, request.params.documentId);
      return reply.headers(downloadHeaders(document)).send(content);
    },
  );

  app.delete(
    '/api/v1/cases/:id/documents/:documentId',
    {
      schema: { tags, summary: 'Delete a document (soft: kept for the retention period, gone from lists and downloads)', params: caseDocumentParamsSchema, response: { 204: z.null(), ...errors } },
      config,
    },
    async (request, reply) => {
      await deleteCaseDocument(contextOf(request), request.params.id, request.params.documentId);
      return reply.status(204).send(null);
    },
  );
};
