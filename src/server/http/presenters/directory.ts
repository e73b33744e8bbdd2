import type { DirectoryEntry, OrganisationProfile, OrganisationService } from '../../../contract/directory';
import { officeKindNames } from '../../../contract/places';
import { landNames } from '../../../domain/calendar/land-names';
import type { Land, OrganisationKind } from '../../../domain/identity/organisation-kinds';
import { capacityNames, serviceCatalogue, type CapacityState, type ServiceId } from '../../../domain/network/services';
import { suppressSmall } from '../../../domain/network/small-counts';
import type { DirectoryItem } from '../../commands/find-directory';
import type { OrganisationProfileData } from '../../commands/get-organisation-profile';
import type { OrganisationServiceRow } from '../../db/repositories/organisation-services.repository';
import type { OrganisationRow } from '../../db/repositories/organisations.repository';
import { servedArea } from '../../places/served-areas';
import { presentOrganisation } from './organisation';

const positionOf = (row: OrganisationRow) => (row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null);

export function presentDirectoryEntry({ organisation, services }: DirectoryItem): DirectoryEntry {
  return {
    ...presentOrganisation(organisation),
    kindName: officeKindNames[organisation.kind as OrganisationKind],
    phone: organisation.phone,
    postcode: organisation.postcode,
    locality: organisation.locality,
    localityAgs: organisation.localityAgs,
    position: positionOf(organisation),
    services: services.map((id) => ({ id, name: serviceCatalogue[id].name })),
  };
}

function presentService(row: OrganisationServiceRow): OrganisationService {
  const id = row.serviceId as ServiceId;
  const definition = serviceCatalogue[id];
  const capacity = row.capacity as CapacityState;
  return {
    id,
    name: definition.name,
    description: definition.description,
    statutory: definition.statutory,
    eligibility: row.eligibility,
    howToReach: row.howToReach,
    languages: row.languages,
    areas: row.areaAgs ? row.areaAgs.map(servedArea) : null,
    capacity,
    capacityName: capacityNames[capacity],
    capacityUpdatedOn: row.capacityUpdatedOn,
  };
}

export function presentOrganisationProfile({ organisation: row, services, staff }: OrganisationProfileData): OrganisationProfile {
  const land = row.land as Land;
  const hasAddress = Boolean(row.street || row.postcode || row.locality);
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind as OrganisationKind,
    kindName: officeKindNames[row.kind as OrganisationKind],
    land: { code: land, name: landNames[land] },
    isNationwide: row.isNationwide,
    isActive: row.isActive,
    description: row.description ?? null,
    address: hasAddress ? { street: row.street, postcode: row.postcode, locality: row.locality, localityAgs: row.localityAgs } : null,
    position: positionOf(row),
    website: row.website,
    email: row.email,
    phone: row.phone,
    contactChannels: row.contactChannels.map((channel) => ({ kind: channel.kind, value: channel.value, note: channel.note ?? null })),
    languages: row.languages,
    openingHours: [...row.openingHours].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
    areas: row.areaAgs.map(servedArea),
    services: services.map(presentService).sort((a, b) => serviceOrder(a.id) - serviceOrder(b.id)),
    staff: staff
      ? {
          internalContact: row.internalContact
            ? {
                name: row.internalContact.name ?? null,
                email: row.internalContact.email ?? null,
                phone: row.internalContact.phone ?? null,
                note: row.internalContact.note ?? null,
              }
            : null,
          referrals: {
            from: staff.from,
            until: staff.until,
            received: suppressSmall(staff.counts.received),
            sent: suppressSmall(staff.counts.sent),
            answeredOnTime: suppressSmall(staff.counts.answeredOnTime),
          },
        }
      : null,
  };
}

const catalogueIds = Object.keys(serviceCatalogue);
const serviceOrder = (id: ServiceId) => catalogueIds.indexOf(id);
