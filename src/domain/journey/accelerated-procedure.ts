/**
 * The §81a procedure of one case as a value: plan it, record what happened, ask what is late.
 * Every function returns a new procedure (inputs are never mutated) or an expected error value.
 * Dates are ISO calendar dates; malformed dates throw a RangeError (validate input first).
 */
import { requireLand } from '../calendar/holidays';
import type { Land } from '../identity/organisation-kinds';
import { requireIsoDate } from '../shared/calendar-date';
import { dueDateOf } from './deadlines';
import { acceleratedProcedureSteps, type AcceleratedStepId, type DeadlineRule, type ProcedureActor, type StepDefinition } from './procedure-steps';

export type StepStatus = 'pending' | 'open' | 'done' | 'not_applicable';

/** One step of a planned procedure: the definition's data plus what happened so far. */
export type ProcedureStep = Pick<StepDefinition, 'id' | 'number' | 'actor' | 'involves' | 'legalRef' | 'deadline' | 'requires'> & {
  status: StepStatus;
  /** Land whose holidays count for the acting body (absent for the BA and the mission: holidays of every Land count). */
  calendarLand?: Land;
  /** The day the step became open (the completion date of the step that unlocked it). */
  openedOn?: string;
  /** The event that starts the period; equals `openedOn` unless moved with `setPeriodStart`. */
  periodStartsOn?: string;
  /** Last day of the period (it ends at the end of that day); absent when no period is counted. */
  dueOn?: string;
  completedOn?: string;
  extensions: readonly { dueOn: string; reason: string }[];
};

export type AcceleratedProcedure = {
  agreedOn: string;
  abhLand: Land;
  recognitionBodyLand?: Land;
  isBaApprovalRequired: boolean;
  steps: readonly ProcedureStep[];
};

export type PlanInput = {
  /** Day the employer and the ABH concluded the agreement (§81a Abs. 2). */
  agreedOn: string;
  abhLand: Land;
  /** Land of the recognition body; absent when no recognition or comparability check is needed. */
  recognitionBodyLand?: Land;
  /** §81a Abs. 3 Nr. 4 "soweit erforderlich"; defaults to true. */
  isBaApprovalRequired?: boolean;
};

export type ProcedureError = {
  code: 'UNKNOWN_STEP' | 'STEP_NOT_OPEN' | 'DATE_BEFORE_OPENED' | 'NOT_EXTENDABLE' | 'EXTENSION_NOT_LATER' | 'REASON_REQUIRED';
  stepId: string;
  message: string;
};

export type ProcedureResult = { ok: true; value: AcceleratedProcedure } | { ok: false; error: ProcedureError };

const fail = (code: ProcedureError['code'], stepId: string, message: string): ProcedureResult => ({ ok: false, error: { code, stepId, message } });

function applies(definition: StepDefinition, input: PlanInput): boolean {
  if (definition.appliesWhen === 'recognition_needed') return input.recognitionBodyLand !== undefined;
  if (definition.appliesWhen === 'ba_approval_needed') return input.isBaApprovalRequired !== false;
  return true;
}

/** A step is settled when done, or when it does not apply and everything it requires is settled. */
function isSettled(steps: readonly ProcedureStep[], id: AcceleratedStepId): boolean {
  const step = steps.find((candidate) => candidate.id === id);
  if (!step) return false;
  return step.status === 'done' || (step.status === 'not_applicable' && step.requires.every((required) => isSettled(steps, required)));
}

function withDue(step: ProcedureStep): ProcedureStep {
  const computed = step.periodStartsOn === undefined ? undefined : dueDateOf(step.deadline, step.periodStartsOn, step.calendarLand);
  // An extension granted by the acting body replaces the statutory end.
  const dueOn = step.extensions.at(-1)?.dueOn ?? computed;
  const { dueOn: _previous, ...rest } = step;
  return dueOn === undefined ? rest : { ...rest, dueOn };
}

