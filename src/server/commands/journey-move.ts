import { activeStages, checkTransition, closeReasons, type ActiveStage, type CloseReason, type JourneyStage } from '../../domain/journey/index';
import { AppError } from '../errors';

export type JourneyState = { stage: string; stageBeforeClosing: string | null };
export type JourneyColumns = { stage: JourneyStage; stageBeforeClosing: ActiveStage | null; closeReason: CloseReason | null };

const asActiveStage = (stage: string | null): ActiveStage | undefined =>
  (activeStages as readonly string[]).includes(stage ?? '') ? (stage as ActiveStage) : undefined;

/**
 * Checks a journey move with the domain's transition table and returns the columns to store and
 * the timeline data. A move the table does not allow is a CONFLICT naming the allowed stages
 * (`fields.stage = "allowed: job_matching, closed"`); closing without a reason is a bad request.
 */
export function planJourneyMove(
  current: JourneyState,
  to: JourneyStage,
  closeReason: CloseReason | undefined,
): { columns: JourneyColumns; data: Record<string, unknown> } {
  const from = current.stage as JourneyStage;
  const result = checkTransition({ from, to, reason: closeReason, stageBeforeClosing: asActiveStage(current.stageBeforeClosing) });
  if (!result.ok) {
    const { error } = result;
    if (error.code === 'TRANSITION_NOT_ALLOWED') {
      throw new AppError('CONFLICT', error.message, { stage: `allowed: ${error.allowed.join(', ') || 'none'}` });
    }
    throw new AppError('VALIDATION_FAILED', error.message, { closeReason: `required when closing: ${closeReasons.join(', ')}` });
  }
  const kind = result.value.kind;
  const columns: JourneyColumns =
    kind === 'close'
      ? { stage: to, stageBeforeClosing: asActiveStage(from) ?? null, closeReason: closeReason ?? null }
      : { stage: to, stageBeforeClosing: null, closeReason: null };
  return { columns, data: { from, to, kind, ...(kind === 'close' ? { closeReason } : {}) } };
}
