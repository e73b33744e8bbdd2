/**
 * The rule model: legal frameworks, yearly figures, conditions and titles as typed data.
 * Everything that comes from the law carries a `legalRef`; everything taken from a publication
 * carries its `source`. Rule data is validated once when the engine is built (rule-validation.ts).
 */
import type { ConditionStatus, DecisionKind, LocalizedText } from './types';
import { MissingFigureError, missingFigureExplanation } from './year-figures';

/** A money amount from the law or an official publication, in integer cents. */
export type SourcedAmount = { cents: number; legalRef: string; source: string; /** date of the publication, when known */ publishedOn?: string };

/** A plain number from the law or an official publication. */
export type SourcedNumber = { value: number; legalRef: string; source: string; /** date of the publication, when known */ publishedOn?: string };

/** A statutory percentage in basis points (45.3 % = 4530). */
export type StatutoryPercentage = { basisPoints: number; legalRef: string };

/** A statutory count of years, months or persons. */
export type StatutoryNumber = { value: number; legalRef: string };

/** Salary thresholds the law derives from the pension-insurance ceiling (BBG RV). */
export type SalaryThresholdId = 'blueCardStandard' | 'blueCardReduced' | 'firstTitleAge45' | 'experienceBased';

/** A list of codes (ISCO groups, countries, title ids) with the provision that lists them. */
export type StatutoryList = { codes: readonly string[]; legalRef: string };

/**
 * Figures for one calendar year. Adding a year is a data change only: one new entry.
 * Thresholds are not stored; they are derived from `pensionCeiling` as the law does.
 */
export type YearlyParameters = {
  year: number;
  /** Beitragsbemessungsgrenze of the general pension insurance (West value where split). */
  pensionCeiling: SourcedAmount;
  /** Monthly means for the Chancenkarte (§20a Abs. 4 Satz 1). */
  chancenkarteFundsPerMonth: SourcedAmount;
  /** Monthly means for §16d / §17 (§2 Abs. 3 Satz 6: BAföG amount + 10 %). */
  qualificationMeasureFundsPerMonth: SourcedAmount;
  /**
   * Monthly means of a student (§2 Abs. 3 Satz 5: BAföG §§13, 13a); the benchmark for the
   * livelihood of a §20 Abs. 1 job search (law.md §12).
   */
  studyFundsPerMonth: SourcedAmount;
  /** Westbalkan approvals per calendar year (§26 Abs. 2 Satz 3 BeschV). */
  westbalkanAnnualQuota: SourcedNumber;
  /** Published figures; validation fails if a derived threshold differs from one of them. */
  publishedThresholdsCents?: Partial<Record<SalaryThresholdId, number>>;
  /** Where the published thresholds come from (e.g. the BMI's notice in the Bundesanzeiger). */
  publishedThresholdsSource?: string;
};

/** The 12 criteria of §20b Abs. 1 Satz 1 AufenthG. */
export type ChancenkarteCriterionId =
  | 'partial_recognition'
  | 'german_b2'
  | 'german_b1'
  | 'german_a2'
  | 'english_c1'
  | 'experience_5_of_7_years'
  | 'experience_2_of_5_years'
  | 'shortage_occupation_group'
  | 'age_band_high'
  | 'age_band_low'
  | 'lawful_stay_6_months'
  | 'spouse_applies_jointly';

export type ChancenkarteCriterion = { number: number; points: number; legalRef: string; label: LocalizedText };

/** A requirement of "N years of experience within the last M years". */
export type ExperienceRequirement = { years: number; withinYears: number; legalRef: string };

/**
 * A legal framework: which titles are in force and the statutory (not yearly) rules,
 * valid from `validFrom` to `validUntil` inclusive (open-ended when absent).
 */