/** Opens every pending step whose requirements are now settled, with its period starting on `on`. */
function openUnlocked(steps: readonly ProcedureStep[], on: string): ProcedureStep[] {
  return steps.map((step) =>
    step.status === 'pending' && step.requires.every((required) => isSettled(steps, required))
      ? withDue({ ...step, status: 'open', openedOn: on, periodStartsOn: on })
      : step,
  );
}

/**
 * Plans the procedure from the agreement: the agreement step is open and dated `agreedOn`, the
 * later steps are pending, and the recognition steps (2–5) and the BA step (6) are
 * `not_applicable` when no recognition body is given or no BA approval is needed.
 */
export function planAcceleratedProcedure(input: PlanInput): AcceleratedProcedure {
  requireIsoDate(input.agreedOn);
  const abhLand = requireLand(input.abhLand);
  const recognitionBodyLand = input.recognitionBodyLand === undefined ? undefined : requireLand(input.recognitionBodyLand);
  const landOf = (definition: StepDefinition): Land | undefined =>
    definition.calendarOf === 'abh' ? abhLand : definition.calendarOf === 'recognition_body' ? recognitionBodyLand : undefined;
  const steps = acceleratedProcedureSteps.map((definition): ProcedureStep => {
    const calendarLand = landOf(definition);
    return {
      id: definition.id,
      number: definition.number,
      actor: definition.actor,
      involves: definition.involves,
      legalRef: definition.legalRef,
      deadline: definition.deadline,
      requires: definition.requires,
      status: applies(definition, input) ? 'pending' : 'not_applicable',
      ...(calendarLand === undefined ? {} : { calendarLand }),
      extensions: [],
    };
  });
  return {
    agreedOn: input.agreedOn,
    abhLand,
    ...(recognitionBodyLand === undefined ? {} : { recognitionBodyLand }),
    isBaApprovalRequired: input.isBaApprovalRequired !== false,
    steps: openUnlocked(steps, input.agreedOn),
  };
}

function openStep(procedure: AcceleratedProcedure, stepId: AcceleratedStepId): ProcedureStep | ProcedureResult {
  const step = procedure.steps.find((candidate) => candidate.id === stepId);
  if (!step) return fail('UNKNOWN_STEP', stepId, `No step ${stepId} in this procedure.`);
  if (step.status !== 'open') return fail('STEP_NOT_OPEN', stepId, `Step ${stepId} is ${step.status}, not open.`);
  return step;
}

const isResult = (value: ProcedureStep | ProcedureResult): value is ProcedureResult => 'ok' in value;

function replace(procedure: AcceleratedProcedure, step: ProcedureStep): ProcedureStep[] {
  return procedure.steps.map((candidate) => (candidate.id === step.id ? step : candidate));
}

/**
 * Records an open step as done on `completedOn`; the steps it unlocks open with their period
 * starting that day and get their due date (Werktage in the acting body's Land, or weeks and
 * months by §§187, 188 BGB, each end moved off weekends and holidays by §31 Abs. 3 VwVfG).
 */
export function completeStep(procedure: AcceleratedProcedure, stepId: AcceleratedStepId, completedOn: string): ProcedureResult {
  const step = openStep(procedure, stepId);
  if (isResult(step)) return step;
  if (requireIsoDate(completedOn) < requireIsoDate(step.openedOn ?? completedOn)) {
    return fail('DATE_BEFORE_OPENED', stepId, `Step ${stepId} opened on ${step.openedOn}; it cannot be done on ${completedOn}.`);
  }
  const steps = replace(procedure, { ...step, status: 'done', completedOn });
  return { ok: true, value: { ...procedure, steps: openUnlocked(steps, completedOn) } };
}

/**
 * Moves the start of an open step's period to the day its triggering event actually happened
 * (the file became complete, the appointment was requested, the BA received the request) and
 * recomputes the due date. The start cannot lie before the day the step opened.
 */
