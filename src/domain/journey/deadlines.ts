/**
 * Due dates of statutory periods. Working-day periods use the public holidays of the Land of the
 * body that must act; calendar periods use §§187, 188 BGB and no Land calendar.
 */
import { addMonths, addWeeks } from '../calendar/periods';
import { addWorkingDays } from '../calendar/working-days';
import type { Land } from '../identity/organisation-kinds';
import type { DeadlineRule } from './procedure-steps';

/**
 * The last day of the period that starts with an event on `startsOn`, or undefined when the rule
 * counts no period ("none", "unverzüglich"). The event day itself is not counted (§187 Abs. 1 BGB).
 * A working-day period without a Land is a programming error (the step data names `calendarOf`).
 */
export function dueDateOf(rule: DeadlineRule, startsOn: string, land: Land | undefined): string | undefined {
  switch (rule.kind) {
    case 'none':
    case 'without_delay':
      return undefined;
    case 'calendar':
      return rule.unit === 'weeks' ? addWeeks(startsOn, rule.amount) : addMonths(startsOn, rule.amount);
    case 'working_days':
      if (land === undefined) throw new RangeError('A working-day period needs the Land of the acting body');
      return addWorkingDays(land, startsOn, rule.amount);
  }
}
