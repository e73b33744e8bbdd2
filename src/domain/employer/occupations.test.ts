import { describe, expect, it } from 'vitest';
import { iscoCodesOfKldb } from '../pathway/occupation';
import { occupations, searchOccupations } from './occupations';

describe('the occupations of the §81a request', () => {
  it('carry KldB 2010 codes of the BA table and its first (recommended) ISCO-08 code', () => {
    for (const occupation of occupations) {
      expect(iscoCodesOfKldb(occupation.kldb)?.[0], occupation.id).toBe(occupation.isco);
    }
  });

  it('are found by part of the name in either language, without accents', () => {
    expect(searchOccupations('pflege', 'de').map((occupation) => occupation.id)).toEqual(['geriatric_nurse', 'nurse']);
    expect(searchOccupations('ARZT', 'en').map((occupation) => occupation.id)).toEqual(['physician']);
    expect(searchOccupations('kochin', 'de').map((occupation) => occupation.id)).toEqual(['cook']);
    expect(searchOccupations('', 'de')).toHaveLength(occupations.length);
  });
});
