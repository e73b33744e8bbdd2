import type { HsdsPage, HsdsServiceAtLocationsQuery, HsdsServicesQuery } from '../../contract/hsds';
import { findHsdsServices, getActiveService, type HsdsServiceFilter } from '../db/repositories/hsds.repository';
import { AppError } from '../errors';
import { placesWithPostcode, serviceIdsNamed, taxonomyRestriction } from '../hsds/filters';
import { mapService, mapServiceAtLocation, mapServiceSummary } from '../hsds/map-records';
import { hsdsPage, pageWindow } from '../hsds/paging';
import type { HsdsService, HsdsServiceAtLocation } from '../hsds/types';
import type { CommandContext } from './context';

function filterOf(query: HsdsServicesQuery | HsdsServiceAtLocationsQuery): HsdsServiceFilter {
  const restriction = taxonomyRestriction(query.taxonomy_term_id, query.taxonomy_id);
  return {
    search: query.search,
    searchServiceIds: query.search ? serviceIdsNamed(query.search) : undefined,
    organisationId: query.organization_id,
    serviceIds: restriction.serviceIds,
    capacities: restriction.capacities,
    modifiedAfter: query.modified_after,
  };
}

/** Public HSDS listing of the active services of active organisations (not audited: nothing personal). */
export async function findHsdsServicePage(ctx: CommandContext, query: HsdsServicesQuery): Promise<HsdsPage<HsdsService>> {
  const { rows, total } = await findHsdsServices(ctx.db, filterOf(query), pageWindow(query.page, query.per_page));
  const contents = rows.map(({ service, organisation }) => (query.full ? mapService(service, organisation) : mapServiceSummary(service, organisation, true)));
  return hsdsPage(contents, total, query.page, query.per_page);
}

/** One active service, fully nested; NOT_FOUND otherwise. */
export async function getHsdsService(ctx: CommandContext, id: string): Promise<HsdsService> {
  const row = await getActiveService(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'No service with this id is published.');
  return mapService(row.service, row.organisation);
}

/** Services at the organisations' addresses; `postcode` keeps those whose area covers it. */
export async function findHsdsServiceAtLocationPage(ctx: CommandContext, query: HsdsServiceAtLocationsQuery): Promise<HsdsPage<HsdsServiceAtLocation>> {
  const filter: HsdsServiceFilter = { ...filterOf(query), withLocation: true, ...(query.postcode ? { coveringAgs: placesWithPostcode(query.postcode) } : {}) };
  const { rows, total } = await findHsdsServices(ctx.db, filter, pageWindow(query.page, query.per_page));
  const contents = rows.flatMap(({ service, organisation }) => mapServiceAtLocation(service, organisation, query.full === true) ?? []);
  return hsdsPage(contents, total, query.page, query.per_page);
}

/** One service at a location by its (derived) id; the network is small, so all are mapped and searched. */
export async function getHsdsServiceAtLocation(ctx: CommandContext, id: string): Promise<HsdsServiceAtLocation> {
  const { rows } = await findHsdsServices(ctx.db, { withLocation: true }, { limit: 100_000, offset: 0 });
  for (const { service, organisation } of rows) {
    const item = mapServiceAtLocation(service, organisation, false);
    if (item?.id === id) return mapServiceAtLocation(service, organisation, true) ?? item;
  }
  throw new AppError('NOT_FOUND', 'No service at a location with this id is published.');
}
