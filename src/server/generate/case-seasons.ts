import { civilFromDay, type DayNumber } from '../../domain/shared/calendar-date';

/**
 * When cases are opened: first contacts follow the year (more in spring and autumn, when people
 * plan a move and employers recruit; fewer in the summer holidays and around Christmas) and the
 * network grows, so a late month has about two and a half times the cases of the same month in
 * the first year. Plausible shapes for the demo's dashboards, not statistics.
 */

/** Relative first contacts per calendar month (January first). */
const monthWeights = [0.95, 1.1, 1.35, 1.3, 1.15, 0.9, 0.7, 0.55, 1.2, 1.35, 1.15, 0.8] as const;
/** Between Christmas Eve week and Epiphany hardly anyone makes a first contact. */
const QUIET_WEEKS = 0.3;
/** The network's growth: the first day's weight, relative to the last day's 1. */
const GROWTH_START = 0.4;

function seasonOf(day: DayNumber): number {
  const { month, day: dayOfMonth } = civilFromDay(day);
  if ((month === 12 && dayOfMonth >= 20) || (month === 1 && dayOfMonth <= 6)) return QUIET_WEEKS;
  return monthWeights[month - 1] ?? 1;
}

/**
 * The creation-day distribution of one run from `firstDay` to `lastDay` (both included): `dayAt(u)`
 * maps a fraction u in [0, 1) to a day, increasing in u, so case numbers stay in creation order
 * when u grows with the case's index.
 */
export class CreationDays {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly firstDay: DayNumber,
    lastDay: DayNumber,
  ) {
    const span = Math.max(lastDay - firstDay, 0) + 1;
    this.cumulative = new Float64Array(span);
    let sum = 0;
    for (let offset = 0; offset < span; offset += 1) {
      const growth = GROWTH_START + (1 - GROWTH_START) * (span === 1 ? 1 : offset / (span - 1));
      sum += growth * seasonOf(firstDay + offset);
      this.cumulative[offset] = sum;
    }
  }

  dayAt(fraction: number): DayNumber {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const target = Math.min(Math.max(fraction, 0), 1) * total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cumulative[middle] ?? 0) <= target) low = middle + 1;
      else high = middle;
    }
    return this.firstDay + low;
  }
}
