/**
 * Public entry of the journey domain: journey stages with their allowed moves, and the §81a
 * accelerated skilled-worker procedure with its statutory deadlines. Pure and deterministic;
 * expected failures are values (`{ ok: false, error: { code, … } }`), malformed dates throw.
 */
export {
  completeStep,
  extendDeadline,
  openSteps,
  overdueSteps,
  planAcceleratedProcedure,
  setPeriodStart,
  withCurrentDeadlines,
  type AcceleratedProcedure,
  type OverdueStep,
  type PlanInput,
  type ProcedureError,
  type ProcedureResult,
  type ProcedureStep,
  type StepStatus,
} from './accelerated-procedure';
export { dueDateOf } from './deadlines';
export { obstacleCategories, obstacleCategoriesNeedingText, type ObstacleCategory } from './obstacles';
export {
  acceleratedProcedureFee,
  acceleratedProcedureSteps,
  acceleratedStepIds,
  parallelStepPairs,
  periodEndShiftRef,
  type AcceleratedStepId,
  type DeadlineRule,
  type ProcedureActor,
  type StepDefinition,
  type TimedDeadline,
} from './procedure-steps';
export {
  activeStages,
  closeReasons,
  journeyStages,
  stageTransitions,
  type ActiveStage,
  type CloseReason,
  type JourneyStage,
  type StageTransition,
  type TransitionKind,
} from './stages';
export {
  allowedTransitions,
  canTransition,
  checkTransition,
  type TransitionContext,
  type TransitionError,
  type TransitionRequest,
  type TransitionResult,
} from './transitions';
