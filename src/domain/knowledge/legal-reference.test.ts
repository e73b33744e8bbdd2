import { describe, expect, it } from 'vitest';
import { formatLegalReference, legalReferenceKeys, legalReferenceKeysFromText } from './legal-reference';

describe('legal references', () => {
  it('formats the German citation form', () => {
    expect(formatLegalReference({ law: 'AufenthG', section: '18g' })).toBe('§18g AufenthG');
    expect(formatLegalReference({ law: 'AufenthG', section: '18g', paragraph: '1', sentence: '2' })).toBe('§18g Abs. 1 Satz 2 AufenthG');
    expect(formatLegalReference({ law: 'GG', section: '6', paragraph: '1' })).toBe('Art. 6 Abs. 1 GG');
  });

  it('derives filter keys for the law and law + section', () => {
    expect(legalReferenceKeys({ law: 'AufenthG', section: '18 G' })).toEqual(['aufenthg', 'aufenthg:18g']);
  });

  it.each([
    ['§18g Abs. 1 AufenthG', ['aufenthg', 'aufenthg:18g']],
    ['§ 81a AufenthG', ['aufenthg', 'aufenthg:81a']],
    ['§26 Abs. 2 Satz 3 BeschV', ['beschv', 'beschv:26']],
    ['Art. 6 Abs. 1 GG', ['gg', 'gg:6']],
    ['AufenthG § 20a', ['aufenthg', 'aufenthg:20a']],
    ['§20b Abs. 2 AufenthG i.V.m. Anlage', ['aufenthg', 'aufenthg:20b']],
    ['§§ 18a, 18b AufenthG', ['aufenthg', 'aufenthg:18a']],
    ['§159 SGB VI', ['sgbvi', 'sgbvi:159']],
    ['Art. 6 DSGVO', ['dsgvo', 'dsgvo:6']],
    ['irgendein Text', []],
    ['', []],
  ])('reads %j back into keys', (text, keys) => {
    expect(legalReferenceKeysFromText(text)).toEqual(keys);
  });
});
