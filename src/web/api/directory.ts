import {
  directoryResponseSchema,
  organisationProfileSchema,
  regionOutlineSchema,
  type DirectoryQuery,
  type DirectoryResponse,
  type OrganisationProfile,
  type RegionOutline,
} from '../../contract/directory';
import { servicesResponseSchema, type ServiceInfo } from '../../contract/network';
import { orNullOn, request } from './client';

/** GET /api/v1/organisations: the public directory, filtered. */
export function fetchDirectory(query: DirectoryQuery): Promise<DirectoryResponse> {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  const text = search.toString();
  return request('GET', `/api/v1/organisations${text ? `?${text}` : ''}`, directoryResponseSchema);
}

/** GET /api/v1/organisations/{id}: the organisation page (more for signed-in staff); null when unknown. */
export function fetchOrganisationProfile(id: string): Promise<OrganisationProfile | null> {
  return orNullOn(404, request('GET', `/api/v1/organisations/${encodeURIComponent(id)}`, organisationProfileSchema));
}

/** GET /api/v1/services: the service catalogue with names. */
export async function fetchServiceCatalogue(): Promise<ServiceInfo[]> {
  return (await request('GET', '/api/v1/services', servicesResponseSchema)).items;
}

let outline: Promise<RegionOutline> | undefined;

/** The districts of the region as GeoJSON (a static file bundled with the web app; fetched once). */
export function fetchRegionOutline(): Promise<RegionOutline> {
  outline ??= request('GET', '/geo/region-districts.geo.json', regionOutlineSchema).catch((error: unknown) => {
    outline = undefined;
    throw error;
  });
  return outline;
}
