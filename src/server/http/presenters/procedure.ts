import type {
  AcceleratedProcedureResponse,
  DeadlineBoard,
  DeadlineItem,
  DeadlineStepItem,
  DeadlineTaskItem,
  ProcedureStepResponse,
} from '../../../contract/procedures';
import {
  acceleratedProcedureFee,
  acceleratedProcedureSteps,
  overdueSteps,
  type DeadlineRule,
  type ProcedureActor,
  type ProcedureStep,
  type StepDefinition,
  withCurrentDeadlines,
} from '../../../domain/journey/index';
import type { DeadlineBoardData } from '../../commands/get-deadline-board';
import type { ProcedureView } from '../../commands/procedure-access';
import type { DueStepRow, DueTaskRow } from '../../db/repositories/deadlines.repository';
import type { ProcedureWithOrganisations } from '../../db/repositories/procedure.repository';
import { describeDeadline, periodName } from './procedure-deadline-text';

const definitions = new Map<string, StepDefinition>(acceleratedProcedureSteps.map((definition) => [definition.id, definition]));

function definitionOf(stepId: string): StepDefinition {
  const definition = definitions.get(stepId);
  if (!definition) throw new Error(`no §81a step definition for ${stepId}`);
  return definition;
}

const isTimed = (rule: DeadlineRule): rule is Extract<DeadlineRule, { kind: 'calendar' | 'werktage' }> =>
  rule.kind === 'calendar' || rule.kind === 'werktage';

function presentDeadline(step: ProcedureStep): ProcedureStepResponse['deadline'] {
  const rule = step.deadline;
  const timed = isTimed(rule) ? rule : undefined;
  return {
    kind: rule.kind,
    amount: timed?.amount ?? null,
    unit: timed ? (timed.kind === 'werktage' ? 'werktage' : timed.unit) : null,
    strength: timed?.strength ?? null,
    onExpiry: timed?.onExpiry ?? null,
    maxExtensions: timed?.maxExtensions ?? 0,
    legalRef: rule.kind === 'none' ? null : rule.legalRef,
    endShiftRef: timed?.endShiftRef ?? null,
    description: describeDeadline(rule, step.calendarLand),
  };
}

function organisationOf(procedure: ProcedureWithOrganisations, actor: ProcedureActor) {
  if (actor === 'abh') return procedure.abh;
  if (actor === 'recognition_body') return procedure.recognitionBody;
  if (actor === 'employer') return procedure.employer;
  return null;
}

function presentStep(step: ProcedureStep, procedure: ProcedureWithOrganisations, overdue: ReadonlySet<string>): ProcedureStepResponse {
  return {
    id: step.id,
    number: step.number,
    title: definitionOf(step.id).title,
    actor: step.actor,
    involves: [...step.involves],
    actorOrganisation: organisationOf(procedure, step.actor),
    legalRef: step.legalRef,
    status: step.status,
    dueAt: step.dueOn ?? null,
    dueOn: step.dueOn ?? null,
    openedOn: step.openedOn ?? null,
    periodStartsOn: step.periodStartsOn ?? null,
    completedOn: step.completedOn ?? null,
    isOverdue: overdue.has(step.id),
    calendarLand: step.calendarLand ?? null,
    deadline: presentDeadline(step),
    extensions: step.extensions.map((extension) => ({ dueOn: extension.dueOn, reason: extension.reason })),
  };
}

/**
 * The procedure with every step, its due date in words and its overdue flag for `today`. Rules and
 * due dates come from the current step data (`withCurrentDeadlines`): a procedure stored under an
 * earlier reading (Monday–Friday instead of Werktage, no §31 Abs. 3 VwVfG shift) shows today's law.
 */
export function presentProcedure({ procedure, today }: ProcedureView): AcceleratedProcedureResponse {
  const state = withCurrentDeadlines(procedure.state);
  const overdue = new Set<string>(overdueSteps(state, today).map((step) => step.stepId));
  return {
    id: procedure.id,
    caseId: procedure.caseId,
    agreedOn: procedure.agreedOn,
    abhOrganisation: procedure.abh,
    employerOrganisation: procedure.employer,
    recognitionBodyOrganisation: procedure.recognitionBody,
    abhLand: state.abhLand,
    recognitionBodyLand: state.recognitionBodyLand ?? null,
    isBaApprovalRequired: state.isBaApprovalRequired,
    fee: { cents: procedure.feeCents, euros: procedure.feeCents / 100, legalRef: acceleratedProcedureFee.legalRef },
    today,
    steps: state.steps.map((step) => presentStep(step, procedure, overdue)),
    version: procedure.version,
    createdAt: procedure.createdAt.toISOString(),
    updatedAt: procedure.updatedAt.toISOString(),
  };
}

/** The ETag of a procedure: its version, as a strong validator. */
export const procedureEtag = (version: number): string => `"${version}"`;

const personNameOf = (row: { givenName: string; familyName: string }): string => `${row.givenName} ${row.familyName}`;

/** A due §81a step as a deadline item (also in the inbox). */
export function presentDeadlineStep(row: DueStepRow, today: string): DeadlineStepItem {
  const definition = definitionOf(row.stepId);
  return {
    kind: 'procedure_step',
    caseId: row.caseId,
    caseReference: row.caseReference,
    personName: personNameOf(row),
    dueOn: row.dueOn,
    isOverdue: row.dueOn < today,
    procedureId: row.procedureId,
    stepId: definition.id,
    stepNumber: definition.number,
    title: definition.title,
    actor: definition.actor,
    legalRef: definition.legalRef,
    onExpiry: isTimed(definition.deadline) ? definition.deadline.onExpiry : null,
    period: isTimed(definition.deadline) ? periodName(definition.deadline) : null,
  };
}

function presentDeadlineTask(row: DueTaskRow, today: string): DeadlineTaskItem {
  return {
    kind: 'task',
    caseId: row.caseId,
    caseReference: row.caseReference,
    personName: personNameOf(row),
    dueOn: row.dueOn,
    isOverdue: row.dueOn < today,
    taskId: row.taskId,
    title: row.title,
    assignee: row.assignee,
  };
}

const orderWithinDay = (item: DeadlineItem): string => (item.kind === 'procedure_step' ? `0${String(item.stepNumber).padStart(2, '0')}` : `1${item.title}`);

/** Steps and tasks in one list by due date, then case reference, steps (in step order) before tasks. */
export function presentDeadlineBoard(board: DeadlineBoardData): DeadlineBoard {
  const items: DeadlineItem[] = [
    ...board.steps.map((row) => presentDeadlineStep(row, board.today)),
    ...board.tasks.map((row) => presentDeadlineTask(row, board.today)),
  ];
  const key = (item: DeadlineItem) => [item.dueOn, item.caseReference, orderWithinDay(item)];
  items.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let index = 0; index < ka.length; index += 1) {
      const [x, y] = [ka[index] ?? '', kb[index] ?? ''];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
  return { from: board.from, to: board.to, today: board.today, items, truncated: board.truncated };
}
