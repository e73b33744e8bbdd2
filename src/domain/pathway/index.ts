/**
 * Public entry of the Wegweiser rules engine (domain layer; pure, no I/O).
 *
 * Expected failures are values: `evaluateProfile` and `evaluateFamily` return
 * `{ ok: true, value }` or `{ ok: false, error: { code: 'DATE_OUT_OF_RANGE', evaluationDate,
 * coveredFrom, coveredUntil, message } }` when no rule set covers the evaluation date; the HTTP
 * layer maps that to 422 and names the range. Inputs must be validated with `profileSchema` /
 * `familyRequestSchema` first (HTTP 400); a malformed date reaching the engine throws RangeError.
 */
import { createPathwayEngine, type EvaluationOptions } from './engine';
import type { FamilyRequest, Profile } from './profile-schema';
import type { Evaluation, FamilyEvaluation, PathwayResult } from './types';

export {
  evaluateRequestSchema,
  familyRequestSchema,
  isoDateSchema,
  levelSchema,
  profileSchema,
  type FamilyMember,
  type FamilyRequest,
  type Level,
  type Profile,
} from './profile-schema';
export type {
  ChancenkartePoints,
  ConditionResult,
  ConditionStatus,
  DateOutOfRangeError,
  DecisionKind,
  Evaluation,
  FamilyEvaluation,
  FamilyMemberEvaluation,
  LocalizedText,
  PathwayResult,
  TitleEvaluation,
  TitleOutcome,
} from './types';
export { createPathwayEngine, type EngineData, type EvaluationOptions, type PathwayEngine, type RuleSetSummary } from './engine';
export { RuleDataError } from './rule-validation';
export { ruleSets as ruleSetDefinitions } from './rule-sets';
export { yearlyParameters } from './yearly-parameters';
export { titleIds, titleMetadata, type TitleMetadata } from './title-metadata';
export type { RuleSet, SalaryThresholdId, YearlyParameters } from './rule-model';
export type { EvaluationNotice } from './types';
export { deriveThresholds } from './periods';
export { describeMissingFigure, yearFigureDescriptions, type YearFigureId } from './year-figures';
export {
  FIRST_FIGURE_YEAR,
  LAST_FIGURE_YEAR,
  publishedThresholdIds,
  toYearlyParameters,
  yearFigureIds,
  yearFigureRules,
  yearFiguresInputSchema,
  type YearFiguresInput,
} from './year-figures-input';

import { LAST_FIGURE_YEAR } from './year-figures-input';

/** The engine over the built-in rule data, validated and compiled once at module load. */
const defaultEngine = createPathwayEngine();

/** The rule sets with the date range each can evaluate. */
export const pathwayRuleSets = defaultEngine.ruleSets;

/**
 * The evaluable date range (inclusive), for the UI date picker: from the first rule set on. A year
 * after the last entered figures is evaluated too (figure-dependent conditions open), so the range
 * ends only where entering figures ends (LAST_FIGURE_YEAR).
 */
export const coveredRange = { from: defaultEngine.coveredFrom, until: `${LAST_FIGURE_YEAR}-12-31` } as const;

/**
 * Evaluates every residence title for a profile under the law in force on `profile.evaluationDate`
 * (default `options.today`). Pure and deterministic.
 */
export function evaluateProfile(profile: Profile, options: EvaluationOptions): PathwayResult<Evaluation> {
  return defaultEngine.evaluateProfile(profile, options);
}

/** Evaluates family reunification for each member, in request order. Pure and deterministic. */
export function evaluateFamily(request: FamilyRequest, options: EvaluationOptions): PathwayResult<FamilyEvaluation> {
  return defaultEngine.evaluateFamily(request, options);
}
