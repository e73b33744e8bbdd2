import {
  statsFilterOptionsSchema,
  statsResponseSchema,
  type StatsFilterOptions,
  type StatsQuery,
  type StatsResponse,
} from '../../contract/steering';
import { request } from './client';

/** A view of the steering figures (`overview`, `stage-durations`, …). */
export type SteeringView = StatsResponse['view'];

/** The filters of a steering view as the URL carries them; empty choices are left out. */
export type StatsFilterValues = Omit<StatsQuery, 'format'>;

const statsQueryString = (filter: StatsFilterValues, format?: 'csv' | 'xlsx'): string => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (typeof value === 'string' && value) params.set(name, value);
  if (format) params.set('format', format);
  const query = params.toString();
  return query ? `?${query}` : '';
};

/** The address of one view's figures; with `format` the server writes the CSV or XLSX file. */
export const statsUrl = (view: SteeringView, filter: StatsFilterValues, format?: 'csv' | 'xlsx'): string =>
  `/api/v1/stats/${encodeURIComponent(view)}${statsQueryString(filter, format)}`;

/** GET /api/v1/stats/{view} (steering, admin; an Ausländerbehörde's case workers for their own organisation). */
export function fetchStats(view: SteeringView, filter: StatsFilterValues): Promise<StatsResponse> {
  return request('GET', statsUrl(view, filter), statsResponseSchema);
}

/** GET /api/v1/stats/options: the choices of the filter form with their names. */
export function fetchStatsOptions(): Promise<StatsFilterOptions> {
  return request('GET', '/api/v1/stats/options', statsFilterOptionsSchema);
}
