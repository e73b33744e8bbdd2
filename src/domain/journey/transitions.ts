/**
 * Questions about journey stage moves, answered from the `stageTransitions` table. The HTTP
 * layer answers a refused move with 409 and lists `allowedTransitions(from)`.
 */
import { closeReasons, journeyStages, stageTransitions, type ActiveStage, type CloseReason, type JourneyStage, type StageTransition } from './stages';

/** What only the journey's history knows: the stage it was closed from (needed to reopen). */
export type TransitionContext = { stageBeforeClosing?: ActiveStage };

function ruleFor(from: JourneyStage, to: JourneyStage, context: TransitionContext): StageTransition | undefined {
  const rule = stageTransitions.find((transition) => transition.from === from && transition.to === to);
  // Deny by default: without a known stage before closing, nothing can be reopened.
  if (rule?.kind === 'reopen' && context.stageBeforeClosing !== to) return undefined;
  return rule;
}

/** The stages a journey may move to from `from`, in stage order. */
export function allowedTransitions(from: JourneyStage, context: TransitionContext = {}): JourneyStage[] {
  return journeyStages.filter((to) => ruleFor(from, to, context) !== undefined);
}

/** True if the move is in the table (staying on the same stage is not a move). */
export function canTransition(from: JourneyStage, to: JourneyStage, context: TransitionContext = {}): boolean {
  return ruleFor(from, to, context) !== undefined;
}

export type TransitionRequest = TransitionContext & { from: JourneyStage; to: JourneyStage; reason?: CloseReason };

export type TransitionError =
  | { code: 'TRANSITION_NOT_ALLOWED'; from: JourneyStage; to: JourneyStage; allowed: JourneyStage[]; message: string }
  | { code: 'CLOSE_REASON_REQUIRED'; from: JourneyStage; allowedReasons: readonly CloseReason[]; message: string };

export type TransitionResult = { ok: true; value: StageTransition } | { ok: false; error: TransitionError };

/**
 * Checks a requested move: it must be in the table, and closing needs a reason. Returns the
 * matching rule (its `kind` and `because` go into the case history) or an expected error value.
 */
export function checkTransition(request: TransitionRequest): TransitionResult {
  const { from, to } = request;
  const rule = ruleFor(from, to, request);
  if (!rule) {
    const allowed = allowedTransitions(from, request);
    return {
      ok: false,
      error: { code: 'TRANSITION_NOT_ALLOWED', from, to, allowed, message: `Cannot move from ${from} to ${to}; allowed: ${allowed.join(', ') || 'none'}.` },
    };
  }
  if (rule.kind === 'close' && (request.reason === undefined || !closeReasons.includes(request.reason))) {
    return { ok: false, error: { code: 'CLOSE_REASON_REQUIRED', from, allowedReasons: closeReasons, message: 'Closing a journey needs a reason.' } };
  }
  return { ok: true, value: rule };
}
