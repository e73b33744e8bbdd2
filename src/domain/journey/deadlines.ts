/**
 * Due dates of statutory periods (law.md §14): Werktage in the Land of the body that must act, or
 * weeks and months by §§187, 188 BGB; then the end moves off a Saturday, Sunday or public holiday
 * to the next Werktag (§31 Abs. 3 Satz 1 VwVfG). A body without a Land in the procedure (the BA,
 * the mission) gets only the holidays of every Land (see NOTES.md).
 */
import { addMonths, addWeeks } from '../calendar/periods';
import { addWerktage, shiftPeriodEnd } from '../calendar/werktage';
import type { Land } from '../identity/organisation-kinds';
import type { DeadlineRule } from './procedure-steps';

/**
 * The last day of the period that starts with an event on `startsOn`, or undefined when the rule
 * counts no period ("none", "unverzüglich"). The event day itself is not counted (§187 Abs. 1 BGB).
 * A Werktage period without a Land is a programming error (the step data names `calendarOf`).
 */
export function dueDateOf(rule: DeadlineRule, startsOn: string, land: Land | undefined): string | undefined {
  switch (rule.kind) {
    case 'none':
    case 'without_delay':
      return undefined;
    case 'calendar': {
      const end = rule.unit === 'weeks' ? addWeeks(startsOn, rule.amount) : addMonths(startsOn, rule.amount);
      return shiftPeriodEnd(land ?? 'nationwide', end);
    }
    case 'werktage':
      if (land === undefined) throw new RangeError('A Werktage period needs the Land of the acting body');
      // The n-th Werktag can be a Saturday; §31 Abs. 3 VwVfG then moves the end to the next Werktag that is not one.
      return shiftPeriodEnd(land, addWerktage(land, startsOn, rule.amount));
  }
}
