import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../shared/calendar-date';
import { easterSunday, easterSundayOf, isoWeekday } from './easter';

describe('Easter Sunday (Meeus/Jones/Butcher)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
  ])('%i → %s', (year, expected) => {
    expect(formatIsoDate(easterSunday(year))).toBe(expected);
  });

  it('reaches the extremes of the Easter window (22 March and 25 April)', () => {
    expect(easterSundayOf(2285)).toEqual({ month: 3, day: 22 });
    expect(easterSundayOf(1818)).toEqual({ month: 3, day: 22 });
    expect(easterSundayOf(2038)).toEqual({ month: 4, day: 25 });
    expect(easterSundayOf(1943)).toEqual({ month: 4, day: 25 });
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const { month, day } = easterSundayOf(year);
        expect(isoWeekday(easterSunday(year))).toBe(7);
        expect(month * 100 + day).toBeGreaterThanOrEqual(322);
        expect(month * 100 + day).toBeLessThanOrEqual(425);
      }),
    );
  });

  it('refuses years before the Gregorian calendar', () => {
    expect(() => easterSundayOf(1582)).toThrow(RangeError);
    expect(() => easterSundayOf(2026.5)).toThrow(RangeError);
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 to Sunday 7, also before 1970', () => {
    expect(isoWeekday(0)).toBe(4); // 1970-01-01 was a Thursday
    expect(isoWeekday(-1)).toBe(3);
    expect(isoWeekday(-4)).toBe(7);
    expect(isoWeekday(4)).toBe(1);
  });
});
