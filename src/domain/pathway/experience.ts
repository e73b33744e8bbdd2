/**
 * Professional experience arithmetic. Periods are inclusive day ranges; overlapping periods are
 * merged so parallel jobs are not counted twice. A year of experience is 365 days: experience is
 * usually made up of separate periods, and German law counts a non-contiguous year as 365 days
 * (§191 BGB; see NOTES.md). An unbroken period of N calendar years always has at least N × 365 days.
 */
import type { DayNumber } from '../shared/calendar-date';

export type DayRange = { from: DayNumber; to: DayNumber };

export const DAYS_PER_EXPERIENCE_YEAR = 365;

/** Total days covered by the ranges inside [windowFrom, windowTo], overlaps counted once. */
export function coveredDays(ranges: readonly DayRange[], windowFrom: DayNumber, windowTo: DayNumber): number {
  const clipped: DayRange[] = [];
  for (const range of ranges) {
    const from = Math.max(range.from, windowFrom);
    const to = Math.min(range.to, windowTo);
    if (from <= to) clipped.push({ from, to });
  }
  if (clipped.length === 0) return 0;
  clipped.sort((a, b) => a.from - b.from);
  let total = 0;
  let current = clipped[0] as DayRange;
  let start = current.from;
  let end = current.to;
  for (let index = 1; index < clipped.length; index += 1) {
    current = clipped[index] as DayRange;
    if (current.from <= end + 1) {
      if (current.to > end) end = current.to;
    } else {
      total += end - start + 1;
      start = current.from;
      end = current.to;
    }
  }
  return total + end - start + 1;
}

/** Days rounded to years with two decimals, for display values. */
export function daysToYears(days: number): number {
  return Math.round((days / DAYS_PER_EXPERIENCE_YEAR) * 100) / 100;
}
