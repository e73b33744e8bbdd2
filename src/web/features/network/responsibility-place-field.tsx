import type { Place } from '../../../contract/places';
import { PlaceCombobox } from '../wegweiser/place-combobox';

export type PlaceFieldProps = {
  id: string;
  label: string;
  hint: string;
  query: string;
  chosen: { ags: string; name: string } | null;
  register?: (element: HTMLInputElement | null) => void;
  onQuery(query: string): void;
  onChoose(place: Place): void;
};

/**
 * The place field of the responsibility finder and the referral dialog: the shared search-as-you-type
 * combobox (name or postcode; the AGS is kept behind the name).
 */
export function PlaceField({ label, hint, query, chosen, register, onQuery, onChoose }: PlaceFieldProps) {
  return <PlaceCombobox label={label} hint={hint} query={query} chosen={chosen} register={(element) => register?.(element as HTMLInputElement | null)} onQuery={onQuery} onChoose={onChoose} />;
}
