import { completeStep, openSteps, planAcceleratedProcedure, type AcceleratedProcedure, type AcceleratedStepId, type ProcedureStep } from '../../domain/journey/index';
import type { Land } from '../../domain/identity/organisation-kinds';
import { parseIsoDate, type DayNumber } from '../../domain/shared/calendar-date';
import type { Random } from './random';
import { usualPace, type Pace } from './vocabulary';
import type { WorkCalendar } from './work-calendar';

/**
 * A §81a accelerated procedure as it might have gone: planned with the domain's planner, then
 * each open step completed with the domain's `completeStep`, mostly within its statutory period
 * and sometimes late, so deadline boards and "§81a deadlines kept" have both to show.
 */
export type ProcedureRun = {
  state: AcceleratedProcedure;
  completions: { stepId: AcceleratedStepId; day: DayNumber; openedStepIds: AcceleratedStepId[] }[];
  /** The day the visa was decided, or null while the procedure is still running. */
  finishedOn: DayNumber | null;
};

export type ProcedureInput = { agreedOn: DayNumber; abhLand: Land; recognitionBodyLand: Land | undefined; isBaApprovalRequired: boolean; until: DayNumber; pace: Pace };

/** Days a step without a countable period takes: the agreement's paperwork, "unverzüglich", … */
const untimedDays: Partial<Record<AcceleratedStepId, readonly [number, number]>> = {
  agreement: [5, 25],
  recognition_started: [1, 8],
  pre_approval: [1, 6],
};

const dayOfDate = (date: string | undefined): DayNumber | undefined => (date === undefined ? undefined : parseIsoDate(date));

/** Steps the Ausländerbehörde itself acts on: where a slow authority is late. */
const isAuthorityStep = (step: ProcedureStep) => step.actor === 'abh';

function completionDay(random: Random, step: ProcedureStep, pace: Pace): DayNumber {
  const slow = isAuthorityStep(step) ? pace : usualPace;
  const opened = dayOfDate(step.openedOn) ?? 0;
  const due = dayOfDate(step.dueOn);
  if (due === undefined) {
    const [min, max] = untimedDays[step.id] ?? [1, 10];
    const days = Math.round(random.int(min, max) * slow.stageFactor);
    // A slow authority leaves "unverzüglich" work (agreement, pre-approval) lying for weeks besides.
    return opened + days + (slow.stageFactor > 1 ? random.int(0, slow.lateDays) : 0);
  }
  if (random.chance(slow.lateShare)) return due + random.int(1, slow.lateDays);
  // On time: somewhere in the period, more often in its second half (work is done near the due date).
  const span = Math.max(due - opened, 1);
  return Math.min(opened + Math.max(1, Math.round(span * Math.sqrt(random.float()))), due);
}

export function runProcedure(random: Random, calendar: WorkCalendar, input: ProcedureInput): ProcedureRun {
  let state = planAcceleratedProcedure({
    agreedOn: calendar.date(input.agreedOn),
    abhLand: input.abhLand,
    ...(input.recognitionBodyLand === undefined ? {} : { recognitionBodyLand: input.recognitionBodyLand }),
    isBaApprovalRequired: input.isBaApprovalRequired,
  });
  const completions: ProcedureRun['completions'] = [];
  for (;;) {
    const [step] = openSteps(state);
    if (!step) return { state, completions, finishedOn: completions.at(-1)?.day ?? null };
    // Offices record on working days; the record cannot predate the step's opening.
    const day = calendar.workingDayFrom(input.abhLand, completionDay(random, step, input.pace));
    if (day > input.until) return { state, completions, finishedOn: null };
    const result = completeStep(state, step.id, calendar.date(day));
    if (!result.ok) throw new Error(`generator: ${result.error.message}`);
    const wasOpen = new Set(openSteps(state).map((candidate) => candidate.id));
    state = result.value;
    const openedStepIds = openSteps(state).flatMap((candidate) => (wasOpen.has(candidate.id) ? [] : [candidate.id]));
    completions.push({ stepId: step.id, day, openedStepIds });
  }
}
