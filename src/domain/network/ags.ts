import type { Land } from '../identity/organisation-kinds';

/**
 * The Land of the first two digits of an Amtlicher Gemeindeschlüssel (the Land key of the
 * Statistisches Bundesamt: 01 Schleswig-Holstein … 16 Thüringen).
 */
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
