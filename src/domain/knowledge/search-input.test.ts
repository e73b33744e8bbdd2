import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_WORDS, MAX_WORD_LENGTH, searchWords, toTsQueryText, vocabularyOf } from './search-input';

describe('search input', () => {
  it('keeps words, drops operators and punctuation', () => {
    expect(searchWords(`Blaue Karten & !(§18g) | "Gehaltsgrenzen" <-> 'x'; DROP TABLE--`)).toEqual([
      'blaue',
      'karten',
      '18g',
      'gehaltsgrenzen',
      'x',
      'drop',
      'table',
    ]);
    expect(searchWords('   ')).toEqual([]);
    expect(searchWords('Ausländerbehörde')).toEqual(['ausländerbehörde']);
  });

  it('builds an AND query with the last word as a prefix', () => {
    expect(toTsQueryText(['blaue', 'kar'], { prefixLast: true })).toBe('blaue & kar:*');
    expect(toTsQueryText(['blaue', 'karte'], { prefixLast: false })).toBe('blaue & karte');
    expect(toTsQueryText([], { prefixLast: true })).toBeNull();
  });

  it('any input yields only letter/digit words within the limits (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (raw) => {
        const words = searchWords(raw);
        expect(words.length).toBeLessThanOrEqual(MAX_QUERY_WORDS);
        for (const word of words) {
          expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
          expect(word.length).toBeLessThanOrEqual(MAX_WORD_LENGTH);
        }
        const query = toTsQueryText(words, { prefixLast: true });
        if (query !== null) expect(query).toMatch(/^[\p{L}\p{N}]+(?: & [\p{L}\p{N}]+)*:\*$/u);
      }),
    );
  });

  it('collects the vocabulary of a text for typo correction', () => {
    expect(vocabularyOf('Die Anerkennung, die Anerkennung: §18g ab').sort()).toEqual(['anerkennung', 'die']);
  });
});
