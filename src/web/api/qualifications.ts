import {
  caseQualificationSchema,
  caseQualificationsResponseSchema,
  occupationsResponseSchema,
  type CaseQualification,
  type CaseQualifications,
  type Occupation,
  type PutQualificationBody,
} from '../../contract/qualifications';
import { request } from './client';

/** The recognised qualifications of a case's persons (`GET /api/v1/cases/{id}/qualifications`). */
export const qualificationsApi = {
  list: (caseId: string): Promise<CaseQualifications> => request('GET', `/api/v1/cases/${encodeURIComponent(caseId)}/qualifications`, caseQualificationsResponseSchema),
  save: (caseId: string, personId: string, body: PutQualificationBody): Promise<CaseQualification> =>
    request('PUT', `/api/v1/cases/${encodeURIComponent(caseId)}/persons/${encodeURIComponent(personId)}/qualification`, caseQualificationSchema, body),
  occupations: async (query: string, limit = 50): Promise<Occupation[]> => {
    const params = new URLSearchParams({ q: query, limit: String(limit) });
    return (await request('GET', `/api/v1/occupations?${params.toString()}`, occupationsResponseSchema)).items;
  },
};
