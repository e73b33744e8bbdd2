/**
 * Working days of a Land: Monday to Friday, unless the day is a statutory public holiday there.
 * Saturday is not a working day. (German statutes that say "Werktag" include Saturday: use
 * `werktage.ts` for them, e.g. §81a Abs. 3 Satz 1 Nr. 3 AufenthG. These functions serve
 * agreements such as the network's referral rule.)
 *
 * Counting follows §187 Abs. 1 BGB: the day of the triggering event is not counted, so
 * "n working days after D" starts counting on the day after D.
 */
import type { Land } from '../identity/organisation-kinds';
import { formatIsoDate, requireIsoDate, type DayNumber } from '../shared/calendar-date';
import { isoWeekday } from './easter';
import { isHolidayDay } from './holidays';

function isWorkingDayNumber(land: Land, dayNumber: DayNumber): boolean {
  return isoWeekday(dayNumber) <= 5 && !isHolidayDay(land, dayNumber);
}

/** True if the ISO date is Monday–Friday and not a public holiday in the Land. */
export function isWorkingDay(land: Land, date: string): boolean {
  return isWorkingDayNumber(land, requireIsoDate(date));
}

/**
 * The n-th working day after `date` (n ≥ 0, an integer).
 *
 * `date` itself is never counted, whether or not it is a working day: counting starts on the next
 * day (§187 Abs. 1 BGB). So from Saturday or from Friday, one working day later is the next
 * working Monday. With n = 0 the date is returned unchanged, even on a weekend or holiday;
 * this keeps `addWorkingDays(addWorkingDays(d, a), b) = addWorkingDays(d, a + b)` and
 * `workingDaysBetween(d, addWorkingDays(d, n)) = n` true for every d.
 */
export function addWorkingDays(land: Land, date: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`addWorkingDays needs a whole number ≥ 0, not ${n}`);
  let day = requireIsoDate(date);
  for (let remaining = n; remaining > 0; ) {
    day += 1;
    if (isWorkingDayNumber(land, day)) remaining -= 1;
  }
  return formatIsoDate(day);
}

/**
 * Working days d with `from` < d ≤ `to`: the day `from` is excluded and `to` included, matching
 * `addWorkingDays`. When `to` lies before `from` the count is negative
 * (`workingDaysBetween(land, a, b) = -workingDaysBetween(land, b, a)`), so counts over
 * consecutive intervals add up.
 */
export function workingDaysBetween(land: Land, from: string, to: string): number {
  const start = requireIsoDate(from);
  const end = requireIsoDate(to);
  // `0 -` rather than unary minus: an empty reversed interval must give 0, not -0.
  if (end < start) return 0 - workingDaysBetween(land, to, from);
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) {
    if (isWorkingDayNumber(land, day)) count += 1;
  }
  return count;
}
