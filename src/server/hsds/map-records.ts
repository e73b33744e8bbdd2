import { officeKindNames } from '../../contract/places';
import type { Land, OrganisationKind } from '../../domain/identity/organisation-kinds';
import { isServiceId, serviceCatalogue, type CapacityState } from '../../domain/network/services';
import type { OrganisationServiceRow } from '../db/repositories/organisation-services.repository';
import type { OrganisationRow } from '../db/repositories/organisations.repository';
import { areaName, areaUri } from './areas';
import { derivedId } from './ids';
import { contacts, languages, location, phones, schedules } from './map-parts';
import type { HsdsAttribute, HsdsOrganization, HsdsOrganizationSummary, HsdsService, HsdsServiceArea, HsdsServiceAtLocation } from './types';
import { agsTerm, attribute, capacityTerm, kindTerm, landTerm, nationwideTerm, serviceTerm } from './vocabulary';

/**
 * Pure mapping of Lotse's organisations and services to HSDS 3.0 (profile: docs/hsds-profile.md).
 * Texts are the German ones; ids of organisations and services are the database ids, every
 * other id is derived from them (ids.ts), so the same data always gives the same output.
 */

const optional = <K extends string>(key: K, value: string | null | undefined): Partial<Record<K, string>> =>
  value ? ({ [key]: value } as Record<K, string>) : {};

export function mapOrganizationSummary(organisation: OrganisationRow): HsdsOrganizationSummary {
  return {
    id: organisation.id,
    name: organisation.name,
    ...optional('alternate_name', organisation.shortName),
    description: organisation.description?.de || officeKindNames[organisation.kind as OrganisationKind]?.de || organisation.name,
    ...optional('email', organisation.email),
    ...optional('website', organisation.website),
  };
}

function organizationAttributes(organisation: OrganisationRow): HsdsAttribute[] {
  const link = (type: string, term: Parameters<typeof attribute>[3]) => attribute('organization', organisation.id, type, term);
  const items: HsdsAttribute[] = [];
  if (organisation.kind in officeKindNames) items.push(link('organisation_kind', kindTerm(organisation.kind as OrganisationKind)));
  items.push(link('land', landTerm(organisation.land as Land)));
  if (organisation.isNationwide) items.push(link('area_served', nationwideTerm()));
  for (const ags of organisation.areaAgs) items.push(link('area_served', agsTerm(ags)));
  return items;
}

function serviceAreas(service: OrganisationServiceRow, organisation: OrganisationRow): HsdsServiceArea[] {
  const areas = service.areaAgs ?? organisation.areaAgs;
  const mapped: HsdsServiceArea[] = areas.map((ags) => {
    const id = derivedId('service_area', service.id, ags);
    return {
      id,
      service_id: service.id,
      name: areaName(ags),
      ...optional('uri', areaUri(ags)),
      attributes: [attribute('service_area', id, 'ags', agsTerm(ags))],
    };
  });
  if (organisation.isNationwide && service.areaAgs === null) {
    const id = derivedId('service_area', service.id, 'DE');
    mapped.unshift({
      id,
      service_id: service.id,
      name: 'Deutschland (bundesweit)',
      uri: 'http://publications.europa.eu/resource/authority/country/DEU',
      attributes: [attribute('service_area', id, 'area_served', nationwideTerm())],
    });
  }
  return mapped;
}

function serviceName(service: OrganisationServiceRow): { name: string; description: string } {
  if (!isServiceId(service.serviceId)) return { name: service.serviceId, description: service.description?.de ?? service.serviceId };
  const entry = serviceCatalogue[service.serviceId];
  return { name: entry.name.de, description: service.description?.de || entry.description.de };
}

/** A service with only its one-to-one fields (service_list.json), optionally with its organisation. */
export function mapServiceSummary(service: OrganisationServiceRow, organisation: OrganisationRow, withOrganization = false): HsdsService {
  return {
    id: service.id,
    organization_id: organisation.id,
    ...serviceName(service),
    ...optional('url', organisation.website),
    ...optional('email', organisation.email),
    status: service.isActive && organisation.isActive ? 'active' : 'inactive',
    ...optional('application_process', service.howToReach?.de),
    ...optional('eligibility_description', service.eligibility?.de),
    last_modified: service.updatedAt.toISOString(),
    ...(withOrganization ? { organization: mapOrganizationSummary(organisation) } : {}),
  };
}

export function mapServiceAtLocation(service: OrganisationServiceRow, organisation: OrganisationRow, full: boolean): HsdsServiceAtLocation | null {
  const place = location(organisation);
  if (!place) return null;
  return {
    id: derivedId('service_at_location', service.id, place.id),
    service_id: service.id,
    location_id: place.id,
    ...(full ? { location: place, service: mapServiceSummary(service, organisation, true) } : {}),
  };
}

/** A fully nested service (service.json); `withOrganization` false inside an organisation. */
export function mapService(service: OrganisationServiceRow, organisation: OrganisationRow, withOrganization = true): HsdsService {
  const place = location(organisation);
  const attributes: HsdsAttribute[] = [];
  if (isServiceId(service.serviceId)) attributes.push(attribute('service', service.id, 'service_type', serviceTerm(service.serviceId)));
  attributes.push(attribute('service', service.id, 'capacity', capacityTerm(service.capacity as CapacityState), service.capacityUpdatedOn ?? undefined));
  return {
    ...mapServiceSummary(service, organisation, withOrganization),
    phones: phones({ service_id: service.id }, organisation),
    contacts: [],
    schedules: schedules({ service_id: service.id }, organisation.openingHours),
    service_areas: serviceAreas(service, organisation),
    service_at_locations: place ? [{ id: derivedId('service_at_location', service.id, place.id), service_id: service.id, location_id: place.id, location: place }] : [],
    languages: languages({ service_id: service.id }, service.languages.length > 0 ? service.languages : organisation.languages),
    attributes,
  };
}

/** A fully nested organisation (organization.json) with its services in list form or, with `fullServices`, fully nested. */
export function mapOrganization(organisation: OrganisationRow, services: readonly OrganisationServiceRow[], fullServices = false): HsdsOrganization {
  const place = location(organisation);
  return {
    ...mapOrganizationSummary(organisation),
    phones: phones({ organization_id: organisation.id }, organisation),
    contacts: contacts(organisation),
    locations: place ? [place] : [],
    attributes: organizationAttributes(organisation),
    services: services.map((service) => (fullServices ? mapService(service, organisation, false) : mapServiceSummary(service, organisation))),
  };
}
