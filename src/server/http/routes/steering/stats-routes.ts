import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorResponseSchema } from '../../../../contract/errors';
import { statsFilterOptionsSchema, statsQuerySchema, statsResponseSchema, type StatsFilter } from '../../../../contract/steering';
import { factViews, loadSteeringFigures } from '../../../commands/steering/figures';
import { getStatsFilterOptions } from '../../../commands/steering/options';
import { rolesOnly } from '../../../policies/route-policy';
import { exportStatsCsv, exportStatsXlsx, statsFileName, type ExportLanguage } from '../../../reports/stats-export';
import { contextOf } from '../../app-deps';

const tags = ['steering'];
/** The steering body and administrators see the network; a case worker the cases of their own authority (the command decides). */
const policy = rolesOnly('steering', 'admin', 'caseworker');
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

const summaries: Record<(typeof factViews)[number], string> = {
  overview: 'Open cases by stage and authority, new and closed cases per month, family sizes, time to visa decision and entry',
  'stage-durations': 'Median and 90th percentile days per journey stage, against the previous period, per authority; the bottleneck stage',
  'referral-deadlines': 'The 48-hour rule: referrals per receiving organisation and purpose, share answered on time, answer time, overdue, escalated',
  'procedure-deadlines': '§81a deadlines per step: share kept, median days, overdue now',
  obstacles: 'Obstacles by category, stage, authority and month, and the time to resolve them',
};

/** The file language: `language` in the query, else the first language of Accept-Language, else German. */
function fileLanguage(request: FastifyRequest, filter: StatsFilter): ExportLanguage {
  if (filter.language) return filter.language;
  const first = request.headers['accept-language']?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return first === 'en' ? 'en' : 'de';
}

/** The steering figures (`/api/v1/stats/…`): aggregates with small counts suppressed, as JSON, CSV or XLSX. */
export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/stats/options',
    {
      schema: { tags, summary: 'The choices of the steering filter form within the caller’s scope', response: { 200: statsFilterOptionsSchema, ...errors } },
      config: { policy },
    },
    async (request) => getStatsFilterOptions(contextOf(request)),
  );

  for (const view of factViews) {
    app.get(
      `/api/v1/stats/${view}`,
      {
        schema: {
          tags,
          summary: summaries[view],
          querystring: statsQuerySchema,
          produces: ['application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
          response: { 200: z.union([statsResponseSchema, z.any().describe('text/csv or XLSX (format=csv|xlsx)')]), ...errors },
        },
        config: { policy },
      },
      async (request, reply) => {
        const figures = await loadSteeringFigures(contextOf(request), view, request.query);
        const format = request.query.format ?? 'json';
        if (format === 'json') return figures;
        const language = fileLanguage(request, request.query);
        const file = format === 'csv' ? Buffer.from(exportStatsCsv(figures, language), 'utf8') : await exportStatsXlsx(figures, language);
        return reply
          .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${statsFileName(figures, format)}"`)
          .header('cache-control', 'no-store')
          .send(file);
      },
    );
  }
};
