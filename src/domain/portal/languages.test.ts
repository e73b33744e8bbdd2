import { describe, expect, it } from 'vitest';
import { bestPortalLanguage, textDirection } from './languages';

describe('portal languages', () => {
  it('takes the first supported base language of the browser list', () => {
    expect(bestPortalLanguage(['ar-EG', 'en-US'])).toBe('ar');
    expect(bestPortalLanguage(['pt-BR', 'uk'])).toBe('uk');
    expect(bestPortalLanguage(['pt-BR', 'zh'])).toBe('de');
    expect(bestPortalLanguage([], 'en')).toBe('en');
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('tr')).toBe('ltr');
  });
});
