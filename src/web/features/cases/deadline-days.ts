import type { DeadlineItem } from '../../../contract/procedures';

/** An ISO date moved by whole days (calendar arithmetic in UTC, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Every day from `from` to `to` (inclusive), at most 62. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < 62; day = addDays(day, 1)) days.push(day);
  return days;
}

export type DeadlineGroups = { overdue: DeadlineItem[]; days: { day: string; items: DeadlineItem[]; overdueCount: number }[] };

/**
 * The board's items: the overdue ones on their own, the rest by due day (every day of the range,
 * so an empty day says so), each in due-date order as the server sent them. A day counts its
 * overdue items, which are listed once, under "overdue".
 */
export function groupDeadlines(items: readonly DeadlineItem[], from: string, to: string): DeadlineGroups {
  const overdue = items.filter((item) => item.isOverdue);
  const current = items.filter((item) => !item.isOverdue);
  return {
    overdue,
    days: daysBetween(from, to).map((day) => ({
      day,
      items: current.filter((item) => item.dueOn === day),
      overdueCount: overdue.filter((item) => item.dueOn === day).length,
    })),
  };
}
