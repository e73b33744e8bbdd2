import { landNames } from '../../domain/calendar/land-names';
import { landByAgsPrefix } from '../../domain/network/ags';
import { placeDirectory } from '../places/place-directory';

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
    const land = landByAgsPrefix[ags];
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
