import { officeKindNames } from '../../contract/places';
import { landNames } from '../../domain/calendar/land-names';
import type { Land, OrganisationKind } from '../../domain/identity/organisation-kinds';
import { capacityNames, serviceCatalogue, type CapacityState, type ServiceId } from '../../domain/network/services';
import { areaName, areaUri } from './areas';
import { derivedId } from './ids';
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from './types';

/** The taxonomies of the Lotse HSDS profile (docs/hsds-profile.md). */
export const taxonomies = {
  service: {
    id: derivedId('taxonomy', 'lotse-service'),
    name: 'lotse-service',
    description: 'Leistungskatalog des Netzwerks (Lotse): die Art einer Leistung, z. B. Anerkennungsberatung.',
    version: '1',
  },
  capacity: {
    id: derivedId('taxonomy', 'lotse-capacity'),
    name: 'lotse-capacity',
    description: 'Aufnahmefähigkeit einer Leistung für Weiterleitungen (Idee von HSDS 3.1 service_capacity); value: Stand als Datum.',
    version: '1',
  },
  organisationKind: {
    id: derivedId('taxonomy', 'lotse-organisation-kind'),
    name: 'lotse-organisation-kind',
    description: 'Art einer Organisation des Netzwerks, z. B. Ausländerbehörde.',
    version: '1',
  },
  ags: {
    id: derivedId('taxonomy', 'ags'),
    name: 'ags',
    description: 'Amtlicher Gemeindeschlüssel (Statistisches Bundesamt): 2 Stellen Land, 5 Stellen Kreis, 8 Stellen Gemeinde.',
    uri: 'https://www.destatis.de/DE/Themen/Laender-Regionen/Regionales/Gemeindeverzeichnis/_inhalt.html',
  },
  land: {
    id: derivedId('taxonomy', 'iso-3166-2-de'),
    name: 'iso-3166-2-de',
    description: 'Bundesland nach ISO 3166-2:DE.',
    uri: 'https://www.iso.org/obp/ui/#iso:code:3166:DE',
  },
  country: {
    id: derivedId('taxonomy', 'iso-3166-1'),
    name: 'iso-3166-1',
    description: 'Staat nach ISO 3166-1 alpha-2; DE steht für ein bundesweites Angebot.',
    uri: 'https://www.iso.org/iso-3166-country-codes.html',
  },
} as const satisfies Record<string, HsdsTaxonomy>;

export type TaxonomyName = keyof typeof taxonomies;

function term(taxonomy: HsdsTaxonomy, code: string, name: string, description: string, termUri?: string): HsdsTaxonomyTerm {
  return {
    id: derivedId('term', taxonomy.name, code),
    code,
    name,
    description,
    taxonomy: taxonomy.name,
    taxonomy_id: taxonomy.id,
    taxonomy_detail: { ...taxonomy },
    language: 'de',
    ...(termUri ? { term_uri: termUri } : {}),
  };
}

export const serviceTerm = (id: ServiceId) => term(taxonomies.service, id, serviceCatalogue[id].name.de, serviceCatalogue[id].description.de);
export const capacityTerm = (state: CapacityState) => term(taxonomies.capacity, state, capacityNames[state].de, capacityNames[state].de);
export const kindTerm = (kind: OrganisationKind) => term(taxonomies.organisationKind, kind, officeKindNames[kind].de, officeKindNames[kind].de);
export const landTerm = (land: Land) => term(taxonomies.land, `DE-${land}`, landNames[land].de, `Bundesland ${landNames[land].de}`);
export const nationwideTerm = () => term(taxonomies.country, 'DE', 'Deutschland', 'Bundesweit', 'http://publications.europa.eu/resource/authority/country/DEU');
export function agsTerm(ags: string): HsdsTaxonomyTerm {
  const name = areaName(ags);
  return term(taxonomies.ags, ags, name, `Amtlicher Gemeindeschlüssel ${ags}: ${name}`, areaUri(ags) ?? undefined);
}

/** An attribute linking a record to a term; its id depends only on the link and the term. */
export function attribute(linkEntity: string, linkId: string, linkType: string, taxonomyTerm: HsdsTaxonomyTerm, value?: string): HsdsAttribute {
  return {
    id: derivedId('attribute', linkEntity, linkId, linkType, taxonomyTerm.id),
    link_id: linkId,
    link_type: linkType,
    link_entity: linkEntity,
    taxonomy_term_id: taxonomyTerm.id,
    taxonomy_term: taxonomyTerm,
    ...(value ? { value } : {}),
  };
}

/** The code of the first attribute of a taxonomy (by name), e.g. the service id of a Lotse service. */
export function codeOf(attributes: readonly { taxonomy_term?: { taxonomy?: string | undefined; code?: string | undefined } | undefined }[] | undefined, taxonomy: TaxonomyName): string | undefined {
  return attributes?.find((item) => item.taxonomy_term?.taxonomy === taxonomies[taxonomy].name)?.taxonomy_term?.code;
}
