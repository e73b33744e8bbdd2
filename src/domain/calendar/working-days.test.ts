import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

describe('isWorkingDay', () => {
  it('is Monday to Friday outside public holidays; Saturday is not a working day', () => {
    expect(isWorkingDay('BW', '2026-04-02')).toBe(true); // Thursday before Easter
    expect(isWorkingDay('BW', '2026-04-03')).toBe(false); // Good Friday
    expect(isWorkingDay('BW', '2026-04-04')).toBe(false); // Saturday
    expect(isWorkingDay('BW', '2026-04-05')).toBe(false); // Easter Sunday
    expect(isWorkingDay('BW', '2026-04-06')).toBe(false); // Easter Monday
    expect(isWorkingDay('BW', '2026-04-07')).toBe(true);
  });

  it('depends on the Land', () => {
    expect(isWorkingDay('SN', '2026-11-18')).toBe(false);
    expect(isWorkingDay('BE', '2026-11-18')).toBe(true);
    expect(isWorkingDay('BY', '2026-01-06')).toBe(false);
    expect(isWorkingDay('HE', '2026-01-06')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('acceptance: Thursday 2026-04-02 + 2 working days in BW = Wednesday 2026-04-08 (across Easter)', () => {
    expect(addWorkingDays('BW', '2026-04-02', 2)).toBe('2026-04-08');
  });

  it.each([
    ['BW', '2026-04-02', 1, '2026-04-07', 'Good Friday, the weekend and Easter Monday are skipped'],
    ['BW', '2026-04-02', 3, '2026-04-09', 'Monday–Friday across Easter (§81a Abs. 3 Nr. 3 counts Werktage instead: werktage.test.ts)'],
    ['HE', '2026-12-23', 1, '2026-12-24', 'Christmas Eve is a working day'],
    ['HE', '2026-12-23', 3, '2026-12-29', 'across Christmas (Friday 25th; the 26th is a Saturday)'],
    ['HE', '2026-12-23', 5, '2026-12-31', "New Year's Eve is a working day"],
    ['HE', '2026-12-23', 6, '2027-01-04', 'New Year (Friday) and the weekend are skipped'],
    ['HE', '2026-12-23', 8, '2027-01-06', 'Epiphany is a working day in Hesse'],
    ['BW', '2026-12-23', 8, '2027-01-07', 'Epiphany is a holiday in Baden-Württemberg'],
    ['NW', '2026-11-20', 1, '2026-11-23', 'Friday + 1 = Monday'],
    ['NW', '2026-11-21', 1, '2026-11-23', 'from a Saturday, counting starts on Sunday: the first working day is Monday'],
    ['NW', '2026-11-22', 1, '2026-11-23', 'from a Sunday'],
    ['NW', '2026-11-21', 0, '2026-11-21', 'n = 0 returns the date unchanged, even a Saturday'],
    ['SN', '2026-11-17', 3, '2026-11-23', 'Buß- und Bettag in Saxony'],
    ['BE', '2026-11-17', 3, '2026-11-20', 'the same days in Berlin'],
    ['BY', '2026-06-03', 3, '2026-06-09', 'Corpus Christi in Bavaria'],
    ['NI', '2026-06-03', 3, '2026-06-08', 'no Corpus Christi in Lower Saxony'],
    ['BE', '2025-05-07', 1, '2025-05-09', 'the one-off 8 May 2025 in Berlin'],
    ['BB', '2025-05-07', 1, '2025-05-08', '8 May 2025 was a working day in Brandenburg'],
  ] as const)('%s: %s + %i = %s (%s)', (land, date, n, expected, _why) => {
    expect(addWorkingDays(land, date, n)).toBe(expected);
  });

  it('rejects negative and fractional counts', () => {
    expect(() => addWorkingDays('BW', '2026-04-02', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('BW', '2026-04-02', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts the days after `from` up to and including `to`', () => {
    expect(workingDaysBetween('BW', '2026-04-02', '2026-04-08')).toBe(2);
    expect(workingDaysBetween('BW', '2026-04-02', '2026-04-02')).toBe(0);
    expect(workingDaysBetween('BW', '2026-04-02', '2026-04-06')).toBe(0);
    expect(workingDaysBetween('NW', '2026-11-20', '2026-11-23')).toBe(1);
  });

  it('is negative when `to` lies before `from`', () => {
    expect(workingDaysBetween('BW', '2026-04-08', '2026-04-02')).toBe(-2);
  });

  it.each([
    ['BW', 252], // 261 weekdays − 9 holidays on weekdays (3 Oct is a Saturday, 1 Nov a Sunday)
    ['BE', 254], // 261 − 7 (8 March is a Sunday)
    ['SN', 253], // 261 − 8: Reformationstag is a Saturday, Buß- und Bettag a Wednesday
  ] as const)('%s has %i working days in 2026', (land, count) => {
    expect(workingDaysBetween(land, '2025-12-31', '2026-12-31')).toBe(count);
  });
});