export type RuleSet = {
  id: string;
  validFrom: string;
  validUntil?: string;
  description: LocalizedText;
  source: string;
  titleIds: readonly string[];
  salaryPercentages: Record<SalaryThresholdId, StatutoryPercentage>;
  shortageIscoGroups: StatutoryList;
  ictIscoGroups: StatutoryList;
  westbalkanCountries: StatutoryList;
  minimumTrainingYears: StatutoryNumber;
  age45: StatutoryNumber;
  blueCardMinimumContractMonths: StatutoryNumber;
  newEntrantMaximumDegreeAgeYears: StatutoryNumber;
  itSpecialistExperience: ExperienceRequirement;
  experienceBasedEmployment: ExperienceRequirement;
  chancenkarte: {
    minimumPoints: StatutoryNumber;
    criteria: Record<ChancenkarteCriterionId, ChancenkarteCriterion>;
    /** Age bands in completed years, inclusive upper bounds (law.md §13.3: configurable). */
    ageBandHighMaxAge: StatutoryNumber;
    ageBandLowMaxAge: StatutoryNumber;
    experienceLong: ExperienceRequirement;
    experienceShort: ExperienceRequirement;
    lawfulStayMonths: StatutoryNumber;
    /** Paragraph numbers of Sections 3 and 4 (§§16–21): titles that allow an application in Germany. */
    inlandTitleParagraphs: StatutoryList;
    /** Search Chancenkarte title ids (§20a Abs. 5 Satz 1): no further search card while held (Satz 7). */
    searchCardTitleIds: StatutoryList;
    /** The follow-up Chancenkarte (§20a Abs. 5 Satz 2); no further extension as a Chancenkarte (Satz 6). */
    followUpTitleIds: StatutoryList;
    /** Paragraph numbers of Section 4 (§§18–21): a follow-up card only without another such title (§20a Abs. 5 Satz 3). */
    sectionFourTitleParagraphs: StatutoryList;
  };
  /** Titles during which a study in Germany is completed (§20 Abs. 1 Nr. 1). */
  postStudyPreviousTitleIds: StatutoryList;
  /** Titles during which research in Germany is completed (§20 Abs. 1 Nr. 2). */
  postResearchPreviousTitleIds: StatutoryList;
  /** Titles during which qualified vocational training in Germany is completed (§20 Abs. 1 Nr. 3). */
  postTrainingPreviousTitleIds: StatutoryList;
  /** Titles during which equivalence or a professional licence is obtained (§20 Abs. 1 Nr. 4). */
  postRecognitionPreviousTitleIds: StatutoryList;
  family: {
    minimumSpouseAge: StatutoryNumber;
    minorUntilAge: StatutoryNumber;
    childLanguageFromAge: StatutoryNumber;
    /** §36 Abs. 3: the sponsor's first privileged title must be issued on or after this date. */
    parentsFirstIssuedFrom: { date: string; legalRef: string };
    /** Titles of §29 Abs. 5, §30 Abs. 1 Satz 3 Nr. 5, §32 Abs. 2 Satz 2 Nr. 2, §36 Abs. 3. */
    privilegedSponsorTitleIds: StatutoryList;
    blueCardTitleIds: StatutoryList;
    researcherTitleIds: StatutoryList;
    settlementTitleIds: StatutoryList;
    chancenkarteTitleIds: StatutoryList;
    /**
     * Settlement permits granted directly after a Blue Card or a §18a/§18b/§18d title: spouse's German
     * (§30 Abs. 1 Satz 3 Nr. 7) and a child's language requirement (§32 Abs. 2 Satz 2 Nr. 3) are waived.
     */
    settledSkilledWorkerTitleIds: StatutoryList;
    /** Titles under which §9 (settlement) is excluded by statute, so §30 Abs. 1 Satz 1 Nr. 3 Buchst. d cannot apply. */
    noSettlementTitleIds: StatutoryList;
    sponsorHeldYears: StatutoryNumber;
  };
};

/** A template for an explanation; functions receive the condition's compared values. */
export type Template<V> = LocalizedText | ((values: V) => LocalizedText);

