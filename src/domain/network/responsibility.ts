import { serviceCatalogue, type ServiceId } from './services';

/** An organisation's offer of one service in an area, as the finder needs it. */
export type ServiceOffer = {
  organisationId: string;
  organisationName: string;
  serviceId: ServiceId;
  /** AGS prefixes the offer covers: 2 (Land), 5 (district) or 8 digits (municipality). */
  areaAgs: readonly string[];
  isNationwide: boolean;
};

/** How specifically an area names a place: municipality, district, Land, or nationwide. */
export type AreaLevel = 'municipality' | 'district' | 'land' | 'nationwide';

const levelByLength: Record<number, AreaLevel> = { 8: 'municipality', 5: 'district', 2: 'land' };
const levelRank: Record<AreaLevel, number> = { municipality: 3, district: 2, land: 1, nationwide: 0 };

/** The most specific level at which the offer covers the place, or null when it does not. */
export function coverage(offer: Pick<ServiceOffer, 'areaAgs' | 'isNationwide'>, ags: string): AreaLevel | null {
  let best: AreaLevel | null = null;
  for (const prefix of offer.areaAgs) {
    const level = levelByLength[prefix.length];
    if (level === undefined || !ags.startsWith(prefix)) continue;
    if (best === null || levelRank[level] > levelRank[best]) best = level;
  }
  if (best === null && offer.isNationwide) return 'nationwide';
  return best;
}

export type ResponsibleOffer<T extends ServiceOffer> = {
  offer: T;
  level: AreaLevel;
  /** True for the one authority responsible by law (statutory services only). */
  statutory: boolean;
};

export type Responsibility<T extends ServiceOffer> = {
  /** False when no regional offer covers the place: the answer then holds nationwide offers only. */
  covered: boolean;
  items: ResponsibleOffer<T>[];
};

const collator = new Intl.Collator('de');

/**
 * Who is responsible for a service in a place (8-digit AGS): most specific area first
 * (municipality → district → Land → nationwide). For a statutory service only the most specific
 * regional offer is the responsible authority; nationwide offers follow as further help.
 * `fallback` are the nationwide offers shown when nothing regional covers the place.
 */
export function findResponsible<T extends ServiceOffer>(
  ags: string,
  serviceId: ServiceId,
  offers: readonly T[],
  fallback: readonly T[] = [],
): Responsibility<T> {
  const statutory = serviceCatalogue[serviceId].statutory;
  const matching = offers
    .filter((offer) => offer.serviceId === serviceId)
    .map((offer) => ({ offer, level: coverage(offer, ags) }))
    .filter((entry): entry is { offer: T; level: AreaLevel } => entry.level !== null)
    .sort((a, b) => levelRank[b.level] - levelRank[a.level] || collator.compare(a.offer.organisationName, b.offer.organisationName));
  const regional = matching.filter((entry) => entry.level !== 'nationwide');
  const nationwide = matching.filter((entry) => entry.level === 'nationwide');
  let items: ResponsibleOffer<T>[];
  if (statutory && regional.length > 0) {
    const top = levelRank[regional[0]!.level];
    const responsible = regional.filter((entry) => levelRank[entry.level] === top);
    items = responsible.map((entry) => ({ ...entry, statutory: true }));
  } else {
    items = regional.map((entry) => ({ ...entry, statutory: false }));
  }
  items.push(...nationwide.map((entry) => ({ ...entry, statutory: false })));
  if (regional.length > 0) return { covered: true, items };
  const seen = new Set(items.map((entry) => entry.offer.organisationId));
  for (const offer of fallback) {
    if (seen.has(offer.organisationId)) continue;
    seen.add(offer.organisationId);
    items.push({ offer, level: 'nationwide', statutory: false });
  }
  return { covered: false, items };
}
