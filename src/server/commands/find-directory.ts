import type { DirectoryQuery } from '../../contract/directory';
import { isServiceId, serviceIds, type ServiceId } from '../../domain/network/services';
import { findActiveServicesOf, findDirectoryOrganisations } from '../db/repositories/directory.repository';
import type { OrganisationRow } from '../db/repositories/organisations.repository';
import type { CommandContext } from './context';

export type DirectoryItem = { organisation: OrganisationRow; services: ServiceId[] };

/**
 * The public directory: active organisations by name, service, place, language and kind, each
 * with the services it offers (catalogue order). Organisations hold no personal data, so this
 * read is not audited.
 */
export async function findDirectory(ctx: CommandContext, query: DirectoryQuery): Promise<DirectoryItem[]> {
  const rows = await findDirectoryOrganisations(ctx.db, query);
  const services = await findActiveServicesOf(
    ctx.db,
    rows.map((row) => row.id),
  );
  const servicesOf = new Map<string, ServiceId[]>();
  for (const service of services) {
    if (!isServiceId(service.serviceId)) continue;
    servicesOf.set(service.organisationId, [...(servicesOf.get(service.organisationId) ?? []), service.serviceId]);
  }
  const catalogueOrder = (a: ServiceId, b: ServiceId) => serviceIds.indexOf(a) - serviceIds.indexOf(b);
  return rows.map((organisation) => ({ organisation, services: (servicesOf.get(organisation.id) ?? []).sort(catalogueOrder) }));
}
