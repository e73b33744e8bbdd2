import { describe, expect, it } from 'vitest';
import { indexOccupations, normaliseOccupationText, searchOccupations, type ReferenceOccupation } from './occupation-search';

const list: ReferenceOccupation[] = [
  { kldb: '11502', isco: '5164', de: 'Berufe in der Tierpflege – fachlich ausgerichtete Tätigkeiten', en: 'Occupations in animal care-skilled tasks' },
  { kldb: '81302', isco: '3221', de: 'Berufe in der Gesundheits- und Krankenpflege – fachlich ausgerichtete Tätigkeiten', en: 'Occupations in nursing-skilled tasks' },
  { kldb: '81404', isco: '2211', de: 'Ärzte/Ärztinnen (ohne Spezialisierung) – hoch komplexe Tätigkeiten', en: 'Doctors (without specialisation)-highly complex tasks' },
  { kldb: '83112', isco: '5311', de: 'Berufe in der Kinderbetreuung und -erziehung – fachlich ausgerichtete Tätigkeiten', en: 'Occupations in child care and child education-skilled tasks' },
  { kldb: '99999', isco: '9999', de: 'Pflegeberufe (Test)', en: 'Care occupations (test)' },
];
const index = indexOccupations(list);
const kldbOf = (query: string) => searchOccupations(index, query).map((item) => item.kldb);

describe('occupation search', () => {
  it('writes umlauts out or not, ß as ss, accents dropped', () => {
    expect(normaliseOccupationText('Ärztin')).toBe(normaliseOccupationText('Aerztin'));
    expect(normaliseOccupationText('Ärztin')).toBe(normaliseOccupationText('arztin'));
    expect(normaliseOccupationText('Straße')).toBe('strasse');
  });

  it('ranks a name that starts with the query first, then word starts, then compound heads, then inside', () => {
    expect(kldbOf('Pflege')).toEqual(['99999', '11502', '81302']);
    expect(kldbOf('Krankenpflege')).toEqual(['81302']);
  });

  it('finds English names and several words in any order', () => {
    expect(kldbOf('nursing')).toEqual(['81302']);
    expect(kldbOf('skilled child')).toEqual(['83112']);
    expect(kldbOf('Arzte')).toEqual(['81404']);
    expect(kldbOf('aerzte')).toEqual(['81404']);
  });

  it('takes a 5-digit query as KldB and a 4-digit one as ISCO-08; nothing for an empty query', () => {
    expect(kldbOf('81302')).toEqual(['81302']);
    expect(kldbOf('2211')).toEqual(['81404']);
    expect(kldbOf('  ')).toEqual([]);
  });
});
