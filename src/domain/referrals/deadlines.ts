/**
 * The due instant of a referral ("48-Stunden-Regel": answered within 2 working days, configurable
 * per organisation and purpose), its reminder, and how a pause moves it.
 *
 * What "n working days" means for a referral sent at any time of day: the day of sending is not
 * counted (as everywhere in domain/calendar, §187 Abs. 1 BGB counting), and the referral is due at
 * the END of the n-th working day after it, i.e. at 24:00 Europe/Berlin of that day (represented as
 * the instant the next day begins). Working days are those of the RECIPIENT organisation's Land,
 * because the recipient is the one who must act. Sent on Thursday 2 April 2026 at 10:00 to an
 * organisation in Baden-Württemberg or Rheinland-Pfalz: Good Friday, the weekend and Easter Monday
 * do not count, Tuesday 7 April is the first working day, so the referral is due at the end of
 * Wednesday 8 April 2026. Sent on a Saturday, it is due at the end of the following Tuesday.
 *
 * While the referral waits for the sender (the recipient asked back), its clock stands still: on
 * resumption the due instant moves forward by the working time the wait took (domain/referrals/
 * working-time.ts), and the reminder follows it.
 */
import { addWorkingDays, type Land } from '../calendar/index';
import type { ConsentPurpose } from '../consent/vocabulary';
import { berlinDateEnd, berlinDateOf } from './berlin-time';
import { addWorkingTime, subtractWorkingTime, workingTimeBetween } from './working-time';

const HOUR_MS = 3_600_000;

export type ReferralDeadlineSettings = {
  /** Working days the recipient has; the "48-hour rule" is 2. */
  workingDays: number;
  /** How much working time before the due instant the recipient is reminded. */
  reminderWorkingHours: number;
};

/** The default: due at the end of the 2nd working day; reminded at 08:00 of the last day. */
export const defaultReferralDeadlineSettings: ReferralDeadlineSettings = { workingDays: 2, reminderWorkingHours: 16 };

/** A configured rule of an organisation: for one purpose, or (purpose null) for all of them. */
export type ReferralDeadlineRule = ReferralDeadlineSettings & { purpose: ConsentPurpose | null };

/** The rule for a purpose: the organisation's rule for that purpose, else its general one, else the default. */
export function deadlineSettingsFor(rules: readonly ReferralDeadlineRule[], purpose: ConsentPurpose): ReferralDeadlineSettings {
  const rule = rules.find((candidate) => candidate.purpose === purpose) ?? rules.find((candidate) => candidate.purpose === null);
  return rule ? { workingDays: rule.workingDays, reminderWorkingHours: rule.reminderWorkingHours } : defaultReferralDeadlineSettings;
}

export type ReferralClock = { dueAt: number; remindAt: number };

/** Due and reminder instants of a referral sent at `sentAt` to an organisation in `land`. */
export function referralClock(land: Land, sentAt: number, settings: ReferralDeadlineSettings): ReferralClock {
  const lastDay = addWorkingDays(land, berlinDateOf(sentAt), settings.workingDays);
  const dueAt = berlinDateEnd(lastDay);
  return { dueAt, remindAt: reminderFor(land, dueAt, settings, sentAt) };
}

/** After a pause from `pausedAt` to `resumedAt`: the moved clock and the working time the pause took. */
export function resumeReferralClock(
  land: Land,
  clock: { dueAt: number },
  pause: { pausedAt: number; resumedAt: number },
  settings: ReferralDeadlineSettings,
): ReferralClock & { pausedWorkingMs: number } {
  const pausedWorkingMs = workingTimeBetween(land, pause.pausedAt, pause.resumedAt);
  const dueAt = addWorkingTime(land, clock.dueAt, pausedWorkingMs);
  return { dueAt, remindAt: reminderFor(land, dueAt, settings, pause.resumedAt), pausedWorkingMs };
}

function reminderFor(land: Land, dueAt: number, settings: ReferralDeadlineSettings, notBefore: number): number {
  return Math.max(notBefore, subtractWorkingTime(land, dueAt, settings.reminderWorkingHours * HOUR_MS));
}

/** True when a referral whose clock runs is past its due instant. */
export const isOverdue = (dueAt: number, now: number): boolean => now >= dueAt;

/**
 * The civil date a due instant belongs to: the day whose end it is (24:00 counts to the day before).
 * 2026-04-09T00:00+02:00 → 2026-04-08.
 */
export const dueDateOf = (dueAt: number): string => berlinDateOf(dueAt - 1);
