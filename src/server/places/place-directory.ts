import { readFileSync } from 'node:fs';
import { landNames } from '../../domain/calendar/land-names';
import { join } from 'node:path';
import { z } from 'zod';
import type { Place } from '../../contract/places';
import { laender } from '../../domain/identity/organisation-kinds';
import { repoRoot } from '../paths';

/** `seed/reference/places.json` (sources and date in seed/reference/SOURCES.md). */
export const placesFile = join(repoRoot, 'seed/reference/places.json');

/** `seed/reference/germany-ags.json`: the AGS of every German municipality (sources in seed/reference/SOURCES.md). */
export const germanyAgsFile = join(repoRoot, 'seed/reference/germany-ags.json');

const germanyAgsSchema = z.array(z.string().regex(/^\d{8}$/));

const placesFileSchema = z.object({
  districts: z.record(z.string().regex(/^\d{5}$/), z.object({ de: z.string(), en: z.string(), land: z.enum(laender) })),
  places: z.array(z.object({ ags: z.string().regex(/^\d{8}$/), name: z.string().min(1), postcodes: z.array(z.string().regex(/^\d{5}$/)) })),
});

/**
 * The search form of a name: lower case, umlauts and ß spelt out, other accents dropped, and
 * anything but letters and digits as one space ("Neustadt a. d. Weinstraße" → "neustadt a d weinstrasse").
 */
export function normalisePlaceName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type Entry = { place: Place; key: string; words: string[] };

export type PlaceDirectory = {
  /** Places whose name (or a word of it) starts with the query, or one of whose postcodes does. */
  search(query: string, limit: number): Place[];
  get(ags: string): Place | undefined;
  /** Every place, by AGS. */
  all(): Place[];
  /** True for the AGS of a German municipality outside the region (not a place of the directory). */
  isKnownOutside(ags: string): boolean;
};

/** Builds the in-memory directory; the file is small (a few hundred places), so no index is needed. */
export function createPlaceDirectory(data: unknown, outside: ReadonlySet<string> = new Set()): PlaceDirectory {
  const parsed = placesFileSchema.parse(data);
  const entries: Entry[] = parsed.places.map((raw) => {
    const district = parsed.districts[raw.ags.slice(0, 5)];
    if (!district) throw new Error(`places.json: no district for ${raw.ags}`);
    const place: Place = {
      ags: raw.ags,
      name: raw.name,
      district: { de: district.de, en: district.en },
      land: { code: district.land, name: landNames[district.land] },
      postcodes: raw.postcodes,
    };
    const key = normalisePlaceName(raw.name);
    return { place, key, words: key.split(' ') };
  });
  const byAgs = new Map(entries.map((entry) => [entry.place.ags, entry.place]));
  const collator = new Intl.Collator('de');

  return {
    search(query, limit) {
      const trimmed = query.trim();
      if (/^\d+$/.test(trimmed)) {
        return entries
          .filter((entry) => entry.place.postcodes.some((code) => code.startsWith(trimmed)))
          .sort((a, b) => (a.place.postcodes.find((c) => c.startsWith(trimmed)) ?? '').localeCompare(b.place.postcodes.find((c) => c.startsWith(trimmed)) ?? '') || collator.compare(a.place.name, b.place.name))
          .slice(0, limit)
          .map((entry) => entry.place);
      }
      const needle = normalisePlaceName(trimmed);
      if (needle === '') return [];
      // Rank: the whole name starts with the query, then a later word does; shorter names first.
      const rank = (entry: Entry) => (entry.key.startsWith(needle) ? 0 : entry.words.some((word, index) => index > 0 && `${entry.words.slice(index).join(' ')}`.startsWith(needle)) ? 1 : 2);
      return entries
        .map((entry) => ({ entry, rank: rank(entry) }))
        .filter(({ rank: value }) => value < 2)
        .sort((a, b) => a.rank - b.rank || a.entry.key.length - b.entry.key.length || collator.compare(a.entry.place.name, b.entry.place.name))
        .slice(0, limit)
        .map(({ entry }) => entry.place);
    },
    get: (ags) => byAgs.get(ags),
    all: () => entries.map((entry) => entry.place),
    isKnownOutside: (ags) => !byAgs.has(ags) && outside.has(ags),
  };
}

let directory: PlaceDirectory | undefined;

/**
 * The directory of `seed/reference/places.json`, read once on first use; a municipality of
 * `germany-ags.json` that is not a place of the region is known to lie outside it.
 */
export function placeDirectory(): PlaceDirectory {
  directory ??= createPlaceDirectory(JSON.parse(readFileSync(placesFile, 'utf8')), new Set(germanyAgsSchema.parse(JSON.parse(readFileSync(germanyAgsFile, 'utf8')))));
  return directory;
}
