import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { documentMediaTypes, maxDocumentBytes, uploadDocumentBodySchema } from '../../../../contract/documents';
import { errorResponseSchema } from '../../../../contract/errors';
import { attachmentParamsSchema, attachmentQuerySchema, messageAttachmentSchema } from '../../../../contract/messages';
import { getMyAttachment, uploadMyAttachment } from '../../../commands/message-attachments';
import { rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { downloadHeaders } from '../../presenters/document';

const tags = ['messages'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const config = { policy: rolesOnly('applicant') };

/**
 * The person's attachments: the file itself as the body (no multipart), as for staff uploads
 * (document-routes.ts); the parsers are replaced in this plugin only.
 */
export const messageAttachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxDocumentBytes }, (_request, body, done) => done(null, body));

  app.post(
    '/api/v1/me/messages/attachments',
    {
      schema: {
        tags,
        summary: `Upload an attachment for a message (${documentMediaTypes.join(', ')}; at most 10 MiB): the same checks as every case document; it becomes a document of the case`,
        consumes: [...documentMediaTypes],
        querystring: attachmentQuerySchema,
        body: uploadDocumentBodySchema,
        response: { 201: messageAttachmentSchema, ...errors, 413: errorResponseSchema, 415: errorResponseSchema },
      },
      bodyLimit: maxDocumentBytes,
      config,
    },
    async (request, reply) => {
      const body: unknown = request.body;
      const document = await uploadMyAttachment(contextOf(request), {
        contentType: request.headers['content-type'],
        bytes: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
        fileName: request.query.fileName,
      });
      return reply.status(201).send({ id: document.id, fileName: document.fileName, mediaType: document.mediaType as (typeof documentMediaTypes)[number], sizeBytes: document.sizeBytes });
    },
  );

  app.get(
    '/api/v1/me/messages/attachments/:documentId',
    {
      schema: {
        tags,
        summary: 'Download an attachment of the applicant’s thread (always as an attachment; audited)',
        params: attachmentParamsSchema,
        produces: [...documentMediaTypes, 'application/json'],
        response: { 200: z.any().meta({ type: 'string', format: 'binary', description: 'The file, with its stored Content-Type' }), ...errors },
      },
      config,
    },
    async (request, reply) => {
      const { document, content } = await getMyAttachment(contextOf(request), request.params.documentId);
      return reply.headers(downloadHeaders(document)).send(content);
    },
  );
};
