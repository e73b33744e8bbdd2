/**
 * A deterministic generator of German-ish search documents for the search bench: compounds of
 * the domain's vocabulary with inflected endings, drawn with a Zipf-like skew so that some words
 * are everywhere and most are rare, as in real text. Same seed, same documents.
 */

const stems = [
  'Aufenthalts', 'Arbeits', 'Fach', 'Anerkennungs', 'Berufs', 'Familien', 'Visa', 'Gehalts', 'Sprach', 'Ausbildungs',
  'Studien', 'Beschäftigungs', 'Zuwanderungs', 'Integrations', 'Verwaltungs', 'Einwanderungs', 'Qualifikations', 'Nachweis',
  'Antrags', 'Prüfungs', 'Melde', 'Renten', 'Kranken', 'Wohnungs', 'Ehegatten', 'Kinder', 'Pflege', 'Handwerks', 'Hochschul', 'Termin',
];
const heads = [
  'titel', 'erlaubnis', 'kraft', 'stelle', 'verfahren', 'grenze', 'bescheid', 'behörde', 'nachweis', 'vertrag', 'karte', 'prüfung',
  'recht', 'frist', 'zeugnis', 'gesetz', 'kurs', 'beratung', 'zustimmung', 'gebühr', 'bescheinigung', 'regel', 'antrag', 'abschluss',
];
const endings = ['', '', '', 'en', 'n', 'e', 's', 'es'];
const fillers = [
  'der', 'die', 'das', 'und', 'für', 'mit', 'nach', 'bei', 'im', 'vom', 'zur', 'ein', 'eine', 'wird', 'werden', 'ist', 'sind', 'kann',
  'muss', 'nicht', 'auch', 'oder', 'wenn', 'vor', 'über',
];
const verbs = ['prüfen', 'beantragen', 'erteilen', 'vorlegen', 'anerkennen', 'verlängern', 'ablehnen', 'bestätigen', 'einreichen', 'zustimmen', 'beraten', 'übersetzen'];
const adjectives = ['ausländische', 'zuständige', 'befristete', 'vollständige', 'beglaubigte', 'gleichwertige', 'vorläufige', 'digitale', 'regionale', 'schnelle'];

/** A small, fast, seedable PRNG (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hashSeed(text: string): number {
  let hash = 2_166_136_261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619);
  return hash >>> 0;
}

/** The content words, most frequent first: every stem × head compound (720). */
export const searchBenchVocabulary: readonly string[] = (() => {
  const pick = random(hashSeed('vocabulary'));
  const words = stems.flatMap((stem) => heads.map((head) => `${stem}${head}`));
  // A fixed shuffle, so frequency is not alphabetical.
  for (let index = words.length - 1; index > 0; index -= 1) {
    const other = Math.floor(pick() * (index + 1));
    [words[index], words[other]] = [words[other] ?? '', words[index] ?? ''];
  }
  return words;
})();

export type SearchBenchDocument = { refId: string; title: string; summary: string; body: string; topics: string[]; legalRefs: string[] };

const topics = ['aufenthaltstitel', 'fachkraefte', 'anerkennung', 'beschleunigtes-verfahren', 'familie', 'chancenkarte', 'westbalkan', 'beschaeftigung', 'sprache', 'netzwerk', 'verfahren', 'studium-ausbildung'];
const sections = ['16d', '18a', '18b', '18g', '19c', '20a', '29', '30', '32', '39', '81a'];

/** Documents `from` … `from + count - 1` of the set for `seed` (each document depends only on its number). */
export function generateSearchDocuments(seed: string, from: number, count: number): SearchBenchDocument[] {
  const documents: SearchBenchDocument[] = [];
  const base = hashSeed(seed);
  for (let number = from; number < from + count; number += 1) {
    const pick = random(base ^ Math.imul(number + 1, 2_654_435_761));
    // Zipf-like: the word at rank r is drawn with weight ~1/r.
    const contentWord = () => {
      const rank = Math.floor(Math.exp(pick() * Math.log(searchBenchVocabulary.length))) - 1;
      const word = searchBenchVocabulary[Math.min(rank, searchBenchVocabulary.length - 1)] ?? 'Verfahren';
      return `${word}${endings[Math.floor(pick() * endings.length)] ?? ''}`;
    };
    const any = (list: readonly string[]) => list[Math.floor(pick() * list.length)] ?? '';
    const sentence = (length: number) => {
      const words: string[] = [];
      for (let index = 0; index < length; index += 1) {
        const roll = pick();
        words.push(roll < 0.4 ? contentWord() : roll < 0.75 ? any(fillers) : roll < 0.88 ? any(adjectives) : any(verbs));
      }
      return `${words.join(' ')}.`;
    };
    const bodySentences: string[] = [];
    const sentenceCount = 12 + Math.floor(pick() * 14);
    for (let index = 0; index < sentenceCount; index += 1) bodySentences.push(sentence(8 + Math.floor(pick() * 10)));
    documents.push({
      refId: `bench-${number}`,
      title: `${contentWord()} ${any(fillers)} ${contentWord()} ${any(adjectives)} ${contentWord()}`,
      summary: sentence(14 + Math.floor(pick() * 10)),
      body: bodySentences.join(' '),
      topics: [any(topics), any(topics)].filter((topic, index, all) => all.indexOf(topic) === index),
      legalRefs: [`§${any(sections)} AufenthG`],
    });
  }
  return documents;
}

/**
 * The queries the bench sends, rotating: single words and pairs of mid-frequency vocabulary in
 * inflected forms, and unfinished words as typed (prefix search). All find something.
 */
export function searchBenchQueries(seed: string, count: number): string[] {
  const pick = random(hashSeed(`${seed}:queries`));
  const word = () => searchBenchVocabulary[5 + Math.floor(pick() * 300)] ?? 'Verfahren';
  const queries: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const kind = index % 4;
    if (kind === 0) queries.push(`${word()}en`);
    else if (kind === 1) queries.push(`${word()} ${word()}`);
    else if (kind === 2) queries.push(word().slice(0, 6 + Math.floor(pick() * 5)));
    else queries.push(`${any(adjectives, pick)} ${word()}`);
  }
  return queries;
}

function any(list: readonly string[], pick: () => number): string {
  return list[Math.floor(pick() * list.length)] ?? '';
}
