/**
 * Public holidays of a Land in a year, evaluated from the rule data in `holiday-rules.ts`.
 * Dates are ISO calendar dates (`YYYY-MM-DD`) without time zone: a holiday is a whole civil day.
 */
import { laender, type Land } from '../identity/organisation-kinds';
import { civilFromDay, dayFromCivil, formatIsoDate, requireIsoDate, type DayNumber } from '../shared/calendar-date';
import { easterSunday, isoWeekday } from './easter';
import { FIRST_COVERED_YEAR, holidayDefinitions, type HolidayDateRule, type HolidayId } from './holiday-rules';

/** One public holiday of one Land, with the provision that makes it one. */
export type Holiday = {
  date: string;
  id: HolidayId;
  name: { de: string; en: string };
  land: Land;
  legalRef: string;
  source: string;
  note?: string;
};

/** Throws a RangeError for a value that is not one of the 16 Länder (a programming error: validate input first). */
export function requireLand(land: string): Land {
  if (!(laender as readonly string[]).includes(land)) throw new RangeError(`Not a German Land (ISO 3166-2:DE suffix): ${land}`);
  return land as Land;
}

function requireCoveredYear(year: number): void {
  if (!Number.isSafeInteger(year) || year < FIRST_COVERED_YEAR) {
    throw new RangeError(`Holidays are modelled from ${FIRST_COVERED_YEAR} on, not for ${year}`);
  }
}

/** The day a holiday rule falls on in a year. */
export function holidayDayOf(rule: HolidayDateRule, year: number): DayNumber {
  switch (rule.kind) {
    case 'fixed':
      return dayFromCivil(year, rule.month, rule.day);
    case 'easter':
      return easterSunday(year) + rule.offsetDays;
    case 'wednesday_before_november_23': {
      const november22 = dayFromCivil(year, 11, 22);
      // Step back from 22 November to the nearest Wednesday (ISO weekday 3), which may be the 22nd itself.
      return november22 - ((isoWeekday(november22) - 3 + 7) % 7);
    }
  }
}

type YearCalendar = { holidays: readonly Holiday[]; days: ReadonlySet<DayNumber> };
// Memoised per Land and year: working-day loops ask for the same year many times. The cache holds
// only values derived from constant data, so the functions stay pure from the outside.
const cache = new Map<string, YearCalendar>();

function yearCalendar(land: Land, year: number): YearCalendar {
  const key = `${land}:${year}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const entries: { day: DayNumber; holiday: Holiday }[] = [];
  for (const definition of holidayDefinitions) {
    const observance = definition.observances.find(
      (candidate) => candidate.land === land && candidate.validFrom <= year && (candidate.validUntil === undefined || year <= candidate.validUntil),
    );
    if (!observance) continue;
    const day = holidayDayOf(definition.date, year);
    entries.push({
      day,
      holiday: {
        date: formatIsoDate(day),
        id: definition.id,
        name: definition.name,
        land,
        legalRef: observance.legalRef,
        source: observance.source,
        ...(observance.note === undefined ? {} : { note: observance.note }),
      },
    });
  }
  // Stable sort by date: two holidays can share a day (Ascension Day was 1 May in 2008).
  entries.sort((a, b) => a.day - b.day);
  const calendar: YearCalendar = { holidays: entries.map((entry) => entry.holiday), days: new Set(entries.map((entry) => entry.day)) };
  cache.set(key, calendar);
  return calendar;
}

/**
 * The statutory public holidays of a Land in a year, sorted by date. Holidays that apply only in
 * some municipalities are not included (see `partialHolidays`). Throws a RangeError for an
 * unknown Land or a year before FIRST_COVERED_YEAR.
 */
export function holidaysOf(land: Land, year: number): readonly Holiday[] {
  requireCoveredYear(year);
  return yearCalendar(requireLand(land), year).holidays;
}

/** True if the day is a statutory public holiday in the Land (day-number form, for loops). */
export function isHolidayDay(land: Land, dayNumber: DayNumber): boolean {
  const { year } = civilFromDay(dayNumber);
  requireCoveredYear(year);
  return yearCalendar(requireLand(land), year).days.has(dayNumber);
}

/** True if the ISO date is a statutory public holiday in the Land. */
export function isHoliday(land: Land, date: string): boolean {
  return isHolidayDay(land, requireIsoDate(date));
}
