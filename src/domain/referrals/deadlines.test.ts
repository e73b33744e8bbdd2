import { describe, expect, it } from 'vitest';
import { berlinDateOf, berlinDateStart, berlinOffsetMs } from './berlin-time';
import { deadlineSettingsFor, defaultReferralDeadlineSettings, dueDateOf, referralClock, resumeReferralClock } from './deadlines';
import { addWorkingTime, subtractWorkingTime, workingTimeBetween } from './working-time';

const at = (iso: string): number => new Date(iso).getTime();
const iso = (ms: number): string => new Date(ms).toISOString();
const HOUR = 3_600_000;

describe('Berlin time', () => {
  it('follows the EU summer-time rule', () => {
    expect(berlinOffsetMs(at('2026-03-29T00:59:59Z'))).toBe(HOUR);
    expect(berlinOffsetMs(at('2026-03-29T01:00:00Z'))).toBe(2 * HOUR);
    expect(berlinOffsetMs(at('2026-10-25T00:59:59Z'))).toBe(2 * HOUR);
    expect(berlinOffsetMs(at('2026-10-25T01:00:00Z'))).toBe(HOUR);
    expect(berlinDateOf(at('2026-04-01T22:30:00Z'))).toBe('2026-04-02');
    expect(iso(berlinDateStart('2026-04-02'))).toBe('2026-04-01T22:00:00.000Z');
    expect(iso(berlinDateStart('2026-03-29'))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(berlinDateStart('2026-03-30'))).toBe('2026-03-29T22:00:00.000Z');
    expect(iso(berlinDateStart('2026-10-26'))).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('referral due instant', () => {
  it('is the end of Wednesday 8 April 2026 for a referral sent on the Thursday before Easter (BW and RP)', () => {
    for (const land of ['BW', 'RP'] as const) {
      const clock = referralClock(land, at('2026-04-02T10:00:00+02:00'), defaultReferralDeadlineSettings);
      expect(iso(clock.dueAt)).toBe('2026-04-08T22:00:00.000Z');
      expect(dueDateOf(clock.dueAt)).toBe('2026-04-08');
      // Reminded at 08:00 on the last day (16 working hours before its end).
      expect(iso(clock.remindAt)).toBe('2026-04-08T06:00:00.000Z');
    }
  });

  it('counts from the next working day whatever the hour of sending', () => {
    const settings = defaultReferralDeadlineSettings;
    expect(dueDateOf(referralClock('BW', at('2026-04-13T00:00:01+02:00'), settings).dueAt)).toBe('2026-04-15');
    expect(dueDateOf(referralClock('BW', at('2026-04-13T23:59:59+02:00'), settings).dueAt)).toBe('2026-04-15');
    // Friday → Tuesday; Saturday → Tuesday.
    expect(dueDateOf(referralClock('BW', at('2026-04-17T10:00:00+02:00'), settings).dueAt)).toBe('2026-04-21');
    expect(dueDateOf(referralClock('BW', at('2026-04-18T10:00:00+02:00'), settings).dueAt)).toBe('2026-04-21');
    // Corpus Christi (4 June 2026) is a holiday in BW and RP, not in Lower Saxony.
    expect(dueDateOf(referralClock('BW', at('2026-06-03T09:00:00+02:00'), settings).dueAt)).toBe('2026-06-08');
    expect(dueDateOf(referralClock('NI', at('2026-06-03T09:00:00+02:00'), settings).dueAt)).toBe('2026-06-05');
  });

  it('uses the rule configured for the purpose, else the organisation’s general rule, else the default', () => {
    const rules = [
      { purpose: null, workingDays: 3, reminderWorkingHours: 8 },
      { purpose: 'residence_permit' as const, workingDays: 5, reminderWorkingHours: 24 },
    ];
    expect(deadlineSettingsFor(rules, 'residence_permit')).toEqual({ workingDays: 5, reminderWorkingHours: 24 });
    expect(deadlineSettingsFor(rules, 'job_matching')).toEqual({ workingDays: 3, reminderWorkingHours: 8 });
    expect(deadlineSettingsFor([], 'job_matching')).toEqual(defaultReferralDeadlineSettings);
    expect(dueDateOf(referralClock('BW', at('2026-04-13T10:00:00+02:00'), deadlineSettingsFor(rules, 'residence_permit')).dueAt)).toBe('2026-04-20');
  });
});

describe('working time and pauses', () => {
  it('counts only working days', () => {
    // Thursday 10:00 before Easter to Tuesday 10:00 after: 14 h on Thursday, 10 h on Tuesday.
    expect(workingTimeBetween('BW', at('2026-04-02T10:00:00+02:00'), at('2026-04-07T10:00:00+02:00'))).toBe(24 * HOUR);
    expect(workingTimeBetween('BW', at('2026-04-03T10:00:00+02:00'), at('2026-04-06T22:00:00+02:00'))).toBe(0);
    expect(iso(addWorkingTime('BW', at('2026-04-02T10:00:00+02:00'), 24 * HOUR))).toBe('2026-04-07T08:00:00.000Z');
    expect(iso(subtractWorkingTime('BW', at('2026-04-07T10:00:00+02:00'), 24 * HOUR))).toBe('2026-04-02T08:00:00.000Z');
  });

  it('moves the due instant by the working time spent waiting for the sender', () => {
    const settings = defaultReferralDeadlineSettings;
    const clock = referralClock('BW', at('2026-04-02T10:00:00+02:00'), settings);
    // Asked back on Tuesday 10:00, answered by the sender on Thursday 10:00: 48 working hours.
    const resumed = resumeReferralClock('BW', clock, { pausedAt: at('2026-04-07T10:00:00+02:00'), resumedAt: at('2026-04-09T10:00:00+02:00') }, settings);
    expect(resumed.pausedWorkingMs).toBe(48 * HOUR);
    expect(dueDateOf(resumed.dueAt)).toBe('2026-04-10');
    // A pause over a weekend only costs its working part.
    const weekend = resumeReferralClock('BW', clock, { pausedAt: at('2026-04-10T18:00:00+02:00'), resumedAt: at('2026-04-13T06:00:00+02:00') }, settings);
    expect(weekend.pausedWorkingMs).toBe(12 * HOUR);
    expect(iso(weekend.dueAt)).toBe('2026-04-09T10:00:00.000Z');
    expect(weekend.remindAt).toBeGreaterThanOrEqual(at('2026-04-13T06:00:00+02:00'));
  });
});
