import { describe, expect, it } from 'vitest';
import { centsToEuros, eurosToCents, formatEuro, hasWholeCents, percentOfCents } from './money';

describe('money', () => {
  it('converts euros to exact cents', () => {
    expect(eurosToCents(45934.2)).toBe(4_593_420);
    expect(eurosToCents(50699.99)).toBe(5_069_999);
    expect(eurosToCents(0)).toBe(0);
    expect(centsToEuros(4_593_420)).toBe(45934.2);
    expect(() => eurosToCents(Number.NaN)).toThrow(RangeError);
  });

  it('detects fractions of a cent', () => {
    expect(hasWholeCents(45934.2)).toBe(true);
    expect(hasWholeCents(0.1 + 0.2)).toBe(true);
    expect(hasWholeCents(1.005)).toBe(false);
    expect(hasWholeCents(Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('takes statutory percentages exactly, rounding a fraction of a cent up', () => {
    expect(percentOfCents(10_140_000, 4530)).toBe(4_593_420);
    expect(percentOfCents(9_060_000, 4530)).toBe(4_104_180);
    expect(percentOfCents(10_140_000, 5500)).toBe(5_577_000);
    // 45.3 % of 100,000.01 € = 45,300.004530 € → 45,300.01 € (a salary of 45,300.00 € would fall short).
    expect(percentOfCents(10_000_001, 4530)).toBe(4_530_001);
    expect(() => percentOfCents(1.5, 4530)).toThrow(RangeError);
  });

  it('formats for German and English readers', () => {
    expect(formatEuro(4_593_420, 'de')).toBe('45.934,20 €');
    expect(formatEuro(4_593_420, 'en')).toBe('€45,934.20');
    expect(formatEuro(1, 'de')).toBe('0,01 €');
    expect(formatEuro(123_456_789, 'en')).toBe('€1,234,567.89');
    expect(formatEuro(-150, 'de')).toBe('-1,50 €');
  });
});
