/** Reading the network for its administration (admin, steering): every organisation, active or not. */
import type { AdminAreasResponse, AdminOrganisation, AdminOrganisationList, OrganisationListQuery } from '../../contract/admin-network';
import { officeKindNames } from '../../contract/places';
import { landNames } from '../../domain/calendar/land-names';
import type { Land, OrganisationKind } from '../../domain/identity/organisation-kinds';
import { findOrganisationsForAdmin } from '../db/repositories/organisation-admin.repository';
import { findServicesOfOrganisation } from '../db/repositories/organisation-services.repository';
import { getOrganisationById } from '../db/repositories/organisations.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import { areaChoices, presentOrganisation } from './organisation-admin-support';

/** Organisations by name (or short name), kind and state, by name. */
export async function findOrganisationsForAdministration(ctx: CommandContext, query: OrganisationListQuery): Promise<AdminOrganisationList> {
  const rows = await findOrganisationsForAdmin(ctx.db, { q: query.q, kind: query.kind, active: query.active });
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      shortName: row.shortName,
      kind: row.kind as OrganisationKind,
      kindName: officeKindNames[row.kind as OrganisationKind],
      landName: landNames[row.land as Land],
      isActive: row.isActive,
      serviceCount: row.serviceCount,
      updatedAt: row.updatedAt.toISOString(),
    })),
    total: rows.length,
  };
}

/** One organisation with its services (active and inactive), areas by name and referral rule. */
export async function getOrganisationForAdministration(ctx: CommandContext, id: string): Promise<AdminOrganisation> {
  const row = await getOrganisationById(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'No such organisation.');
  return presentOrganisation(row, await findServicesOfOrganisation(ctx.db, id));
}

/** The Länder and districts an area may name (municipalities come from the place search). */
export function listAdminAreas(): AdminAreasResponse {
  return { items: areaChoices() };
}
