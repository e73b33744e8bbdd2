import { landNames } from '../../domain/calendar/land-names';
import type { Land } from '../../domain/identity/organisation-kinds';
import { placeDirectory } from '../places/place-directory';

/** The first two digits of an AGS (the Land key of the Statistisches Bundesamt) and the Land they name. */
export const landByStateKey: Readonly<Record<string, Land>> = {
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

export type AreaLevel = 'land' | 'district' | 'municipality';

/** DCAT-AP.de political geocoding vocabulary (https://www.dcat-ap.de/def/politicalGeocoding/). */
const geocodingBase = 'http://dcat-ap.de/def/politicalGeocoding';
const keyKind: Record<AreaLevel, string> = { land: 'stateKey', district: 'districtKey', municipality: 'municipalityKey' };

export function areaLevel(ags: string): AreaLevel | null {
  if (/^\d{2}$/.test(ags)) return 'land';
  if (/^\d{5}$/.test(ags)) return 'district';
  if (/^\d{8}$/.test(ags)) return 'municipality';
  return null;
}

/** The DCAT-AP.de URI of an area key (AGS prefix of 2, 5 or 8 digits). */
export function areaUri(ags: string): string | null {
  const level = areaLevel(ags);
  return level ? `${geocodingBase}/${keyKind[level]}/${ags}` : null;
}

/** The AGS prefix a DCAT-AP.de geocoding URI names, or null for any other URI. */
export function agsOfAreaUri(uri: string): string | null {
  const match = /^https?:\/\/(?:www\.)?dcat-ap\.de\/def\/politicalGeocoding\/(stateKey|districtKey|municipalityKey)\/(\d+)$/.exec(uri);
  if (!match) return null;
  const [, kind, ags = ''] = match;
  const level = areaLevel(ags);
  return level && keyKind[level] === kind ? ags : null;
}

/** The German name of an area; places and districts of the region come from the place directory. */
export function areaName(ags: string): string {
  const level = areaLevel(ags);
  if (level === 'land') {
    const land = landByStateKey[ags];
    return land ? landNames[land].de : `Land ${ags}`;
  }
  if (level === 'municipality') return placeDirectory().get(ags)?.name ?? `Gemeinde ${ags}`;
  if (level === 'district') {
    const place = placeDirectory()
      .all()
      .find((candidate) => candidate.ags.startsWith(ags));
    return place?.district.de ?? `Kreis ${ags}`;
  }
  return ags;
}
