import { isStaff } from '../../domain/identity/roles';
import { isServiceId } from '../../domain/network/services';
import { berlinDate } from '../clock';
import { countOrganisationReferrals, type ReferralCounts } from '../db/repositories/directory.repository';
import { findServicesOfOrganisation, type OrganisationServiceRow } from '../db/repositories/organisation-services.repository';
import { getOrganisationById, type OrganisationRow } from '../db/repositories/organisations.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';

export type OrganisationProfileData = {
  organisation: OrganisationRow;
  /** Active services of the catalogue. */
  services: OrganisationServiceRow[];
  /** Only for signed-in staff: the referral counts of the last 12 months. */
  staff: { from: string; until: string; counts: ReferralCounts } | null;
};

/**
 * The organisation page. Anyone sees an active organisation's public details; signed-in staff
 * also see its internal contact and its referral figures (aggregates, small counts suppressed by
 * the presenter). Organisations are not personal data, so the read is not audited.
 */
export async function getOrganisationProfile(ctx: CommandContext, id: string): Promise<OrganisationProfileData> {
  const organisation = await getOrganisationById(ctx.db, id);
  const isStaffReader = ctx.actor !== null && isStaff(ctx.actor.roles);
  // A deactivated organisation is no longer part of the public directory; staff may still open it.
  if (!organisation || (!organisation.isActive && !isStaffReader)) throw new AppError('NOT_FOUND', 'No such organisation.');
  const services = (await findServicesOfOrganisation(ctx.db, id)).filter((service) => service.isActive && isServiceId(service.serviceId));
  if (!isStaffReader) return { organisation, services, staff: null };
  const until = ctx.clock.now();
  const from = new Date(until);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  const counts = await countOrganisationReferrals(ctx.db, id, from, until);
  return { organisation, services, staff: { from: berlinDate(from), until: berlinDate(until), counts } };
}
