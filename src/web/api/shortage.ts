import { csrfCookieName, csrfHeaderName } from '../../contract/auth';
import {
  shortageImportListSchema,
  shortageImportRefusalSchema,
  shortageImportSchema,
  shortageStatsResponseSchema,
  type ShortageImport,
  type ShortageImportList,
  type ShortageImportProblem,
  type ShortageStatsQuery,
  type ShortageStatsResponse,
} from '../../contract/shortage';
import { ApiError, readCookie, request } from './client';

/** The filters of the shortage view as the URL carries them; empty choices are left out. */
export type ShortageFilterValues = Omit<ShortageStatsQuery, 'format'>;

const queryString = (filter: ShortageFilterValues, format?: 'csv' | 'xlsx'): string => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (typeof value === 'string' && value) params.set(name, value);
  if (format) params.set('format', format);
  const query = params.toString();
  return query ? `?${query}` : '';
};

/** The address of the shortage figures; with `format` the server writes the CSV or XLSX file. */
export const shortageStatsUrl = (filter: ShortageFilterValues, format?: 'csv' | 'xlsx'): string => `/api/v1/stats/shortage${queryString(filter, format)}`;

/** GET /api/v1/stats/shortage: occupation × country of qualification. */
export function fetchShortageStats(filter: ShortageFilterValues): Promise<ShortageStatsResponse> {
  return request('GET', shortageStatsUrl(filter), shortageStatsResponseSchema);
}

/** GET /api/v1/admin/shortage-imports: the imports, newest first. */
export function fetchShortageImports(): Promise<ShortageImportList> {
  return request('GET', '/api/v1/admin/shortage-imports', shortageImportListSchema);
}

/** DELETE /api/v1/admin/shortage-imports/{id}. */
export function deleteShortageImport(id: string): Promise<void> {
  return request('DELETE', `/api/v1/admin/shortage-imports/${encodeURIComponent(id)}`, null);
}

/** A refused file: every problem with line and column; nothing was imported. */
export class ShortageImportRefused extends Error {
  constructor(readonly problems: ShortageImportProblem[]) {
    super('shortage import refused');
    this.name = 'ShortageImportRefused';
  }
}

/** POST /api/v1/admin/shortage-imports: the file itself is the body (text/csv). */
export async function uploadShortageImport(file: Blob, options: { source: string; fileName: string; demo: boolean }): Promise<ShortageImport> {
  const params = new URLSearchParams({ source: options.source, fileName: options.fileName, demo: options.demo ? 'true' : 'false' });
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'text/csv' };
  const csrfToken = readCookie(csrfCookieName);
  if (csrfToken) headers[csrfHeaderName] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1/admin/shortage-imports?${params.toString()}`, { method: 'POST', headers, credentials: 'include', body: file });
  } catch (error) {
    throw new ApiError(0, 'NETWORK_ERROR', error instanceof Error ? error.message : 'network error');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return shortageImportSchema.parse(body);
  const refusal = shortageImportRefusalSchema.safeParse(body);
  if (refusal.success && refusal.data.problems.length > 0) throw new ShortageImportRefused(refusal.data.problems);
  if (refusal.success) {
    const { code, message, fields } = refusal.data.error;
    throw new ApiError(response.status, code, message, fields);
  }
  throw new ApiError(response.status, `HTTP_${response.status}`, response.statusText);
}
