import { isHolidayDay, isoWeekday } from '../../domain/calendar/index';
import type { Land } from '../../domain/identity/organisation-kinds';
import { civilFromDay, dayFromCivil, formatIsoDate, type DayNumber } from '../../domain/shared/calendar-date';

/**
 * Time in the generator: minutes of local time in Germany since 1970-01-01 00:00 (`day * 1440 +
 * minute of the day`). Generated work happens on working days of the acting office's Land during
 * office hours, so a local-minute count orders events correctly and converts to an instant with
 * the day's UTC offset alone (the clocks change on Sunday nights, when nobody works).
 * Generated moments lie in office hours, so the minute of the day is always below 24 × 60.
 */
export type LocalMinute = number;

export const MINUTES_PER_DAY = 1440;
export const OFFICE_OPENS = 8 * 60;
export const OFFICE_CLOSES = 17 * 60 + 30;

export const dayOf = (moment: LocalMinute): DayNumber => Math.floor(moment / MINUTES_PER_DAY);

/** Last Sunday of a month: the EU's summer-time switch days (March and October). */
function lastSunday(year: number, month: number): DayNumber {
  const last = dayFromCivil(year, month + 1, 1) - 1;
  return last - (isoWeekday(last) % 7);
}

/**
 * Day numbers, ISO dates, working days and UTC offsets for the generator's window, cached: the
 * generator asks millions of times about the same ~800 days, and the domain computes holidays
 * from rules on every call.
 */
export class WorkCalendar {
  private readonly days = new Map<DayNumber, { date: string; utcOffset: number }>();
  private readonly workingDays = new Map<Land, Map<DayNumber, boolean>>();
  private readonly switches = new Map<number, [DayNumber, DayNumber]>();

  constructor(readonly today: DayNumber) {}

  private dayInfo(day: DayNumber): { date: string; utcOffset: number } {
    let info = this.days.get(day);
    if (!info) {
      const { year } = civilFromDay(day);
      let switches = this.switches.get(year);
      if (!switches) {
        switches = [lastSunday(year, 3), lastSunday(year, 10)];
        this.switches.set(year, switches);
      }
      // Summer time from the last Sunday in March to the last Sunday in October (office hours only).
      info = { date: formatIsoDate(day), utcOffset: day >= switches[0] && day < switches[1] ? 120 : 60 };
      this.days.set(day, info);
    }
    return info;
  }

  date(day: DayNumber): string {
    return this.dayInfo(day).date;
  }

  isWorkingDay(land: Land, day: DayNumber): boolean {
    let byDay = this.workingDays.get(land);
    if (!byDay) {
      byDay = new Map();
      this.workingDays.set(land, byDay);
    }
    let working = byDay.get(day);
    if (working === undefined) {
      working = isoWeekday(day) <= 5 && !isHolidayDay(land, day);
      byDay.set(day, working);
    }
    return working;
  }

  /** The day itself if it is a working day in the Land, otherwise the next one. */
  workingDayFrom(land: Land, day: DayNumber): DayNumber {
    let candidate = day;
    while (!this.isWorkingDay(land, candidate)) candidate += 1;
    return candidate;
  }

  /** The day itself if it is a working day in the Land, otherwise the one before. */
  workingDayUntil(land: Land, day: DayNumber): DayNumber {
    let candidate = day;
    while (!this.isWorkingDay(land, candidate)) candidate -= 1;
    return candidate;
  }

  /**
   * A local moment as Unix seconds: what the bulk insert sends for timestamptz columns
   * (`to_timestamp`). Numbers rather than timestamp text, because formatting timestamps in the
   * generator and parsing them in the database were both among the hottest spots of a load.
   */
  unixSeconds(moment: LocalMinute): number {
    return (moment - this.dayInfo(dayOf(moment)).utcOffset) * 60;
  }
}
