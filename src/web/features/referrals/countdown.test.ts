import { describe, expect, it } from 'vitest';
import { countdown, countdownParts } from './countdown';

describe('countdown to a due instant', () => {
  const now = new Date('2026-04-07T08:00:00Z');
  it('says days and hours left, or how long it is overdue', () => {
    expect(countdown('2026-04-08T22:00:00Z', now)).toEqual({ overdue: false, days: 1, hours: 14, minutes: 0 });
    expect(countdownParts(countdown('2026-04-08T22:00:00Z', now))).toEqual([{ unit: 'days', count: 1 }, { unit: 'hours', count: 14 }]);
    expect(countdown('2026-04-07T06:30:00Z', now)).toEqual({ overdue: true, days: 0, hours: 1, minutes: 30 });
    expect(countdownParts(countdown('2026-04-07T08:00:30Z', now))).toEqual([{ unit: 'minutes', count: 0 }]);
  });
});
