import { describe, expect, it } from 'vitest';
import { addYears, civilFromDay, completedYears, dayFromCivil, formatDate, formatIsoDate, isIsoDate, parseIsoDate, requireIsoDate } from './calendar-date';

describe('calendar dates', () => {
  it('round-trips civil dates and day numbers', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    for (const iso of ['1900-03-01', '2000-02-29', '2024-06-01', '2026-12-31', '2100-02-28']) {
      expect(formatIsoDate(requireIsoDate(iso))).toBe(iso);
    }
    expect(civilFromDay(dayFromCivil(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(parseIsoDate('2026-11-22T00:00:00Z')).toBeUndefined();
    expect(() => requireIsoDate('yesterday')).toThrow(RangeError);
  });

  it('shifts by years, mapping 29 February to 28 February', () => {
    expect(formatIsoDate(addYears(requireIsoDate('2026-11-22'), -3))).toBe('2023-11-22');
    expect(formatIsoDate(addYears(requireIsoDate('2024-02-29'), 3))).toBe('2027-02-28');
    expect(formatIsoDate(addYears(requireIsoDate('2024-02-29'), 4))).toBe('2028-02-29');
  });

  it('counts completed years: the birthday completes the year', () => {
    const on = requireIsoDate('2026-11-22');
    expect(completedYears(requireIsoDate('1981-11-22'), on)).toBe(45);
    expect(completedYears(requireIsoDate('1981-11-23'), on)).toBe(44);
    expect(completedYears(requireIsoDate('2000-02-29'), requireIsoDate('2025-02-28'))).toBe(25);
    expect(completedYears(requireIsoDate('2000-02-29'), requireIsoDate('2025-02-27'))).toBe(24);
    expect(completedYears(requireIsoDate('2026-11-23'), on)).toBe(-1);
    expect(completedYears(on, on)).toBe(0);
  });

  it('formats dates for people in German and English', () => {
    expect(formatDate(requireIsoDate('2026-09-30'), 'de')).toBe('30. September 2026');
    expect(formatDate(requireIsoDate('2026-09-30'), 'en')).toBe('30 September 2026');
    expect(formatDate(requireIsoDate('2027-03-01'), 'de')).toBe('1. März 2027');
    expect(formatDate(requireIsoDate('2024-02-29'), 'en')).toBe('29 February 2024');
  });
});
