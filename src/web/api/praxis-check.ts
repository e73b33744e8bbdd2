import {
  praxisCheckListSchema,
  praxisCheckPreviewResponseSchema,
  praxisCheckReportSchema,
  praxisCheckVersionSchema,
  type CreatePraxisCheckBody,
  type PraxisCheckReport,
  type PraxisCheckSections,
  type PraxisCheckVersion,
} from '../../contract/praxis-check';
import { statsFilterOptionsSchema, type StatsFilterOptions } from '../../contract/steering';
import { request } from './client';

const base = '/api/v1/praxis-check';

/** The Praxis-Check endpoints (steering writes, admin reads). */
export const praxisCheckApi = {
  list: async (): Promise<PraxisCheckReport[]> => (await request('GET', `${base}/reports`, praxisCheckListSchema)).items,
  create: (body: CreatePraxisCheckBody): Promise<PraxisCheckReport> => request('POST', `${base}/reports`, praxisCheckReportSchema, body),
  version: (id: string, version: number): Promise<PraxisCheckVersion> =>
    request('GET', `${base}/reports/${encodeURIComponent(id)}/versions/${version}`, praxisCheckVersionSchema),
  save: (id: string, version: number, editedAt: string, sections: PraxisCheckSections): Promise<PraxisCheckVersion> =>
    request('PATCH', `${base}/reports/${encodeURIComponent(id)}/versions/${version}`, praxisCheckVersionSchema, { editedAt, sections }),
  publish: (id: string, version: number, editedAt: string): Promise<PraxisCheckVersion> =>
    request('POST', `${base}/reports/${encodeURIComponent(id)}/versions/${version}/publish`, praxisCheckVersionSchema, { editedAt }),
  startDraft: (id: string): Promise<PraxisCheckVersion> => request('POST', `${base}/reports/${encodeURIComponent(id)}/drafts`, praxisCheckVersionSchema),
  preview: async (body: string): Promise<string> => (await request('POST', `${base}/preview`, praxisCheckPreviewResponseSchema, { body })).html,
  options: (): Promise<StatsFilterOptions> => request('GET', '/api/v1/stats/options', statsFilterOptionsSchema),
};

/** The address of a download (PDF or CSV) of one version, in the reader's language. */
export const praxisCheckDownloadUrl = (format: 'pdf' | 'csv', id: string, version: number, language: string): string =>
  `/api/v1/reports/praxis-check?format=${format}&report=${encodeURIComponent(id)}&version=${version}&lang=${language === 'en' ? 'en' : 'de'}`;
