/** The server's notion of "now", injectable so demos and tests can set the time. */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

const berlinDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Germany at this instant (YYYY-MM-DD): "today" for legal questions. */
export const berlinDate = (instant: Date): string => berlinDateFormat.format(instant);
