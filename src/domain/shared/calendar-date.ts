/**
 * Calendar dates as integer day numbers (days since 1970-01-01, proleptic Gregorian).
 *
 * Pure arithmetic, no `Date`: the domain must not depend on the host time zone, and
 * integer days make comparisons and interval sums exact and fast.
 */

/** Days since 1970-01-01. */
export type DayNumber = number;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for leap years of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date (Howard Hinnant's days_from_civil). */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Civil date of a day number (Howard Hinnant's civil_from_days). */
export function civilFromDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses `YYYY-MM-DD`; undefined unless it is a real calendar date (2026-02-30 is not). */
export function parseIsoDate(text: string): DayNumber | undefined {
  const match = isoDatePattern.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromCivil(year, month, day);
}

/** True if the text is a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/** Parses a date that has already been validated; throws a RangeError otherwise (a programming error). */
export function requireIsoDate(text: string): DayNumber {
  const day = parseIsoDate(text);
  if (day === undefined) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${text}`);
  return day;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatIsoDate(dayNumber: DayNumber): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Formats a day number for people: `de` → "30. September 2026", `en` → "30 September 2026".
 * Hand-written rather than Intl so output is identical on every ICU build (deterministic tests).
 */
export function formatDate(dayNumber: DayNumber, language: 'de' | 'en'): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return language === 'de' ? `${day}. ${MONTHS_DE[month - 1]} ${year}` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/**
 * Shifts a date by whole years. 29 February maps to 28 February in common years: a period
 * ends on the last day of the month when the day does not exist there (the rule of §188 Abs. 3 BGB).
 */
export function addYears(dayNumber: DayNumber, years: number): DayNumber {
  const { year, month, day } = civilFromDay(dayNumber);
  const targetYear = year + years;
  return dayFromCivil(targetYear, month, Math.min(day, daysInMonth(targetYear, month)));
}

/**
 * Completed years of life on a date: the birthday itself completes the year, so someone born
 * on 1981-11-22 is 45 on 2026-11-22. Born on 29 February: the year completes on 28 February
 * in common years (see `addYears`). Returns -1 when `on` lies before the birth.
 */
export function completedYears(birth: DayNumber, on: DayNumber): number {
  if (on < birth) return -1;
  let years = civilFromDay(on).year - civilFromDay(birth).year;
  if (years > 0 && addYears(birth, years) > on) years -= 1;
  return years;
}

/** First and last day of a calendar year. */
export function yearBounds(year: number): { first: DayNumber; last: DayNumber } {
  return { first: dayFromCivil(year, 1, 1), last: dayFromCivil(year, 12, 31) };
}
