import type { ResponsibilityResponse, ResponsibleOrganisation } from '../../../contract/network';
import type { ReportOffice } from '../../../contract/pathways';
import type { Place } from '../../../contract/places';
import { fetchResponsibility } from '../../api/responsibility';

/** What the Wegweiser knows that decides which contacts fit (a subset of its answers). */
export type ContactNeeds = {
  location: '' | 'abroad' | 'germany';
  hasJobOffer: '' | 'yes' | 'no';
  qualificationType: '' | 'none' | 'vocational' | 'academic';
  germanRecognition: '' | 'full' | 'comparable' | 'partial' | 'none' | 'not_applied';
};

/** The answers of the finder for one place, one per service asked, in the order asked. */
export type PlaceContacts = { place: Place; answers: ResponsibilityResponse[] };

/**
 * The services whose contacts fit a Wegweiser result: the Ausländerbehörde first — for the
 * accelerated procedure (§81a AufenthG) when the person is abroad with a job offer, otherwise for
 * the residence title — then recognition counselling when a qualification is not yet recognised
 * (a degree found comparable needs none), then the welcome centre.
 */
export function contactServices(needs: ContactNeeds): string[] {
  const authority = needs.location === 'abroad' && needs.hasJobOffer === 'yes' ? 'accelerated_procedure' : 'residence_permit';
  const hasQualification = needs.qualificationType === 'vocational' || needs.qualificationType === 'academic';
  const recognitionMissing = hasQualification && !['full', 'comparable'].includes(needs.germanRecognition);
  return [authority, ...(recognitionMissing ? ['recognition_counselling'] : []), 'welcome_counselling'];
}

/** Asks the responsibility finder for each service in the place (in parallel). */
export async function fetchPlaceContacts(ags: string, services: readonly string[]): Promise<PlaceContacts> {
  const answers = await Promise.all(services.map((service) => fetchResponsibility(ags, service)));
  const place = answers.find((answer) => answer.place)?.place;
  if (!place) throw new Error('the place lies outside the network');
  return { place, answers };
}

/** The organisations a Wegweiser result shows (regional ones, nationwide only where nothing regional covers). */
export function shownOrganisations(answer: ResponsibilityResponse): ResponsibleOrganisation[] {
  return answer.covered ? answer.organisations.filter((organisation) => organisation.level !== 'nationwide') : answer.organisations;
}

/** The contacts as the PDF report names them: each organisation once, in the order shown. */
export function contactsForReport(contacts: PlaceContacts): ReportOffice[] {
  const seen = new Set<string>();
  return contacts.answers
    .flatMap(shownOrganisations)
    .filter((organisation) => !seen.has(organisation.id) && Boolean(seen.add(organisation.id)))
    .map((organisation) => ({ name: organisation.name, kind: organisation.kindName, ...(organisation.email ? { email: organisation.email } : {}) }));
}
