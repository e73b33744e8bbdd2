import { lawStateSchema, lawYearSchema, lawYearsResponseSchema, type LawState, type LawYear, type LawYearsResponse, type SetLawYearBody } from '../../contract/law';
import { request } from './client';

/** GET /api/v1/pathways/law: the legal state the Wegweiser evaluates under (public). */
export function fetchLawState(): Promise<LawState> {
  return request('GET', '/api/v1/pathways/law', lawStateSchema) as Promise<LawState>;
}

/** GET /api/v1/law/years: the yearly figures with their sources (admin, steering). */
export function fetchLawYears(): Promise<LawYearsResponse> {
  return request('GET', '/api/v1/law/years', lawYearsResponseSchema) as Promise<LawYearsResponse>;
}

/** PUT /api/v1/law/years/{year}: enter or correct a year (admin). */
export function saveLawYear(year: number, body: SetLawYearBody): Promise<LawYear> {
  return request('PUT', `/api/v1/law/years/${year}`, lawYearSchema, body) as Promise<LawYear>;
}
