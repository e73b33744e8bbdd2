import { describe, expect, it } from 'vitest';
import { bidiLevels, breakLines, paragraphDirection, visualSegments } from './bidi';

const drawn = (line: string, direction: 'ltr' | 'rtl') =>
  visualSegments(line, direction).map((segment) => (segment.shapedRtl ? `<${segment.text}>` : segment.text));

describe('right-to-left lines for the PDFs', () => {
  it('keeps an all-Arabic line as one piece for fontkit to shape and reverse', () => {
    expect(visualSegments('الموافقة على مشاركة البيانات', 'rtl')).toEqual([{ text: 'الموافقة على مشاركة البيانات', font: 'arabic', shapedRtl: true }]);
  });

  it('orders Latin words and numbers left to right inside Arabic, the pieces right to left', () => {
    // Visual from the left; an Arabic piece is still logical (fontkit reverses it), brackets are mirrored.
    expect(drawn('الموافقة (Einwilligung)', 'rtl')).toEqual(['(', 'Einwilligung', ')', '<الموافقة >']);
    expect(drawn('صالحة حتى: 2026-12-31', 'rtl')).toEqual(['2026-12-31', ' :', '<صالحة حتى>']);
    expect(drawn('المادة 6، الفقرة 1', 'rtl')).toEqual(['1', '<، الفقرة >', '6', '<المادة >']);
    // An Arabic name in a left-to-right document.
    expect(drawn('Name: أحمد 12', 'ltr')).toEqual(['Name: ', '12', '<أحمد >']);
  });

  it('resolves levels: Latin and numbers 2, Arabic and the neutrals around it 1', () => {
    expect(bidiLevels('أ GDPR ب', 'rtl')).toEqual([1, 1, 2, 2, 2, 2, 1, 1]);
    expect(bidiLevels('Name: أحمد 12', 'ltr')).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2]);
  });

  it('takes the direction of a paragraph from its first letter', () => {
    expect(paragraphDirection('IQ Netzwerk (ABH)', 'rtl')).toBe('ltr');
    expect(paragraphDirection('2026 الموافقة', 'ltr')).toBe('rtl');
    expect(paragraphDirection('— 12', 'rtl')).toBe('rtl');
  });

  it('breaks lines by words and cuts a word longer than a line', () => {
    const measure = (text: string) => [...text].length;
    expect(breakLines('one two three four', 9, measure)).toEqual(['one two', 'three', 'four']);
    expect(breakLines('abcdefghijkl', 5, measure)).toEqual(['abcde', 'fghij', 'kl']);
    expect(breakLines('', 5, measure)).toEqual(['']);
  });
});
