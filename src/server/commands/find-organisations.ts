import { findOrganisations as queryOrganisations, type OrganisationRow } from '../db/repositories/organisations.repository';
import type { CommandContext } from './context';

/** The public directory: organisations hold no personal data, so this read is not audited. */
export function findOrganisations(
  ctx: CommandContext,
  filter: { ags?: string | undefined; kind?: string | undefined },
): Promise<OrganisationRow[]> {
  return queryOrganisations(ctx.db, filter);
}
