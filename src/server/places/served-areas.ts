import type { ServedArea } from '../../contract/directory';
import { landNames } from '../../domain/calendar/land-names';
import type { Land } from '../../domain/identity/organisation-kinds';
import { placeDirectory } from './place-directory';

/** The Land of the first two digits of an AGS (Destatis numbering, 01 Schleswig-Holstein … 16 Thüringen). */
export const landByAgsPrefix: Readonly<Record<string, Land>> = {
  '01': 'SH',
  '02': 'HH',
  '03': 'NI',
  '04': 'HB',
  '05': 'NW',
  '06': 'HE',
  '07': 'RP',
  '08': 'BW',
  '09': 'BY',
  '10': 'SL',
  '11': 'BE',
  '12': 'BB',
  '13': 'MV',
  '14': 'SN',
  '15': 'ST',
  '16': 'TH',
};

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
