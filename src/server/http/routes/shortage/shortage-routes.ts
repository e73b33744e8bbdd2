import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../../../contract/errors';
import {
  maxShortageCsvBytes,
  shortageImportBodySchema,
  shortageImportListSchema,
  shortageImportParamsSchema,
  shortageImportQuerySchema,
  shortageImportRefusalSchema,
  shortageImportSchema,
  shortageStatsQuerySchema,
  shortageStatsResponseSchema,
} from '../../../../contract/shortage';
import { describeShortageProblem } from '../../../../domain/steering/index';
import { importShortageCsv, listShortageImports, removeShortageImport } from '../../../commands/shortage/shortage-imports';
import { getShortageStats } from '../../../commands/shortage/shortage-stats';
import { AppError } from '../../../errors';
import { rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { fileLanguage, sendStatsFile } from './shortage-export';

const denied = { 401: errorResponseSchema, 403: errorResponseSchema };
const admins = rolesOnly('admin');
const csvTypes = ['text/csv', 'text/plain', 'application/vnd.ms-excel', 'application/octet-stream'];

/**
 * Imports of the Engpassanalyse (administrators only). An upload is the CSV file itself as the
 * body (no multipart), as for case documents; source and file name travel in the query. The
 * parsers are replaced in this plugin only (Fastify encapsulation); other routes keep JSON.
 */
export const shortageImportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxShortageCsvBytes }, (_request, body, done) => done(null, body));
  const tags = ['administration'];

  app.post(
    '/api/v1/admin/shortage-imports',
    {
      schema: {
        tags,
        summary: 'Import the Engpassanalyse from CSV (all rows or none; a refusal names line and column of every problem; audited)',
        consumes: csvTypes,
        querystring: shortageImportQuerySchema,
        body: shortageImportBodySchema,
        response: { 201: shortageImportSchema, 400: z.union([shortageImportRefusalSchema, errorResponseSchema]), 413: errorResponseSchema, 415: errorResponseSchema, ...denied },
      },
      bodyLimit: maxShortageCsvBytes,
      config: { policy: admins },
    },
    async (request, reply) => {
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!csvTypes.includes(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Send the CSV file as text/csv (got ${type || 'no Content-Type'}).`);
      const body: unknown = request.body;
      const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      const result = await importShortageCsv(contextOf(request), {
        bytes,
        source: request.query.source,
        fileName: request.query.fileName ?? 'engpassanalyse.csv',
        isDemo: request.query.demo,
      });
      if (!result.ok) {
        const fields = Object.fromEntries(result.problems.slice(0, 50).map((problem) => [`line ${problem.line}${problem.column ? `, ${problem.column}` : ''}`, problem.message.en]));
        const first = result.problems[0];
        return reply.status(400).send({
          error: {
            code: 'VALIDATION_FAILED',
            message: `Nothing was imported: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}${first ? ` (${describeShortageProblem(first, 'en')})` : ''}.`,
            fields,
          },
          problems: result.problems,
        });
      }
      return reply.status(201).send(result.import);
    },
  );

  app.get(
    '/api/v1/admin/shortage-imports',
    { schema: { tags, summary: 'The imports of the Engpassanalyse, newest (the one in use) first', response: { 200: shortageImportListSchema, ...denied } }, config: { policy: admins } },
    async (request) => listShortageImports(contextOf(request)),
  );

  app.delete(
    '/api/v1/admin/shortage-imports/:id',
    {
      schema: { tags, summary: 'Delete an import with its rows (audited); the next newest is used then', params: shortageImportParamsSchema, response: { 204: z.null(), 400: errorResponseSchema, 404: errorResponseSchema, ...denied } },
      config: { policy: admins },
    },
    async (request, reply) => {
      await removeShortageImport(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};

/** The view occupation × country of origin (`format=csv|xlsx` for a download). */
export const shortageStatsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/stats/shortage',
    {
      schema: {
        tags: ['steering'],
        summary:
          'Shortage occupations × country of origin: people with full or partial recognition per reference occupation and country of qualification, matched to the newest Engpassanalyse; counts 1–4 suppressed',
        querystring: shortageStatsQuerySchema,
        produces: ['application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: z.union([shortageStatsResponseSchema, z.any()]), 400: errorResponseSchema, ...denied },
      },
      // Case workers may ask; the command narrows them to their Ausländerbehörde or refuses.
      config: { policy: rolesOnly('steering', 'admin', 'caseworker') },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const response = await getShortageStats(ctx, request.query);
      if (request.query.format === 'csv' || request.query.format === 'xlsx') return sendStatsFile(reply, response, request.query.format, fileLanguage(request, request.query.language));
      return response;
    },
  );
};
