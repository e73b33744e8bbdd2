/**
 * Search over reference occupations (KldB 2010 Berufsgattungen with their ISCO-08 unit group) by
 * name, in German and English. Pure: the caller hands in the list (seed/reference/occupations.json).
 */

export type ReferenceOccupation = {
  /** KldB 2010 (Fassung 2020), 5 digits. */
  kldb: string;
  /** ISCO-08 unit group, 4 digits (the recommended match of the official crosswalk). */
  isco: string;
  de: string;
  en: string;
};

/**
 * The search form of a text: lower case, ß as "ss", accents dropped, and umlauts written out or
 * not ("Ärztin", "Aerztin" and "Arztin" meet), anything but letters and digits as one space.
 */
export function normaliseOccupationText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export type OccupationIndex = { entries: readonly { occupation: ReferenceOccupation; texts: readonly string[] }[] };

/** Prepares the list once (both names in search form). */
export function indexOccupations(list: readonly ReferenceOccupation[]): OccupationIndex {
  return { entries: list.map((occupation) => ({ occupation, texts: [normaliseOccupationText(occupation.de), normaliseOccupationText(occupation.en)] })) };
}

/** How well one text matches all query words: 0 starts with the query, 1 every word starts a word, 2 … or ends one, 3 every word inside, else none. */
function rankOf(text: string, query: string, words: readonly string[]): number | undefined {
  if (text.startsWith(query)) return 0;
  const textWords = text.split(' ');
  if (words.every((word) => textWords.some((textWord) => textWord.startsWith(word)))) return 1;
  // The head of a German compound names the kind: "Pflege" → "Krankenpflege", "Altenpflege".
  if (words.every((word) => textWords.some((textWord) => textWord.startsWith(word) || textWord.endsWith(word)))) return 2;
  if (words.every((word) => text.includes(word))) return 3;
  return undefined;
}

/**
 * Occupations whose German or English name matches every word of the query (a word's start
 * first, then anywhere inside, so "Pflege" finds "Krankenpflege"); a 5-digit query is a KldB
 * code, a 4-digit one an ISCO-08 code. Best matches first, then by KldB code.
 */
export function searchOccupations(index: OccupationIndex, query: string, limit = 20): ReferenceOccupation[] {
  const needle = normaliseOccupationText(query);
  if (needle.length === 0) return [];
  if (/^\d{5}$/.test(needle)) return index.entries.filter((entry) => entry.occupation.kldb === needle).map((entry) => entry.occupation);
  if (/^\d{4}$/.test(needle)) return index.entries.filter((entry) => entry.occupation.isco === needle).slice(0, limit).map((entry) => entry.occupation);
  const words = needle.split(' ');
  const ranked: { occupation: ReferenceOccupation; rank: number }[] = [];
  for (const entry of index.entries) {
    const ranks = entry.texts.map((text) => rankOf(text, needle, words)).filter((rank): rank is number => rank !== undefined);
    if (ranks.length > 0) ranked.push({ occupation: entry.occupation, rank: Math.min(...ranks) });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.occupation.kldb.localeCompare(b.occupation.kldb));
  return ranked.slice(0, limit).map((entry) => entry.occupation);
}
