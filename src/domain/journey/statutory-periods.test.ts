/**
 * The scenario table of statutory §81a periods around holidays (__scenarios__/statutory-periods.ts):
 * each row through the step data and `dueDateOf`, then coverage: every counted step is seen with
 * and without the end shift of §31 Abs. 3 VwVfG, Saturday, Sunday and holiday ends are all seen,
 * and Easter, Whitsun, Christmas and 3 October are covered in BW, RP and HE.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { isoWeekday } from '../calendar/easter';
import { isHoliday } from '../calendar/holidays';
import { addMonths, addWeeks } from '../calendar/periods';
import { addWerktage } from '../calendar/werktage';
import { laender } from '../identity/organisation-kinds';
import { requireIsoDate } from '../shared/calendar-date';
import { statutoryPeriodRows, type PeriodRow } from './__scenarios__/statutory-periods';
import { dueDateOf } from './deadlines';
import { acceleratedProcedureSteps, type StepDefinition } from './procedure-steps';

const seen = new Set<string>();

function definitionOf(row: PeriodRow): StepDefinition {
  const definition = acceleratedProcedureSteps.find((step) => step.id === row.step);
  if (!definition) throw new Error(`no step ${row.step}`);
  return definition;
}

/** The period's last day before any shift, to classify the row (not to check it). */
function unshiftedEnd(row: PeriodRow, definition: StepDefinition): string {
  const rule = definition.deadline;
  if (rule.kind === 'werktage') return addWerktage(row.land, row.received, rule.amount);
  if (rule.kind === 'calendar') return rule.unit === 'weeks' ? addWeeks(row.received, rule.amount) : addMonths(row.received, rule.amount);
  throw new Error(`${row.step} counts no period`);
}

const isHolidayIn = (row: PeriodRow, date: string): boolean =>
  row.land === 'nationwide' ? laender.every((land) => isHoliday(land, date)) : isHoliday(row.land, date);

describe('statutory §81a periods around holidays', () => {
  it.each(statutoryPeriodRows.map((row) => [row.step, row.land, row.received, row.due, row.why, row] as const))(
    '%s, %s: received %s → due %s (%s)',
    (_step, _land, _received, _due, _why, row) => {
      const definition = definitionOf(row);
      // A Land-bound step is counted in its Land; the BA and the mission only with nationwide holidays.
      expect(row.land === 'nationwide', `${row.step} scope`).toBe(definition.calendarOf === undefined);
      const land = row.land === 'nationwide' ? undefined : row.land;
      expect(dueDateOf(definition.deadline, row.received, land)).toBe(row.due);

      const end = unshiftedEnd(row, definition);
      const endKind = isHolidayIn(row, end) ? 'holiday' : isoWeekday(requireIsoDate(end)) === 6 ? 'saturday' : isoWeekday(requireIsoDate(end)) === 7 ? 'sunday' : 'none';
      seen.add(`${row.step}:${end === row.due ? 'unshifted' : 'shifted'}`).add(`end:${endKind}`);
      if (row.land === 'BW' || row.land === 'RP' || row.land === 'HE') seen.add(`${row.around}:${row.land}`);
    },
  );
});

afterAll(() => {
  const missing: string[] = [];
  for (const step of acceleratedProcedureSteps) {
    if (step.deadline.kind !== 'calendar' && step.deadline.kind !== 'werktage') continue;
    for (const outcome of ['shifted', 'unshifted']) if (!seen.has(`${step.id}:${outcome}`)) missing.push(`${step.id} ${outcome}`);
  }
  for (const kind of ['saturday', 'sunday', 'holiday', 'none']) if (!seen.has(`end:${kind}`)) missing.push(`an end on ${kind}`);
  for (const around of ['easter', 'whitsun', 'christmas', 'unity_day']) {
    for (const land of ['BW', 'RP', 'HE']) if (!seen.has(`${around}:${land}`)) missing.push(`${around} in ${land}`);
  }
  expect(missing, 'never exercised by a period row').toEqual([]);
});
