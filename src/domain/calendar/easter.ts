/**
 * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher, "Astronomical Algorithms", ch. 8). It is exact for every Gregorian year,
 * needs only integer arithmetic and no tables, and all movable German holidays follow from it.
 */
import { dayFromCivil, type DayNumber } from '../shared/calendar-date';

/** Month (3 or 4) and day of Easter Sunday in a Gregorian year. */
export function easterSundayOf(year: number): { month: number; day: number } {
  if (!Number.isSafeInteger(year) || year < 1583) throw new RangeError(`Easter needs a Gregorian year (≥ 1583): ${year}`);
  const a = year % 19; // position in the 19-year Metonic cycle of the moon
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3); // the Gregorian lunar correction
  const h = (19 * a + b - d - g + 15) % 30; // epact: days from 21 March to the paschal full moon
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the following Sunday
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monthAndDay = h + l - 7 * m + 114;
  return { month: Math.floor(monthAndDay / 31), day: (monthAndDay % 31) + 1 };
}

/** Day number of Easter Sunday in a Gregorian year. */
export function easterSunday(year: number): DayNumber {
  const { month, day } = easterSundayOf(year);
  return dayFromCivil(year, month, day);
}

/** ISO weekday of a day number: Monday = 1 … Sunday = 7 (1970-01-01, day 0, was a Thursday). */
export function isoWeekday(dayNumber: DayNumber): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}
