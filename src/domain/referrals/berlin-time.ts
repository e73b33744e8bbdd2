/**
 * Instants ↔ civil days in Germany (Europe/Berlin) without the host's time zone data: CET (UTC+1),
 * and CEST (UTC+2) from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC,
 * the EU rule in force since 1996. Pure integer arithmetic, like the rest of the domain.
 */
import { dayFromCivil, formatIsoDate, requireIsoDate, type DayNumber } from '../shared/calendar-date';
import { isoWeekday } from '../calendar/easter';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

function lastSundayOf(year: number, month: number, lastDay: number): DayNumber {
  const last = dayFromCivil(year, month, lastDay);
  return last - (isoWeekday(last) % 7);
}

function yearOfInstant(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

/** Offset of Berlin local time from UTC at this instant, in milliseconds. */
export function berlinOffsetMs(ms: number): number {
  const year = yearOfInstant(ms);
  const summerStart = lastSundayOf(year, 3, 31) * DAY_MS + HOUR_MS;
  const summerEnd = lastSundayOf(year, 10, 31) * DAY_MS + HOUR_MS;
  return ms >= summerStart && ms < summerEnd ? 2 * HOUR_MS : HOUR_MS;
}

/** The civil day in Germany an instant falls on. */
export function berlinDayOf(ms: number): DayNumber {
  return Math.floor((ms + berlinOffsetMs(ms)) / DAY_MS);
}

/** The civil date (YYYY-MM-DD) in Germany of an instant. */
export const berlinDateOf = (ms: number): string => formatIsoDate(berlinDayOf(ms));

/**
 * The instant a civil day begins in Germany (00:00 local). Changes of offset happen at 02:00/03:00
 * local, so midnight is never skipped or doubled.
 */
export function berlinDayStart(day: DayNumber): number {
  const localMidnight = day * DAY_MS;
  const guess = localMidnight - HOUR_MS;
  return localMidnight - berlinOffsetMs(guess);
}

/** The instant a civil date (YYYY-MM-DD) begins in Germany. */
export const berlinDateStart = (date: string): number => berlinDayStart(requireIsoDate(date));

/** The instant a civil date ends in Germany (24:00 local, i.e. 00:00 of the next day). */
export const berlinDateEnd = (date: string): number => berlinDayStart(requireIsoDate(date) + 1);
