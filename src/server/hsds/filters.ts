import { capacityStates, serviceCatalogue, serviceIds } from '../../domain/network/services';
import { placeDirectory, normalisePlaceName } from '../places/place-directory';
import { capacityTerm, serviceTerm, taxonomies } from './vocabulary';

/** What the HSDS taxonomy filters mean for Lotse's services (service type or capacity terms). */
export type TaxonomyRestriction = { serviceIds?: string[]; capacities?: string[] };

export function taxonomyRestriction(termId: string | undefined, taxonomyId: string | undefined): TaxonomyRestriction {
  const restriction: TaxonomyRestriction = {};
  if (taxonomyId !== undefined && taxonomyId !== taxonomies.service.id && taxonomyId !== taxonomies.capacity.id) {
    // Services carry only terms of these two taxonomies; any other matches nothing.
    restriction.serviceIds = [];
  }
  if (termId !== undefined) {
    const service = serviceIds.find((id) => serviceTerm(id).id === termId);
    const capacity = capacityStates.find((state) => capacityTerm(state).id === termId);
    if (service) restriction.serviceIds = restriction.serviceIds ? restriction.serviceIds.filter((id) => id === service) : [service];
    else if (capacity) restriction.capacities = [capacity];
    else restriction.serviceIds = [];
  }
  return restriction;
}

/** Catalogue services whose German or English name contains the search text. */
export function serviceIdsNamed(search: string): string[] {
  const needle = normalisePlaceName(search);
  if (needle === '') return [];
  return serviceIds.filter((id) => {
    const { name } = serviceCatalogue[id];
    return normalisePlaceName(name.de).includes(needle) || normalisePlaceName(name.en).includes(needle);
  });
}

/** The municipalities of the region with this postcode (empty outside the region). */
export const placesWithPostcode = (postcode: string): string[] =>
  placeDirectory()
    .all()
    .filter((place) => place.postcodes.includes(postcode))
    .map((place) => place.ags);
