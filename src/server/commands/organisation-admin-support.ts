/**
 * Shared rules of the network administration: areas by AGS with their names, the optimistic
 * version check, audit diffs, and the shapes the administration API returns.
 */
import type { AdminAgreement, AdminArea, AdminOrganisation, AdminService } from '../../contract/admin-network';
import { officeKindNames } from '../../contract/places';
import { landNames } from '../../domain/calendar/land-names';
import type { Land, OrganisationKind } from '../../domain/identity/organisation-kinds';
import { cooperationTopicNames, type CooperationTopic } from '../../domain/network/cooperation';
import { serviceCatalogue, serviceIds, type CapacityState, type ServiceId } from '../../domain/network/services';
import type { AgreementRow } from '../db/repositories/agreement-admin.repository';
import type { OrganisationName } from '../db/repositories/organisation-admin.repository';
import type { OrganisationServiceRow } from '../db/repositories/organisation-services.repository';
import type { OrganisationRow } from '../db/repositories/organisations.repository';
import { AppError } from '../errors';
import { landByAgsPrefix } from '../../domain/network/ags';
import { placeDirectory } from '../places/place-directory';

let districtNames: Map<string, { de: string; en: string }> | undefined;

/** The districts of the region (5-digit AGS) with their names, from the place directory. */
function districts(): Map<string, { de: string; en: string }> {
  if (!districtNames) {
    districtNames = new Map();
    for (const place of placeDirectory().all()) {
      if (!districtNames.has(place.ags.slice(0, 5))) districtNames.set(place.ags.slice(0, 5), place.district);
    }
  }
  return districtNames;
}

/** An area of 2, 5 or 8 digits with its name, or undefined when no such Land, district or place is known. */
export function areaOf(ags: string): AdminArea | undefined {
  if (ags.length === 2) {
    const land = landByAgsPrefix[ags];
    return land ? { ags, level: 'land', name: landNames[land] } : undefined;
  }
  if (ags.length === 5) {
    const name = districts().get(ags);
    return name ? { ags, level: 'district', name } : undefined;
  }
  const place = ags.length === 8 ? placeDirectory().get(ags) : undefined;
  return place ? { ags, level: 'municipality', name: { de: place.name, en: place.name } } : undefined;
}

/** The Länder and the districts of the region, for the area picker (municipalities: the place search). */
export function areaChoices(): AdminArea[] {
  const collator = new Intl.Collator('de');
  const lands = Object.keys(landByAgsPrefix)
    .map((ags) => areaOf(ags))
    .filter((area): area is AdminArea => area !== undefined);
  const ofRegion = [...districts().entries()].map(([ags, name]): AdminArea => ({ ags, level: 'district', name }));
  return [...lands, ...ofRegion].sort((a, b) => collator.compare(a.name.de, b.name.de));
}

/** Refuses unknown areas with 400 naming each one (`areaAgs.3`). */
export function requireKnownAreas(codes: readonly string[], field: string): void {
  const fields: Record<string, string> = {};
  codes.forEach((ags, index) => {
    if (!areaOf(ags)) fields[`${field}.${index}`] = `${ags} is no Land, district of the region or municipality of the place directory`;
  });
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION_FAILED', 'Unknown areas.', fields);
}

const presentAreas = (codes: readonly string[]): AdminArea[] =>
  codes.map((ags) => areaOf(ags) ?? { ags, level: ags.length === 2 ? 'land' : ags.length === 5 ? 'district' : 'municipality', name: { de: ags, en: ags } });

/**
 * The optimistic version check: a change names the `updatedAt` it was based on; another change
 * since then makes it stale (409). Compared in milliseconds, as the API shows them.
 */
export function requireCurrent(stored: Date, basedOn: string, what: string): void {
  if (stored.getTime() !== new Date(basedOn).getTime()) {
    throw new AppError('CONFLICT', `The ${what} was changed meanwhile; reload it and make the change again.`, { updatedAt: 'stale: changed by someone else meanwhile' });
  }
}

/** The next version stamp: now, but always later than the previous one (two changes in one millisecond stay distinct). */
export const nextVersion = (now: Date, previous: Date): Date => (now.getTime() > previous.getTime() ? now : new Date(previous.getTime() + 1));

/** Fields whose values are personal data of staff: the audit names them as changed, without values. */
const personalFields = new Set(['internalContact', 'escalationEmails']);

const comparable = (value: unknown): string => JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));

/** Before and after of the fields that really changed (personal ones without values). */
export function auditDiff(before: Record<string, unknown>, after: Record<string, unknown>, keys: readonly string[]): { changed: string[]; before: Record<string, unknown>; after: Record<string, unknown> } {
  const changed = keys.filter((key) => comparable(before[key]) !== comparable(after[key]));
  const pick = (source: Record<string, unknown>) =>
    Object.fromEntries(changed.map((key) => [key, personalFields.has(key) ? '(personal data, not recorded)' : (source[key] ?? null)]));
  return { changed, before: pick(before), after: pick(after) };
}

const catalogueOrder = (id: string) => serviceIds.indexOf(id as ServiceId);

export function presentService(row: OrganisationServiceRow): AdminService {
  const serviceId = row.serviceId as ServiceId;
  return {
    id: row.id,
    serviceId,
    name: serviceCatalogue[serviceId].name,
    description: row.description ?? null,
    eligibility: row.eligibility ?? null,
    howToReach: row.howToReach ?? null,
    languages: row.languages,
    areas: row.areaAgs ? presentAreas(row.areaAgs) : null,
    capacity: row.capacity as CapacityState,
    capacityUpdatedOn: row.capacityUpdatedOn,
    isActive: row.isActive,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentOrganisation(row: OrganisationRow, services: readonly OrganisationServiceRow[]): AdminOrganisation {
  const kind = row.kind as OrganisationKind;
  const land = row.land as Land;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    shortName: row.shortName,
    kind,
    kindName: officeKindNames[kind],
    land,
    landName: landNames[land],
    address: { street: row.street, postcode: row.postcode, locality: row.locality, localityAgs: row.localityAgs },
    geo: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
    email: row.email,
    phone: row.phone,
    website: row.website,
    languages: row.languages,
    description: row.description ?? null,
    openingHours: row.openingHours,
    internalContact: row.internalContact ?? null,
    areas: presentAreas(row.areaAgs),
    isNationwide: row.isNationwide,
    referralDueWorkingDays: row.referralDueWorkingDays,
    escalationEmails: row.escalationEmails,
    isActive: row.isActive,
    editedAt: row.editedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    services: [...services].sort((a, b) => catalogueOrder(a.serviceId) - catalogueOrder(b.serviceId)).map(presentService),
  };
}

export function presentAgreement(row: AgreementRow, names: ReadonlyMap<string, OrganisationName>): AdminAgreement {
  const topic = row.topic as CooperationTopic;
  return {
    id: row.id,
    title: row.title,
    topic,
    topicName: cooperationTopicNames[topic],
    partners: row.partnerIds.map((id) => names.get(id) ?? { id, name: id, isActive: false }),
    validFrom: row.validFrom,
    validTo: row.validTo,
    documentUrl: row.documentUrl,
    isActive: row.isActive,
    updatedAt: row.updatedAt.toISOString(),
  };
}
