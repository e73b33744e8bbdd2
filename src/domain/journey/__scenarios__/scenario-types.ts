/**
 * Scenario tables for the journey domain: input → expected outcome, with every date worked out
 * by hand (the comments show the arithmetic). One harness (../scenarios.test.ts) runs them all and
 * fails when a step, a deadline kind, an error code or a stage move is never exercised.
 */
import type { Land } from '../../identity/organisation-kinds';
import type { ProcedureError, StepStatus } from '../accelerated-procedure';
import type { AcceleratedStepId } from '../procedure-steps';
import type { ActiveStage, CloseReason, JourneyStage, TransitionKind } from '../stages';
import type { TransitionError } from '../transitions';

export type ProcedureEvent =
  | { complete: AcceleratedStepId; on: string }
  | { periodStart: AcceleratedStepId; on: string }
  | { extend: AcceleratedStepId; to: string; reason: string };

/** Expected state of a step after all events; `dueOn: null` means "no due date". */
export type ExpectedStep = { status?: StepStatus; dueOn?: string | null; openedOn?: string; periodStartsOn?: string };

export type ProcedureScenario = {
  id: string;
  description: string;
  plan: { agreedOn: string; abhLand: Land; recognitionBodyLand?: Land; isBaApprovalRequired?: boolean };
  events: readonly ProcedureEvent[];
  steps?: Partial<Record<AcceleratedStepId, ExpectedStep>>;
  /** Overdue steps on a day, with their days overdue and consequence. */
  overdue?: { today: string; expected: Partial<Record<AcceleratedStepId, [days: number, consequence: 'overdue' | 'deemed_approval']>> };
  /** The last event fails with this code; all earlier ones succeed. */
  error?: ProcedureError['code'];
};

export type TransitionScenario = {
  from: JourneyStage;
  to: JourneyStage;
  /** The matched rule's kind, or the expected error code. */
  expect: TransitionKind | TransitionError['code'];
  reason?: CloseReason;
  stageBeforeClosing?: ActiveStage;
};
