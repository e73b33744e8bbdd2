/**
 * Calendar periods ("Fristen") on ISO dates, as §§187, 188 BGB compute them for a period
 * triggered by an event: the event day is not counted (§187 Abs. 1), and the period ends
 *  - for days: n days later (§188 Abs. 1);
 *  - for weeks: on the same weekday n weeks later (§188 Abs. 2);
 *  - for months: on the same day of the month n months later, or on the last day of that month
 *    when it has no such day (§188 Abs. 2 and 3): 31 January + 1 month = 28/29 February.
 * The returned date is the last day of the period (the period runs until the end of that day).
 * These functions apply no shift when the end falls on a weekend or holiday; for a statutory
 * period in an administrative procedure, pass the end to `shiftPeriodEnd` (werktage.ts,
 * §31 Abs. 3 Satz 1 VwVfG).
 */
import { civilFromDay, dayFromCivil, daysInMonth, formatIsoDate, requireIsoDate } from '../shared/calendar-date';

function requireInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} needs a whole number, not ${n}`);
}

/** The date n calendar days after (n < 0: before) `date`. */
export function addCalendarDays(date: string, n: number): string {
  requireInteger(n, 'addCalendarDays');
  return formatIsoDate(requireIsoDate(date) + n);
}

/** The date n weeks after (n < 0: before) `date`: the same weekday (§188 Abs. 2 BGB). */
export function addWeeks(date: string, n: number): string {
  requireInteger(n, 'addWeeks');
  return formatIsoDate(requireIsoDate(date) + 7 * n);
}

/**
 * The date n months after (n < 0: before) `date`, keeping the day of the month, or the last day
 * of the target month when that month is shorter (§188 Abs. 3 BGB): 2026-01-31 + 1 month is
 * 2026-02-28, 2028-01-31 + 1 month is 2028-02-29, 2026-03-31 + 1 month is 2026-04-30.
 * Not additive at month ends: (31 Jan + 1 month) + 1 month = 28 March, while 31 Jan + 2 months
 * = 31 March; always compute a period from its original trigger date.
 */
export function addMonths(date: string, n: number): string {
  requireInteger(n, 'addMonths');
  const { year, month, day } = civilFromDay(requireIsoDate(date));
  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatIsoDate(dayFromCivil(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth))));
}
