import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laender } from '../identity/organisation-kinds';
import { dayFromCivil, formatIsoDate } from '../shared/calendar-date';
import { addWerktage, isPeriodEndDay, isWerktag, shiftPeriodEnd, type HolidayScope } from './werktage';
import { addWorkingDays, isWorkingDay } from './working-days';

describe('isWerktag (Monday–Saturday without the Land’s public holidays)', () => {
  it.each([
    ['BW', '2026-04-02', true, 'Thursday before Easter'],
    ['BW', '2026-04-03', false, 'Good Friday'],
    ['BW', '2026-04-04', true, 'Holy Saturday is a Werktag'],
    ['BW', '2026-04-05', false, 'Easter Sunday: every Sunday is not a Werktag'],
    ['BW', '2026-04-06', false, 'Easter Monday'],
    ['BW', '2026-10-03', false, 'Tag der Deutschen Einheit on a Saturday is not a Werktag'],
    ['HE', '2026-06-04', false, 'Fronleichnam in Hesse'],
    ['RP', '2026-06-04', false, 'Fronleichnam in Rhineland-Palatinate'],
    ['BE', '2026-06-04', true, 'no Fronleichnam in Berlin'],
    ['BW', '2027-01-06', false, 'Epiphany in Baden-Württemberg'],
    ['HE', '2027-01-06', true, 'no Epiphany in Hesse'],
    ['HE', '2026-12-24', true, 'Christmas Eve is a Werktag'],
    ['HE', '2026-12-26', false, 'Second Day of Christmas on a Saturday'],
  ] as const)('%s %s → %s (%s)', (land, date, expected, _why) => {
    expect(isWerktag(land, date)).toBe(expected);
  });

  it('counts only holidays of every Land for `nationwide`', () => {
    expect(isWerktag('nationwide', '2026-06-04')).toBe(true); // Fronleichnam is not a holiday everywhere
    expect(isWerktag('nationwide', '2026-05-25')).toBe(false); // Whit Monday is
    expect(isWerktag('nationwide', '2026-10-03')).toBe(false);
  });
});

describe('addWerktage (§187 Abs. 1 BGB: the day of receipt is not counted)', () => {
  it.each([
    // law.md §14: Fri 3 Apr Good Friday, Sat 4 = 1, Sun 5 and Mon 6 (Easter Monday) skipped, Tue 7 = 2, Wed 8 = 3.
    ['BW', '2026-04-02', 3, '2026-04-08', 'law.md example across Easter'],
    ['BW', '2026-04-02', 1, '2026-04-04', 'Holy Saturday counts'],
    ['BW', '2026-10-07', 3, '2026-10-10', 'Thu 8, Fri 9, Sat 10: the count itself can end on a Saturday'],
    ['BW', '2026-10-01', 1, '2026-10-02', 'Friday before the Saturday 3 October'],
    ['BW', '2026-10-01', 2, '2026-10-05', 'Sat 3 October is a holiday, Sunday is skipped'],
    ['HE', '2026-12-23', 3, '2026-12-29', 'Thu 24 = 1; Fri 25, Sat 26 holidays; Sun skipped; Mon 28 = 2, Tue 29 = 3'],
  ] as const)('%s: %s + %i Werktage = %s (%s)', (land, date, n, expected, _why) => {
    expect(addWerktage(land, date, n)).toBe(expected);
  });

  it('returns the date unchanged for n = 0 and rejects negative or fractional counts', () => {
    expect(addWerktage('BW', '2026-04-05', 0)).toBe('2026-04-05');
    expect(() => addWerktage('BW', '2026-04-02', -1)).toThrow(RangeError);
    expect(() => addWerktage('BW', '2026-04-02', 2.5)).toThrow(RangeError);
  });
});

describe('shiftPeriodEnd (§31 Abs. 3 Satz 1 VwVfG)', () => {
  it.each([
    ['BW', '2026-04-08', '2026-04-08', 'a Wednesday stays'],
    ['BW', '2026-10-10', '2026-10-12', 'Saturday → Monday'],
    ['BW', '2026-10-11', '2026-10-12', 'Sunday → Monday'],
    ['BW', '2026-10-03', '2026-10-05', 'Tag der Deutschen Einheit on a Saturday → Monday'],
    ['BW', '2026-04-03', '2026-04-07', 'Good Friday → Tuesday after Easter Monday'],
    ['BW', '2026-04-04', '2026-04-07', 'Holy Saturday → Tuesday (Easter Monday is a holiday)'],
    ['HE', '2026-06-04', '2026-06-05', 'Fronleichnam in Hesse → Friday'],
    ['BE', '2026-06-04', '2026-06-04', 'not a holiday in Berlin'],
    ['HE', '2026-12-25', '2026-12-28', 'Christmas Day (Friday) → Monday 28'],
    ['HE', '2026-12-24', '2026-12-24', 'Christmas Eve is no holiday'],
    ['BW', '2027-01-06', '2027-01-07', 'Epiphany in Baden-Württemberg → Thursday'],
    ['RP', '2027-01-06', '2027-01-06', 'no Epiphany in Rhineland-Palatinate'],
    ['nationwide', '2026-06-04', '2026-06-04', 'Fronleichnam is not a holiday in every Land'],
    ['nationwide', '2026-05-25', '2026-05-26', 'Whit Monday is'],
  ] as const)('%s: end %s → %s (%s)', (scope, date, expected, _why) => {
    expect(shiftPeriodEnd(scope, date)).toBe(expected);
  });
});

const scope = fc.constantFrom<HolidayScope>(...laender, 'nationwide');
const land = fc.constantFrom(...laender);
const date = fc.integer({ min: dayFromCivil(1995, 1, 1), max: dayFromCivil(2100, 12, 31) }).map(formatIsoDate);

describe('Werktage properties', () => {
  it('a shifted end is a Monday–Friday non-holiday on or after the date, and shifting again changes nothing', () => {
    fc.assert(
      fc.property(scope, date, (s, d) => {
        const end = shiftPeriodEnd(s, d);
        expect(end >= d).toBe(true);
        expect(isPeriodEndDay(s, end)).toBe(true);
        expect(shiftPeriodEnd(s, end)).toBe(end);
      }),
    );
  });

  it('in a Land, the period-end days are exactly the working days', () => {
    fc.assert(
      fc.property(land, date, (l, d) => {
        expect(isPeriodEndDay(l, d)).toBe(isWorkingDay(l, d));
      }),
    );
  });

  it('n Werktage with the end shift never end after n working days (Saturdays only make it earlier)', () => {
    fc.assert(
      fc.property(land, date, fc.integer({ min: 1, max: 30 }), (l, d, n) => {
        expect(shiftPeriodEnd(l, addWerktage(l, d, n)) <= addWorkingDays(l, d, n)).toBe(true);
      }),
    );
  });
});
