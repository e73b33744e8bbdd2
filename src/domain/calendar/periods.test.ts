import { describe, expect, it } from 'vitest';
import { addCalendarDays, addMonths, addWeeks } from './periods';

describe('calendar periods (§§187, 188 BGB)', () => {
  it('adds days across month and year ends, and subtracts', () => {
    expect(addCalendarDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCalendarDays('2026-04-02', 0)).toBe('2026-04-02');
  });

  it('ends a period of weeks on the same weekday (§188 Abs. 2 BGB)', () => {
    expect(addWeeks('2026-01-22', 2)).toBe('2026-02-05'); // Thursday → Thursday
    expect(addWeeks('2026-12-23', 1)).toBe('2026-12-30');
    expect(addWeeks('2026-04-17', 3)).toBe('2026-05-08');
    expect(addWeeks('2026-05-08', -3)).toBe('2026-04-17');
  });

  it.each([
    ['2026-02-02', 2, '2026-04-02', 'same day of the month'],
    ['2026-01-31', 1, '2026-02-28', 'clamped to the end of a common February'],
    ['2028-01-31', 1, '2028-02-29', 'clamped to the end of a leap February'],
    ['2025-12-31', 2, '2026-02-28', 'across the year end'],
    ['2027-12-31', 2, '2028-02-29', 'across the year end into a leap February'],
    ['2026-03-31', 1, '2026-04-30', 'clamped to a 30-day month'],
    ['2026-08-31', 6, '2027-02-28', 'six months'],
    ['2026-03-31', -1, '2026-02-28', 'backwards, clamped'],
    ['2026-01-15', -13, '2024-12-15', 'backwards across two year ends'],
    ['2026-02-28', 1, '2026-03-28', 'the 28th stays the 28th, not the month end'],
  ])('%s + %i months = %s (%s)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('is not additive at month ends: compute from the original trigger date', () => {
    expect(addMonths(addMonths('2026-01-31', 1), 1)).toBe('2026-03-28');
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
  });

  it('rejects malformed dates and fractional amounts', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addWeeks('26-01-01', 1)).toThrow(RangeError);
  });
});
