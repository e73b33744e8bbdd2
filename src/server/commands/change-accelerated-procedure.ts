import type { CompleteStepBody, ExtendStepBody, PeriodStartBody } from '../../contract/procedures';
import {
  completeStep,
  extendDeadline,
  setPeriodStart,
  withCurrentDeadlines,
  type AcceleratedProcedure,
  type AcceleratedStepId,
  type ProcedureResult,
} from '../../domain/journey/index';
import { getProcedureOfCase, mirrorProcedureSteps, updateProcedureState } from '../db/repositories/procedure.repository';
import { AppError } from '../errors';
import { recordCaseChanges, todayOf } from './case-access';
import type { CommandContext } from './context';
import {
  assertNotAfterToday,
  loadCaseForProcedureChange,
  loadProcedureView,
  procedureErrorToAppError,
  type ProcedureView,
} from './procedure-access';

type Change = {
  /** Timeline event and (as `case.<kind>`) audit action. */
  kind: string;
  stepId: AcceleratedStepId;
  /** The procedure version the caller saw; undefined: no check (the row lock still serialises changes). */
  version: number | undefined;
  /** The request field a refused date belongs to. */
  field: string;
  data: Record<string, unknown>;
  apply(state: AcceleratedProcedure): ProcedureResult;
};

/**
 * One change of a §81a procedure in one transaction: lock the case, then the procedure (the
 * lock order of every case change), check the version, let the domain decide, store the new state
 * with the next version, mirror the steps for the deadline board, write timeline event and audit.
 */
async function changeProcedure(ctx: CommandContext, caseId: string, change: Change): Promise<ProcedureView> {
  return ctx.db.transaction(async (tx) => {
    await loadCaseForProcedureChange(tx, ctx, caseId);
    const procedure = await getProcedureOfCase(tx, caseId, { forUpdate: true });
    if (!procedure) throw new AppError('NOT_FOUND', 'This case has no accelerated procedure.');
    if (change.version !== undefined && change.version !== procedure.version) {
      throw new AppError('CONFLICT', 'The procedure was changed by someone else; load it again and repeat your change.', {
        version: `stale: the procedure is at version ${procedure.version}`,
      });
    }
    // Today's rules first: a procedure stored under an earlier reading gets its due dates recomputed (and mirrored below).
    const result = change.apply(withCurrentDeadlines(procedure.state));
    if (!result.ok) throw procedureErrorToAppError(result.error, change.field);
    const updated = await updateProcedureState(tx, procedure.id, procedure.version, result.value, ctx.clock.now());
    if (!updated) throw new AppError('CONFLICT', 'The procedure was changed by someone else.', { version: 'stale' });
    await mirrorProcedureSteps(tx, updated);
    const opened = result.value.steps.filter((step) => step.status === 'open' && procedure.state.steps.find((before) => before.id === step.id)?.status !== 'open');
    await recordCaseChanges(tx, ctx, caseId, [
      {
        kind: change.kind,
        data: { procedureId: procedure.id, stepId: change.stepId, ...change.data, openedStepIds: opened.map((step) => step.id), version: updated.version },
      },
    ]);
    return loadProcedureView(tx, caseId, todayOf(ctx));
  });
}

/** Records an open step as done on `completedOn` (not after today); the steps it unlocks open that day. */
export function completeProcedureStep(ctx: CommandContext, caseId: string, stepId: AcceleratedStepId, input: CompleteStepBody): Promise<ProcedureView> {
  assertNotAfterToday(input.completedOn, todayOf(ctx), 'completedOn');
  return changeProcedure(ctx, caseId, {
    kind: 'procedure_step_completed',
    stepId,
    version: input.version,
    field: 'completedOn',
    data: { completedOn: input.completedOn },
    apply: (state) => completeStep(state, stepId, input.completedOn),
  });
}

/** Records an extension of an open step's period granted by the acting body (once, where allowed). */
export function extendProcedureStep(ctx: CommandContext, caseId: string, stepId: AcceleratedStepId, input: ExtendStepBody): Promise<ProcedureView> {
  return changeProcedure(ctx, caseId, {
    kind: 'procedure_deadline_extended',
    stepId,
    version: input.version,
    field: 'dueOn',
    // The reason is free text the body gave; it stays in the procedure, not in the timeline data.
    data: { dueOn: input.dueOn },
    apply: (state) => extendDeadline(state, stepId, input.dueOn, input.reason),
  });
}

/** Moves the start of an open step's period to the day its triggering event happened (not after today). */
export function moveProcedurePeriodStart(ctx: CommandContext, caseId: string, stepId: AcceleratedStepId, input: PeriodStartBody): Promise<ProcedureView> {
  assertNotAfterToday(input.startsOn, todayOf(ctx), 'startsOn');
  return changeProcedure(ctx, caseId, {
    kind: 'procedure_period_start_moved',
    stepId,
    version: input.version,
    field: 'startsOn',
    data: { startsOn: input.startsOn },
    apply: (state) => setPeriodStart(state, stepId, input.startsOn),
  });
}
