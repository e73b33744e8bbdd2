import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  createPraxisCheckBodySchema,
  praxisCheckDownloadQuerySchema,
  praxisCheckListSchema,
  praxisCheckPreviewBodySchema,
  praxisCheckPreviewResponseSchema,
  praxisCheckReportParamsSchema,
  praxisCheckReportSchema,
  praxisCheckVersionParamsSchema,
  praxisCheckVersionSchema,
  publishPraxisCheckBodySchema,
  savePraxisCheckDraftBodySchema,
} from '../../../../contract/praxis-check';
import { previewMarkdown } from '../../../commands/preview-markdown';
import { downloadPraxisCheck } from '../../../commands/praxis-check/download';
import {
  createPraxisCheck,
  getPraxisCheckVersion,
  listPraxisChecks,
  praxisCheckEditorRoles,
  praxisCheckReaderRoles,
  publishPraxisCheck,
  savePraxisCheckDraft,
  startPraxisCheckDraft,
} from '../../../commands/praxis-check/reports';
import { rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

const tags = ['steering'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const changeErrors = { ...errors, 409: errorResponseSchema };
const editors = rolesOnly(...praxisCheckEditorRoles);
const readers = rolesOnly(...praxisCheckReaderRoles);

/** The Praxis-Check: the steering body writes and publishes it; administrators read it. */
export const praxisCheckRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/praxis-check/reports',
    { schema: { tags, summary: 'The Praxis-Check reports with their versions, newest first', response: { 200: praxisCheckListSchema, ...errors } }, config: { policy: readers } },
    async (request) => ({ items: await listPraxisChecks(contextOf(request)) }),
  );

  app.post(
    '/api/v1/praxis-check/reports',
    {
      schema: { tags, summary: 'A new report for a period and scope, with an empty first draft', body: createPraxisCheckBodySchema, response: { 201: praxisCheckReportSchema, ...errors } },
      config: { policy: editors },
    },
    async (request, reply) => reply.code(201).send(await createPraxisCheck(contextOf(request), request.body)),
  );

  app.post(
    '/api/v1/praxis-check/reports/:id/drafts',
    {
      schema: { tags, summary: 'A new draft copied from the newest version (409 while a draft exists)', params: praxisCheckReportParamsSchema, response: { 201: praxisCheckVersionSchema, ...changeErrors } },
      config: { policy: editors },
    },
    async (request, reply) => reply.code(201).send(await startPraxisCheckDraft(contextOf(request), request.params.id)),
  );

  app.get(
    '/api/v1/praxis-check/reports/:id/versions/:version',
    {
      schema: { tags, summary: 'One version: Markdown per section and the same rendered and sanitised', params: praxisCheckVersionParamsSchema, response: { 200: praxisCheckVersionSchema, ...errors } },
      config: { policy: readers },
    },
    async (request) => getPraxisCheckVersion(contextOf(request), request.params.id, request.params.version),
  );

  app.patch(
    '/api/v1/praxis-check/reports/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'Save sections of the draft (editedAt as read; 409 when someone saved in between or the version is published)',
        params: praxisCheckVersionParamsSchema,
        body: savePraxisCheckDraftBodySchema,
        response: { 200: praxisCheckVersionSchema, ...changeErrors },
      },
      config: { policy: editors },
    },
    async (request) => savePraxisCheckDraft(contextOf(request), request.params.id, request.params.version, request.body),
  );

  app.post(
    '/api/v1/praxis-check/reports/:id/versions/:version/publish',
    {
      schema: {
        tags,
        summary: 'Publish the draft: its text and the figures of today are frozen',
        params: praxisCheckVersionParamsSchema,
        body: publishPraxisCheckBodySchema,
        response: { 200: praxisCheckVersionSchema, ...changeErrors },
      },
      config: { policy: editors },
    },
    async (request) => publishPraxisCheck(contextOf(request), request.params.id, request.params.version, request.body.editedAt),
  );

  app.post(
    '/api/v1/praxis-check/preview',
    {
      schema: { tags, summary: 'Render a section’s Markdown as the report page shows it (sanitised HTML)', body: praxisCheckPreviewBodySchema, response: { 200: praxisCheckPreviewResponseSchema, ...errors } },
      config: { policy: editors },
    },
    async (request) => ({ html: previewMarkdown(request.body.body) }),
  );

  app.get(
    '/api/v1/reports/praxis-check',
    {
      schema: {
        tags,
        summary: 'The Praxis-Check as a tagged PDF or a CSV of every figure (default: the newest published version)',
        querystring: praxisCheckDownloadQuerySchema,
        produces: ['application/pdf', 'text/csv'],
        response: { 200: z.any().describe('application/pdf or text/csv'), ...errors },
      },
      config: { policy: readers },
    },
    async (request, reply) => {
      const file = await downloadPraxisCheck(contextOf(request), request.query);
      return reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`).header('cache-control', 'no-store').send(file.body);
    },
  );
};
