import type { FastifyReply } from 'fastify';
import type { StatsResponse } from '../../../../contract/steering';
import { AppError } from '../../../errors';

/**
 * Sends the figures as a CSV or XLSX download through the generic writer of the steering figures
 * (src/server/reports/stats-export.ts, branch `stats`). Until that writer is merged, a download
 * is refused with NOT_CONFIGURED rather than answered with JSON.
 */
export function sendStatsFile(_reply: FastifyReply, _response: StatsResponse, format: 'csv' | 'xlsx', _locale: string | undefined): never {
  throw new AppError('NOT_CONFIGURED', `The ${format.toUpperCase()} download needs the steering export writer, which is not on this branch yet.`);
}