export function setPeriodStart(procedure: AcceleratedProcedure, stepId: AcceleratedStepId, startsOn: string): ProcedureResult {
  const step = openStep(procedure, stepId);
  if (isResult(step)) return step;
  if (requireIsoDate(startsOn) < requireIsoDate(step.openedOn ?? startsOn)) {
    return fail('DATE_BEFORE_OPENED', stepId, `Step ${stepId} opened on ${step.openedOn}; its period cannot start on ${startsOn}.`);
  }
  return { ok: true, value: { ...procedure, steps: replace(procedure, withDue({ ...step, periodStartsOn: startsOn })) } };
}

/** Records an extension of an open step's period by the acting body, where the rule allows one. */
export function extendDeadline(procedure: AcceleratedProcedure, stepId: AcceleratedStepId, dueOn: string, reason: string): ProcedureResult {
  const step = openStep(procedure, stepId);
  if (isResult(step)) return step;
  const allowed = step.deadline.kind === 'calendar' || step.deadline.kind === 'werktage' ? step.deadline.maxExtensions : 0;
  if (step.extensions.length >= allowed) return fail('NOT_EXTENDABLE', stepId, `The period of ${stepId} cannot be extended (again).`);
  if (reason.trim() === '') return fail('REASON_REQUIRED', stepId, 'An extension needs the reason the body gave.');
  if (step.dueOn !== undefined && requireIsoDate(dueOn) <= requireIsoDate(step.dueOn)) {
    return fail('EXTENSION_NOT_LATER', stepId, `An extension must end after ${step.dueOn}.`);
  }
  const extended = withDue({ ...step, extensions: [...step.extensions, { dueOn, reason }] });
  return { ok: true, value: { ...procedure, steps: replace(procedure, extended) } };
}

/**
 * The procedure with every step's rule, legal basis and Land taken from the current step data and
 * its due date computed again. A procedure stored under an earlier reading of the law (such as
 * Monday–Friday working days for §81a Abs. 3 Nr. 3, or ends without the shift of §31 Abs. 3
 * VwVfG) reads with today's rules; extensions granted by the acting body stay as recorded. Steps
 * unknown to the current data are kept unchanged.
 */
export function withCurrentDeadlines(procedure: AcceleratedProcedure): AcceleratedProcedure {
  const definitions = new Map(acceleratedProcedureSteps.map((definition) => [definition.id, definition]));
  const steps = procedure.steps.map((step) => {
    const definition = definitions.get(step.id);
    if (!definition) return step;
    const calendarLand =
      definition.calendarOf === 'abh' ? procedure.abhLand : definition.calendarOf === 'recognition_body' ? procedure.recognitionBodyLand : undefined;
    const { calendarLand: _previous, ...rest } = step;
    return withDue({
      ...rest,
      legalRef: definition.legalRef,
      deadline: definition.deadline,
      ...(calendarLand === undefined ? {} : { calendarLand }),
    });
  });
  return { ...procedure, steps };
}

/** The steps that are open now (more than one only if the data defines parallel steps). */
export function openSteps(procedure: AcceleratedProcedure): ProcedureStep[] {
  return procedure.steps.filter((step) => step.status === 'open');
}

export type OverdueStep = {
  stepId: AcceleratedStepId;
  actor: ProcedureActor;
  dueOn: string;
  daysOverdue: number;
  /** `deemed_approval`: the BA's silence now counts as approval; the ABH can go on. */
  consequence: 'overdue' | 'deemed_approval';
  deadline: DeadlineRule;
};

/** Open steps whose period ended before `today` (the due day itself is still in time). */
export function overdueSteps(procedure: AcceleratedProcedure, today: string): OverdueStep[] {
  const todayNumber = requireIsoDate(today);
  return openSteps(procedure).flatMap((step) => {
    if (step.dueOn === undefined || step.deadline.kind === 'none' || step.deadline.kind === 'without_delay') return [];
    const daysOverdue = todayNumber - requireIsoDate(step.dueOn);
    if (daysOverdue <= 0) return [];
    return [{ stepId: step.id, actor: step.actor, dueOn: step.dueOn, daysOverdue, consequence: step.deadline.onExpiry, deadline: step.deadline }];
  });
}
