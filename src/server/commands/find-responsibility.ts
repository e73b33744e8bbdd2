import { officeKindNames, type Place } from '../../contract/places';
import type { ResponsibilityResponse, ResponsibleOrganisation, ServiceInfo } from '../../contract/network';
import type { OrganisationKind } from '../../domain/identity/organisation-kinds';
import { findResponsible, type ServiceOffer } from '../../domain/network/responsibility';
import { serviceCatalogue, serviceIds, type CapacityState, type ServiceId } from '../../domain/network/services';
import type { ServiceOfferRow } from '../db/repositories/organisation-services.repository';
import type { OrganisationRow } from '../db/repositories/organisations.repository';
import { AppError } from '../errors';
import { activeOffersFor } from '../network/active-offers';
import { placeDirectory } from '../places/place-directory';
import type { CommandContext } from './context';

export function presentServiceInfo(id: ServiceId): ServiceInfo {
  const { name, description, statutory, legalRef } = serviceCatalogue[id];
  return { id, name, description, statutory, legalRef };
}

export const serviceInfos = (): ServiceInfo[] => serviceIds.map(presentServiceInfo);

type Offer = ServiceOffer & { row: ServiceOfferRow | null; organisation: OrganisationRow };

function toOffer(row: ServiceOfferRow): Offer {
  return {
    organisationId: row.organisation.id,
    organisationName: row.organisation.name,
    serviceId: row.service.serviceId as ServiceId,
    areaAgs: row.service.areaAgs ?? row.organisation.areaAgs,
    isNationwide: row.organisation.isNationwide,
    row,
    organisation: row.organisation,
  };
}

function presentResponsible(offer: Offer, level: ResponsibleOrganisation['level'], statutory: boolean): ResponsibleOrganisation {
  const organisation = offer.organisation;
  const kind = organisation.kind as OrganisationKind;
  const service = offer.row?.service;
  return {
    id: organisation.id,
    name: organisation.name,
    kind,
    kindName: officeKindNames[kind],
    level,
    statutory,
    isNationwide: organisation.isNationwide,
    email: organisation.email,
    phone: organisation.phone,
    website: organisation.website,
    address: organisation.street || organisation.locality ? { street: organisation.street, postcode: organisation.postcode, locality: organisation.locality } : null,
    languages: organisation.languages,
    offer: service
      ? {
          eligibility: service.eligibility,
          howToReach: service.howToReach,
          languages: service.languages,
          capacity: service.capacity as CapacityState,
          capacityUpdatedOn: service.capacityUpdatedOn,
        }
      : null,
  };
}

/** Where a valid AGS lies: a place of the region, or (null) somewhere else in Germany. */
function placeOf(ags: string): Place | null {
  const place = placeDirectory().get(ags);
  if (place) return place;
  if (placeDirectory().isKnownOutside(ags)) return null;
  throw new AppError('VALIDATION_FAILED', 'No municipality with this AGS is known.', { ags: 'no municipality with this Amtlicher Gemeindeschlüssel is known' });
}

/**
 * Public: who is responsible for a service in a place. Organisations hold no personal data, so
 * this read is not audited. Outside the region the nationwide offers answer.
 */
export async function findResponsibility(ctx: CommandContext, query: { ags: string; service: ServiceId }): Promise<ResponsibilityResponse> {
  const place = placeOf(query.ags);
  const active = await activeOffersFor(ctx.db);
  // The answer depends only on the question and the offers: built once per version of the offers
  // (at most places × services answers, a few thousand).
  const key = `${query.ags}:${query.service}`;
  const known = active.answers.get(key) as ResponsibilityResponse | undefined;
  if (known) return known;
  const offers = (active.byService.get(query.service) ?? []).map(toOffer);
  const nationwide = active.nationwide.map(
    (organisation): Offer => ({
      organisationId: organisation.id,
      organisationName: organisation.name,
      serviceId: query.service,
      areaAgs: [],
      isNationwide: true,
      row: null,
      organisation,
    }),
  );
  const result = findResponsible(place ? query.ags : '--------', query.service, offers, nationwide);
  const answer: ResponsibilityResponse = {
    place,
    service: presentServiceInfo(query.service),
    covered: result.covered,
    organisations: result.items.map((item) => presentResponsible(item.offer, item.level, item.statutory)),
  };
  active.answers.set(key, answer);
  return answer;
}
