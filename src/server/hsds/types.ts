/**
 * The HSDS 3.0 objects Lotse publishes (a subset of the fields of the compiled schemas of
 * openreferral/specification 3.0; field names as the standard spells them).
 */
export type HsdsTaxonomy = { id: string; name: string; description: string; uri?: string; version?: string };

export type HsdsTaxonomyTerm = {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail: HsdsTaxonomy;
  language: string;
  term_uri?: string;
};

export type HsdsAttribute = {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
  value?: string;
};

export type HsdsPhone = { id: string; organization_id?: string; service_id?: string; location_id?: string; number: string; type?: string; description?: string };
export type HsdsContact = { id: string; organization_id?: string; service_id?: string; name?: string; email?: string };
export type HsdsLanguage = { id: string; service_id?: string; location_id?: string; name: string; code: string };
export type HsdsSchedule = {
  id: string;
  service_id?: string;
  location_id?: string;
  freq: 'WEEKLY';
  wkst: 'MO';
  byday: string;
  opens_at: string;
  closes_at: string;
  description: string;
};
export type HsdsServiceArea = { id: string; service_id: string; name: string; description?: string; uri?: string; attributes: HsdsAttribute[] };
export type HsdsAddress = {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
};
export type HsdsLocation = {
  id: string;
  location_type: 'physical';
  organization_id: string;
  name: string;
  latitude?: number;
  longitude?: number;
  external_identifier?: string;
  external_identifier_type?: string;
  addresses: HsdsAddress[];
  languages: HsdsLanguage[];
  schedules: HsdsSchedule[];
};
export type HsdsServiceAtLocation = { id: string; service_id: string; location_id: string; location?: HsdsLocation; service?: HsdsService };

/** The one-to-one fields of an organisation (organization_list.json). */
export type HsdsOrganizationSummary = {
  id: string;
  name: string;
  alternate_name?: string;
  description: string;
  email?: string;
  website?: string;
};

export type HsdsOrganization = HsdsOrganizationSummary & {
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  locations: HsdsLocation[];
  attributes: HsdsAttribute[];
  services: HsdsService[];
};

/** A service; the list form has only the one-to-one fields (service_list.json). */
export type HsdsService = {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive';
  application_process?: string;
  eligibility_description?: string;
  last_modified: string;
  organization?: HsdsOrganizationSummary;
  phones?: HsdsPhone[];
  contacts?: HsdsContact[];
  schedules?: HsdsSchedule[];
  service_areas?: HsdsServiceArea[];
  service_at_locations?: HsdsServiceAtLocation[];
  languages?: HsdsLanguage[];
  attributes?: HsdsAttribute[];
};
