import { fetchResponsibility } from '../../api/responsibility';

/** How a proposed recipient covers the place: the responsible authority, or the level of its area. */
export type RecipientMark = 'responsible' | 'municipality' | 'district' | 'land' | 'nationwide';

export type ProposedRecipient = { id: string; name: string; mark: RecipientMark | null };

/**
 * Recipients for a referral about a person in a place, from the responsibility finder: the
 * responsible authority first, then the most specific offers (municipality → district → Land →
 * nationwide), each marked; the sender's own organisation is left out.
 */
export async function proposeRecipients(ags: string, service: string, ownOrganisationId: string | null): Promise<ProposedRecipient[]> {
  const answer = await fetchResponsibility(ags, service);
  return answer.organisations
    .filter((organisation) => organisation.id !== ownOrganisationId)
    .map((organisation) => ({ id: organisation.id, name: organisation.name, mark: organisation.statutory ? 'responsible' : organisation.level }));
}
