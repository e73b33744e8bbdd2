/** Property tests for working-day arithmetic and calendar periods over 1995–2100 in every Land. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laender } from '../identity/organisation-kinds';
import { dayFromCivil, formatIsoDate, requireIsoDate } from '../shared/calendar-date';
import { holidaysOf, isHoliday } from './holidays';
import { addMonths } from './periods';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

const land = fc.constantFrom(...laender);
const date = fc.integer({ min: dayFromCivil(1995, 1, 1), max: dayFromCivil(2100, 12, 31) }).map(formatIsoDate);
const count = fc.integer({ min: 0, max: 400 });

describe('working-day properties', () => {
  it('lands on a working day for n ≥ 1, strictly after the start', () => {
    fc.assert(
      fc.property(land, date, fc.integer({ min: 1, max: 400 }), (l, d, n) => {
        const result = addWorkingDays(l, d, n);
        expect(isWorkingDay(l, result)).toBe(true);
        expect(result > d).toBe(true);
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(land, date, count, count, (l, d, a, b) => {
        fc.pre(a !== b);
        const [low, high] = a < b ? [a, b] : [b, a];
        expect(addWorkingDays(l, d, low) < addWorkingDays(l, d, high)).toBe(true);
      }),
    );
  });

  it('is inverted by workingDaysBetween', () => {
    fc.assert(
      fc.property(land, date, count, (l, d, n) => {
        expect(workingDaysBetween(l, d, addWorkingDays(l, d, n))).toBe(n);
      }),
    );
  });

  it('composes: (d + a) + b = d + (a + b)', () => {
    fc.assert(
      fc.property(land, date, count, count, (l, d, a, b) => {
        expect(addWorkingDays(l, addWorkingDays(l, d, a), b)).toBe(addWorkingDays(l, d, a + b));
      }),
    );
  });

  it('adds up over consecutive intervals and is antisymmetric', () => {
    const near = fc.integer({ min: -200, max: 200 });
    // Start a year into the covered range so that d − 200 days is still covered.
    const inner = fc.integer({ min: dayFromCivil(1996, 1, 1), max: dayFromCivil(2100, 12, 31) }).map(formatIsoDate);
    fc.assert(
      fc.property(land, inner, near, near, (l, d, x, y) => {
        const b = formatIsoDate(requireIsoDate(d) + x);
        const c = formatIsoDate(requireIsoDate(d) + y);
        expect(workingDaysBetween(l, d, b) + workingDaysBetween(l, b, c)).toBe(workingDaysBetween(l, d, c));
        expect(workingDaysBetween(l, b, d)).toBe(0 - workingDaysBetween(l, d, b));
      }),
    );
  });

  it('agrees with holidaysOf: a weekday is a working day exactly when it is no holiday', () => {
    fc.assert(
      fc.property(land, date, (l, d) => {
        const listed = holidaysOf(l, Number(d.slice(0, 4))).some((holiday) => holiday.date === d);
        expect(isHoliday(l, d)).toBe(listed);
        if (listed) expect(isWorkingDay(l, d)).toBe(false);
      }),
    );
  });
});

describe('month properties', () => {
  it('keeps the day of the month when it exists, else ends on the last day of the month', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const result = addMonths(d, n);
        const [year, month, day] = d.split('-').map(Number) as [number, number, number];
        const [rYear, rMonth, rDay] = result.split('-').map(Number) as [number, number, number];
        expect(rYear * 12 + rMonth).toBe(year * 12 + month + n);
        if (rDay !== day) {
          expect(rDay).toBeLessThan(day);
          expect(addMonths(result, 0)).toBe(result);
          expect(formatIsoDate(requireIsoDate(result) + 1).slice(8)).toBe('01'); // clamped to the month end
        }
      }),
    );
  });
});
