/**
 * Werktage and the end of a statutory period in administrative procedures.
 *
 * - **Werktag** (general meaning in German law, law.md §14 "Werktage"): Monday to Saturday, unless
 *   the day is a public holiday of the Land. Sundays and public holidays are not Werktage. This is
 *   the unit of §81a Abs. 3 Satz 1 Nr. 3 AufenthG ("innerhalb von drei Werktagen ab Eingang").
 *   Monday–Friday "working days" (a network agreement such as the referral rule) are in
 *   `working-days.ts` and are a different unit.
 * - **End of a period** (§31 Abs. 3 Satz 1 VwVfG and the Länder's VwVfG): "Fällt das Ende einer
 *   Frist auf einen Sonntag, einen gesetzlichen Feiertag oder einen Sonnabend, so endet die Frist
 *   mit dem Ablauf des nächstfolgenden Werktags." After a Saturday the next day that counts is the
 *   Monday (or the next day that is not a holiday): the shifted end is the first day that is neither
 *   Saturday, Sunday nor a holiday (law.md §14).
 *
 * Counting follows §187 Abs. 1 BGB: the day of the triggering event is not counted.
 */
import { laender, type Land } from '../identity/organisation-kinds';
import { formatIsoDate, requireIsoDate, type DayNumber } from '../shared/calendar-date';
import { isoWeekday } from './easter';
import { isHolidayDay } from './holidays';

/**
 * Whose public holidays count: a Land, or `nationwide` for a body without a Land in the procedure
 * (the Bundesagentur für Arbeit, a German mission abroad). `nationwide` counts only the holidays
 * that are statutory in every Land, so it never gives a later date than any Land would
 * (journey/NOTES.md explains this reading).
 */
export type HolidayScope = Land | 'nationwide';

function isHolidayIn(scope: HolidayScope, day: DayNumber): boolean {
  if (scope === 'nationwide') return laender.every((land) => isHolidayDay(land, day));
  return isHolidayDay(scope, day);
}

function isWerktagNumber(scope: HolidayScope, day: DayNumber): boolean {
  return isoWeekday(day) <= 6 && !isHolidayIn(scope, day);
}

/** True if the ISO date is Monday–Saturday and not a public holiday in the Land (or nationwide). */
export function isWerktag(scope: HolidayScope, date: string): boolean {
  return isWerktagNumber(scope, requireIsoDate(date));
}

/**
 * The n-th Werktag after `date` (n ≥ 0, an integer): the day `date` itself is never counted
 * (§187 Abs. 1 BGB); with n = 0 the date is returned unchanged. This is the plain count; the end
 * of a statutory period is `shiftPeriodEnd(addWerktage(…))`, because the n-th Werktag may be a
 * Saturday (§31 Abs. 3 VwVfG).
 */
export function addWerktage(scope: HolidayScope, date: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`addWerktage needs a whole number ≥ 0, not ${n}`);
  let day = requireIsoDate(date);
  for (let remaining = n; remaining > 0; ) {
    day += 1;
    if (isWerktagNumber(scope, day)) remaining -= 1;
  }
  return formatIsoDate(day);
}

/** True if a period may end on this day: not a Saturday, a Sunday or a public holiday (§31 Abs. 3 VwVfG). */
export function isPeriodEndDay(scope: HolidayScope, date: string): boolean {
  const day = requireIsoDate(date);
  return isoWeekday(day) <= 5 && !isHolidayIn(scope, day);
}

/**
 * The day a statutory period really ends when its computed end is `date` (§31 Abs. 3 Satz 1
 * VwVfG): the date itself when it is Monday–Friday and not a holiday, otherwise the next such day.
 * Examples in Baden-Württemberg: Saturday 10 October 2026 → Monday 12 October; Good Friday
 * 3 April 2026 → Tuesday 7 April (Easter Monday is a holiday); Thursday 24 December 2026 stays.
 */
export function shiftPeriodEnd(scope: HolidayScope, date: string): string {
  let day = requireIsoDate(date);
  while (isoWeekday(day) > 5 || isHolidayIn(scope, day)) day += 1;
  return formatIsoDate(day);
}
