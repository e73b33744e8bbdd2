/**
 * Turns whatever a person types into a search box into safe input for PostgreSQL's to_tsquery:
 * only letters and digits survive, so no operator, quote or SQL fragment reaches the parser,
 * and the last word becomes a prefix while the person is still typing.
 */

/** Words beyond this are ignored: more words only narrow an AND query further. */
export const MAX_QUERY_WORDS = 8;
/** Longer "words" are cut: nothing that long is indexed as one lexeme anyway. */
export const MAX_WORD_LENGTH = 40;
// Only this much of the raw input is read, so a 10 kB string costs no more than a short one.
const MAX_INPUT_LENGTH = 1_000;

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a search input, in order, lower-cased, at most MAX_QUERY_WORDS. */
export function searchWords(raw: string): string[] {
  const text = raw.slice(0, MAX_INPUT_LENGTH).normalize('NFKC').toLowerCase();
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push(match[0].slice(0, MAX_WORD_LENGTH));
    if (words.length === MAX_QUERY_WORDS) break;
  }
  return words;
}

/**
 * A to_tsquery expression: every word required (AND); the last one as a prefix when
 * `prefixLast`. Returns null when nothing searchable is left.
 */
export function toTsQueryText(words: readonly string[], options: { prefixLast: boolean }): string | null {
  if (words.length === 0) return null;
  return words.map((word, index) => (options.prefixLast && index === words.length - 1 ? `${word}:*` : word)).join(' & ');
}

/**
 * The words of an entry's text worth remembering for typo correction: letters only, at least
 * three of them (shorter words are too ambiguous to correct to), lower-case, distinct.
 */
export function vocabularyOf(text: string): string[] {
  const words = new Set<string>();
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(/\p{L}{3,}/gu)) {
    if (match[0].length <= MAX_WORD_LENGTH) words.add(match[0]);
  }
  return [...words];
}
