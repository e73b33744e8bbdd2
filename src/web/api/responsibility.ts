import { responsibilityResponseSchema, servicesResponseSchema, type ResponsibilityResponse, type ServiceInfo } from '../../contract/network';
import { request } from './client';

/** GET /api/v1/services: public; the service catalogue with names in words. */
export async function fetchServices(): Promise<ServiceInfo[]> {
  return (await request('GET', '/api/v1/services', servicesResponseSchema)).items;
}

/** GET /api/v1/responsibility: public; who is responsible for a service in a place (8-digit AGS). */
export function fetchResponsibility(ags: string, service: string): Promise<ResponsibilityResponse> {
  const params = new URLSearchParams({ ags, service });
  return request('GET', `/api/v1/responsibility?${params.toString()}`, responsibilityResponseSchema);
}
