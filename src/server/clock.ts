import type { Config } from './config';

/** The server's notion of "now", injectable so demos and tests can set the time. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that starts at `start` and runs on at the pace of `base` (LOTSE_CLOCK): a demo can be
 * set to a day with deadlines due, and sessions still expire as time passes.
 */
export function offsetClock(start: Date, base: Clock = systemClock): Clock {
  const offsetMs = start.getTime() - base.now().getTime();
  return { now: () => new Date(base.now().getTime() + offsetMs) };
}

/** The clock the configuration asks for: the system clock unless LOTSE_CLOCK is set. */
export function clockFor(config: Pick<Config, 'clock'>): Clock {
  return config.clock ? offsetClock(config.clock.start) : systemClock;
}

const berlinDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Germany at this instant (YYYY-MM-DD): "today" for legal questions. */
export const berlinDate = (instant: Date): string => berlinDateFormat.format(instant);
