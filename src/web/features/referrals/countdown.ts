/** Time left until (or past) a due instant, in the largest two units that matter. */
export type Countdown = { overdue: boolean; days: number; hours: number; minutes: number };

export function countdown(dueAt: string, now: Date): Countdown {
  const difference = new Date(dueAt).getTime() - now.getTime();
  const overdue = difference <= 0;
  const totalMinutes = Math.floor(Math.abs(difference) / 60_000);
  return { overdue, days: Math.floor(totalMinutes / 1440), hours: Math.floor((totalMinutes % 1440) / 60), minutes: totalMinutes % 60 };
}

/** The parts worth saying: days and hours, or hours and minutes, or minutes. */
export function countdownParts(value: Countdown): { unit: 'days' | 'hours' | 'minutes'; count: number }[] {
  if (value.days > 0) return [{ unit: 'days', count: value.days }, ...(value.hours > 0 ? [{ unit: 'hours' as const, count: value.hours }] : [])];
  if (value.hours > 0) return [{ unit: 'hours', count: value.hours }, ...(value.minutes > 0 ? [{ unit: 'minutes' as const, count: value.minutes }] : [])];
  return [{ unit: 'minutes', count: value.minutes }];
}
