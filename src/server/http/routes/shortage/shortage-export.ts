import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StatsResponse } from '../../../../contract/steering';
import { exportStatsCsv, exportStatsXlsx, statsFileName, type ExportLanguage } from '../../../reports/stats-export';

/** The file language: `language` in the query, else the first language of Accept-Language, else German. */
export function fileLanguage(request: FastifyRequest, language: ExportLanguage | undefined): ExportLanguage {
  if (language) return language;
  const first = request.headers['accept-language']?.split(',')[0]?.trim().slice(0, 2).toLowerCase();
  return first === 'en' ? 'en' : 'de';
}

/** Sends the figures as a CSV or XLSX download through the generic writer of the steering figures. */
export async function sendStatsFile(reply: FastifyReply, response: StatsResponse, format: 'csv' | 'xlsx', language: ExportLanguage) {
  const file = format === 'csv' ? Buffer.from(exportStatsCsv(response, language), 'utf8') : await exportStatsXlsx(response, language);
  return reply
    .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${statsFileName(response, format)}"`)
    .header('cache-control', 'no-store')
    .send(file);
}