/** What a condition check decides: status, which text explains it, and the compared values. */
export type Verdict<K extends string, V> = { status: ConditionStatus; text: K; values: V };

/** A condition as written in the rule files (typed texts and values). */
export type ConditionSpec<Ctx, K extends string, V> = {
  id: string;
  legalRef: string;
  /** The question the condition asks, for lists of missing answers. */
  question: LocalizedText;
  texts: Record<K, Template<V>>;
  /** What would help when the text applies and the condition is not met or unknown. */
  hints?: Partial<Record<K, Template<V>>>;
  check: (ctx: Ctx) => Verdict<K, V>;
};

/** A condition outcome before it is placed under a title (which may cite a more specific ref). */
export type EvaluatedCondition = {
  status: ConditionStatus;
  explanation: LocalizedText;
  values: Record<string, unknown>;
  hint?: LocalizedText;
};

/** A condition with its texts bound: what the engine stores and runs. */
export type ConditionRule<Ctx> = {
  readonly id: string;
  readonly legalRef: string;
  readonly question: LocalizedText;
  /** Static texts, for validation (templates are checked when they run in tests). */
  readonly staticTexts: readonly LocalizedText[];
  readonly evaluate: (ctx: Ctx) => EvaluatedCondition;
};

function render<V>(template: Template<V>, values: V): LocalizedText {
  return typeof template === 'function' ? template(values) : template;
}

/** Binds a typed condition spec into a runnable rule. */
export function defineCondition<Ctx, K extends string, V extends Record<string, unknown>>(
  spec: ConditionSpec<Ctx, K, V>,
): ConditionRule<Ctx> {
  const texts = spec.texts as Record<string, Template<V>>;
  const hints = (spec.hints ?? {}) as Partial<Record<string, Template<V>>>;
  const staticTexts = [...Object.values(texts), ...Object.values(hints)].filter(
    (text): text is LocalizedText => typeof text === 'object' && text !== null,
  );
  return {
    id: spec.id,
    legalRef: spec.legalRef,
    question: spec.question,
    staticTexts,
    evaluate(ctx) {
      let verdict: Verdict<K, V>;
      try {
        verdict = spec.check(ctx);
      } catch (error) {
        if (!(error instanceof MissingFigureError)) throw error;
        const rules = (ctx as { period?: { rules?: RuleSet } }).period?.rules;
        if (rules === undefined) throw error;
        return {
          status: 'unknown',
          explanation: missingFigureExplanation(error, rules),
          values: { missingFigure: error.figure, year: error.year },
        };
      }
      const template = texts[verdict.text];
      if (template === undefined) throw new Error(`Condition ${spec.id}: no text "${verdict.text}"`);
      const hintTemplate = verdict.status === 'met' ? undefined : hints[verdict.text];
      const result: EvaluatedCondition = {
        status: verdict.status,
        explanation: render(template, verdict.values),
        values: verdict.values,
      };
      if (hintTemplate !== undefined) result.hint = render(hintTemplate, verdict.values);
      return result;
    },
  };
}

/** A condition under a title; `legalRef` overrides the condition's general reference. */
export type ConditionRef = { id: string; legalRef?: string };

/** A residence title as data. */
export type TitleDefinition<Ctx> = {
  id: string;
  name: LocalizedText;
  legalRef: string;
  decision: DecisionKind;
  /** Ranking position among titles with the same outcome; lower is better (see ranking in titles-*.ts). */
  priority: number;
  conditions: readonly ConditionRef[];
  baApprovalRequired: boolean | ((ctx: Ctx) => boolean);
  /** Document ids from the document catalogue; functions add documents that depend on the profile. */
  documents: readonly string[];
  conditionalDocuments?: (ctx: Ctx) => readonly string[];
  /** Steps once the title is open. */
  nextSteps: (ctx: Ctx) => readonly LocalizedText[];
};
