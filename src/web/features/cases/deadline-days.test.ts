import { describe, expect, it } from 'vitest';
import type { DeadlineItem } from '../../../contract/procedures';
import { addDays, daysBetween, groupDeadlines } from './deadline-days';

const task = (dueOn: string, isOverdue = false): DeadlineItem => ({
  kind: 'task',
  caseId: '00000000-0000-4000-8000-000000000001',
  caseReference: 'RN-2026-1',
  personName: 'Priya Sharma',
  dueOn,
  isOverdue,
  taskId: '00000000-0000-4000-8000-000000000002',
  title: `Task ${dueOn}`,
  assignee: null,
});

describe('deadline board days', () => {
  it('moves dates across months and years', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
  });

  it('lists every day of the range', () => {
    expect(daysBetween('2026-11-23', '2026-11-29')).toHaveLength(7);
    expect(daysBetween('2026-11-29', '2026-11-23')).toEqual([]);
  });

  it('puts overdue items apart and the rest under their day', () => {
    const groups = groupDeadlines([task('2026-11-10', true), task('2026-11-24'), task('2026-11-24'), task('2026-11-29')], '2026-11-23', '2026-11-29');
    expect(groups.overdue.map((item) => item.dueOn)).toEqual(['2026-11-10']);
    expect(groups.days.map((group) => group.items.length)).toEqual([0, 2, 0, 0, 0, 0, 1]);
    const inRange = groupDeadlines([task('2026-11-24', true)], '2026-11-23', '2026-11-29');
    expect(inRange.days.map((group) => group.overdueCount)).toEqual([0, 1, 0, 0, 0, 0, 0]);
  });
});
