import type { HsdsOrganizationsQuery, HsdsPage } from '../../contract/hsds';
import { findActiveServicesOf, findHsdsOrganisations, getActiveOrganisation } from '../db/repositories/hsds.repository';
import { AppError } from '../errors';
import { mapOrganization, mapOrganizationSummary } from '../hsds/map-records';
import { hsdsPage, pageWindow } from '../hsds/paging';
import type { HsdsOrganization, HsdsOrganizationSummary } from '../hsds/types';
import type { CommandContext } from './context';

/**
 * Public HSDS reads of organisations. Organisations of the network are public bodies and
 * associations; their public contact details are no personal data, so these reads are not audited.
 * Internal contacts, referral rules and escalation addresses are never part of the output.
 */
export async function findHsdsOrganizations(ctx: CommandContext, query: HsdsOrganizationsQuery): Promise<HsdsPage<HsdsOrganization | HsdsOrganizationSummary>> {
  const { rows, total } = await findHsdsOrganisations(ctx.db, { search: query.search }, pageWindow(query.page, query.per_page));
  if (!query.full && !query.full_service) return hsdsPage(rows.map(mapOrganizationSummary), total, query.page, query.per_page);
  const services = await findActiveServicesOf(
    ctx.db,
    rows.map((row) => row.id),
  );
  const contents = rows.map((row) =>
    mapOrganization(
      row,
      services.filter((service) => service.organisationId === row.id),
      query.full_service === true,
    ),
  );
  return hsdsPage(contents, total, query.page, query.per_page);
}

/** One active organisation, fully nested; NOT_FOUND for an unknown or deactivated one. */
export async function getHsdsOrganization(ctx: CommandContext, id: string, fullServices: boolean): Promise<HsdsOrganization> {
  const organisation = await getActiveOrganisation(ctx.db, id);
  if (!organisation) throw new AppError('NOT_FOUND', 'No organisation with this id is published.');
  const services = await findActiveServicesOf(ctx.db, [id]);
  return mapOrganization(organisation, services, fullServices);
}
