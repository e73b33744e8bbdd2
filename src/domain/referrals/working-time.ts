/**
 * Working time: the part of a stretch of time that falls on working days (Monday–Friday without
 * the public holidays of a Land, see domain/calendar) as civil days in Germany, 00:00–24:00 local.
 * Referral clocks run on it, so a pause moves a due instant by exactly the working time it took.
 */
import type { Land } from '../calendar/index';
import { isWorkingDay } from '../calendar/index';
import { formatIsoDate, type DayNumber } from '../shared/calendar-date';
import { berlinDayOf, berlinDayStart } from './berlin-time';

// A bound on the days walked: no referral clock spans decades; a loop past it is a bug.
const MAX_DAYS = 20_000;

const isWorkingDayNumber = (land: Land, day: DayNumber): boolean => isWorkingDay(land, formatIsoDate(day));

/** Working time in [from, to), in milliseconds; 0 when `to` is not after `from`. */
export function workingTimeBetween(land: Land, from: number, to: number): number {
  if (to <= from) return 0;
  let total = 0;
  const last = berlinDayOf(to - 1);
  for (let day = berlinDayOf(from); day <= last; day += 1) {
    if (day - berlinDayOf(from) > MAX_DAYS) throw new RangeError('working time over too long a span');
    if (!isWorkingDayNumber(land, day)) continue;
    const start = Math.max(from, berlinDayStart(day));
    const end = Math.min(to, berlinDayStart(day + 1));
    if (end > start) total += end - start;
  }
  return total;
}

/**
 * The earliest instant t ≥ from with exactly `duration` ms of working time in [from, t). Starting
 * on a weekend or holiday, the clock begins at 00:00 of the next working day; a duration that uses
 * up a working day exactly ends at its 24:00 (the next day's 00:00).
 */
export function addWorkingTime(land: Land, from: number, duration: number): number {
  if (!Number.isFinite(duration) || duration < 0) throw new RangeError(`addWorkingTime needs a duration ≥ 0, not ${duration}`);
  if (duration === 0) return from;
  let remaining = duration;
  let cursor = from;
  const first = berlinDayOf(from);
  for (let day = first; day - first <= MAX_DAYS; day += 1) {
    const end = berlinDayStart(day + 1);
    if (isWorkingDayNumber(land, day)) {
      const available = end - cursor;
      if (remaining <= available) return cursor + remaining;
      remaining -= available;
    }
    cursor = end;
  }
  throw new RangeError('working time over too long a span');
}

/** The latest instant t ≤ at with exactly `duration` ms of working time in [t, at). */
export function subtractWorkingTime(land: Land, at: number, duration: number): number {
  if (!Number.isFinite(duration) || duration < 0) throw new RangeError(`subtractWorkingTime needs a duration ≥ 0, not ${duration}`);
  if (duration === 0) return at;
  let remaining = duration;
  let cursor = at;
  const first = berlinDayOf(at - 1);
  for (let day = first; first - day <= MAX_DAYS; day -= 1) {
    const start = berlinDayStart(day);
    if (isWorkingDayNumber(land, day)) {
      const available = cursor - start;
      if (remaining <= available) return cursor - remaining;
      remaining -= available;
    }
    cursor = start;
  }
  throw new RangeError('working time over too long a span');
}
