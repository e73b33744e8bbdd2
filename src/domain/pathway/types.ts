/**
 * Output types of the Wegweiser, exactly as in the shared evaluation contract
 * (`domain/pathway-contract.md`). Field names are fixed; added fields are marked "added".
 */

/** A text in both product languages. */
export type LocalizedText = { de: string; en: string };

export type ConditionStatus = 'met' | 'not_met' | 'unknown';
export type TitleOutcome = 'eligible' | 'not_eligible' | 'needs_info';

/** How the authority decides once all conditions are met (added). */
export type DecisionKind = 'entitlement' | 'regular' | 'discretionary';

export type ConditionResult = {
  id: string;
  legalRef: string;
  status: ConditionStatus;
  explanation: LocalizedText;
  values?: Record<string, unknown>;
};

export type TitleEvaluation = {
  id: string;
  name: LocalizedText;
  legalRef: string;
  outcome: TitleOutcome;
  baApprovalRequired: boolean;
  conditions: ConditionResult[];
  documents: { id: string; name: LocalizedText }[];
  nextSteps: LocalizedText[];
  /** added: "wird erteilt" (entitlement), "soll" (regular) or "kann" (discretionary). */
  decision: DecisionKind;
  /** added: position in the ranking, 1 = best. */
  rank: number;
};

export type ChancenkarteBreakdownItem = {
  criterion: string;
  legalRef: string;
  points: number;
  /** added: whether the criterion is met; `unknown` when the profile lacks the fact. */
  status: ConditionStatus;
  /** added: human-readable name of the criterion. */
  label: LocalizedText;
};

export type ChancenkartePoints = {
  points: number;
  minimumPoints: number;
  breakdown: ChancenkarteBreakdownItem[];
  /** added: points reachable if every unknown criterion turned out to be met. */
  maximumReachablePoints: number;
};

export type Evaluation = {
  evaluationDate: string;
  /** The dated parameters used: legal framework × calendar-year figures. */
  ruleSet: {
    id: string;
    validFrom: string;
    validUntil?: string;
    /** added: id of the legal framework (which titles and percentages are in force). */
    frameworkId: string;
    /** added: calendar year whose published figures (BBG, funds) were used. */
    parameterYear: number;
    /** added: false when that year's figures are not entered yet (conditions needing them are `unknown`). */
    figuresEntered: boolean;
  };
  /** Notices about the evaluation as a whole (contract, turn 2): e.g. the year's figures are missing. */
  notices: EvaluationNotice[];
  eligibleTitleIds: string[];
  titles: TitleEvaluation[];
  chancenkarte: ChancenkartePoints;
};

export type EvaluationNotice = { code: 'YEAR_FIGURES_MISSING'; year: number; text: LocalizedText };

export type FamilyMemberEvaluation = {
  role: string;
  titleId: string;
  outcome: TitleOutcome;
  discretionary: boolean;
  conditions: ConditionResult[];
  /** added */
  name: LocalizedText;
  /** added */
  legalRef: string;
};

export type FamilyEvaluation = {
  members: FamilyMemberEvaluation[];
  /** added: the evaluation date and rule set, as in `Evaluation`. */
  evaluationDate: string;
  ruleSet: Evaluation['ruleSet'];
  /** added: as in `Evaluation`. */
  notices: EvaluationNotice[];
};

/**
 * An expected failure: the evaluation date lies outside every rule set. The HTTP layer maps it
 * to 422 and names the covered range; the CLI prints it and exits non-zero.
 */
export type DateOutOfRangeError = {
  code: 'DATE_OUT_OF_RANGE';
  evaluationDate: string;
  coveredFrom: string;
  /** The last day with entered yearly figures; later dates are evaluated with those figures `unknown`. */
  coveredUntil: string;
  message: string;
};

/** Result of an evaluation: a value or an expected domain error, never a thrown exception. */
export type PathwayResult<T> = { ok: true; value: T } | { ok: false; error: DateOutOfRangeError };
