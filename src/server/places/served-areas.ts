import type { ServedArea } from '../../contract/directory';
import { landNames } from '../../domain/calendar/land-names';
import { landByAgsPrefix } from '../../domain/network/ags';
import { placeDirectory } from './place-directory';

/**
 * An area an organisation serves (an AGS prefix of 8, 5 or 2 digits) in words: the municipality,
 * the district or the Land. Areas outside the region's place list keep a neutral description.
 */
export function servedArea(ags: string): ServedArea {
  if (ags.length === 8) {
    const place = placeDirectory().get(ags);
    const name = place ? { de: place.name, en: place.name } : { de: 'Eine Gemeinde außerhalb der Region', en: 'A municipality outside the region' };
    return { ags, level: 'municipality', name };
  }
  if (ags.length === 5) {
    const place = placeDirectory()
      .all()
      .find((candidate) => candidate.ags.startsWith(ags));
    const name = place ? place.district : { de: 'Ein Kreis außerhalb der Region', en: 'A district outside the region' };
    return { ags, level: 'district', name };
  }
  const land = landByAgsPrefix[ags.slice(0, 2)];
  return { ags, level: 'land', name: land ? landNames[land] : { de: 'Ein Land', en: 'A Land' } };
}
