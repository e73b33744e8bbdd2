import type { Land } from '../../domain/identity/organisation-kinds';
import type { DayNumber } from '../../domain/shared/calendar-date';
import type { Random } from './random';
import { dayOf, MINUTES_PER_DAY, OFFICE_CLOSES, OFFICE_OPENS, type LocalMinute, type WorkCalendar } from './work-calendar';

/**
 * Moments in one case's history: office hours on working days of the owner's Land, each later
 * than the one it follows, so the timeline reads like work actually done.
 */
export class CaseTime {
  constructor(
    private readonly calendar: WorkCalendar,
    private readonly land: Land,
    private readonly random: Random,
  ) {}

  private officeMinute(day: DayNumber): LocalMinute {
    return day * MINUTES_PER_DAY + OFFICE_OPENS + this.random.int(0, OFFICE_CLOSES - OFFICE_OPENS);
  }

  /** A moment on a working day at the beginning of a day (the first thing done that day). */
  startOf(day: DayNumber): LocalMinute {
    return this.calendar.workingDayFrom(this.land, day) * MINUTES_PER_DAY + OFFICE_OPENS + this.random.int(0, 90);
  }

  /** Some working day `days` after `from` (0: later the same day, or the next working day). */
  after(from: LocalMinute, days: number): LocalMinute {
    const wanted = dayOf(from) + Math.max(0, Math.round(days));
    const day = this.calendar.workingDayFrom(this.land, wanted);
    const moment = this.officeMinute(day);
    if (moment > from) return moment;
    // Same day, already past the drawn time: a little later, or first thing next working day.
    const later = from + this.random.int(3, 40);
    if (later % MINUTES_PER_DAY <= OFFICE_CLOSES) return later;
    return this.startOf(dayOf(from) + 1);
  }

  /** A moment after `from` and not after `to` (or `to` itself when there is no room between). */
  between(from: LocalMinute, to: LocalMinute): LocalMinute {
    if (to <= from + 1) return to;
    const drawn = from + 1 + Math.floor(this.random.float() * (to - from - 1));
    const day = this.calendar.workingDayUntil(this.land, dayOf(drawn));
    const minuteOfDay = Math.min(Math.max(drawn % MINUTES_PER_DAY, OFFICE_OPENS), OFFICE_CLOSES);
    const moment = day * MINUTES_PER_DAY + minuteOfDay;
    return Math.min(Math.max(moment, from + 1), to);
  }

  date(day: DayNumber): string {
    return this.calendar.date(day);
  }
}
