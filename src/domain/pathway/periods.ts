/**
 * Compiles rule sets × yearly parameters into evaluation periods, once, when the engine is built:
 * thresholds are derived, lists become sets and matchers, dates become day numbers. Evaluations
 * then only look up the period for their date.
 */
import { civilFromDay, formatIsoDate, requireIsoDate, yearBounds, type DayNumber } from '../shared/calendar-date';
import { percentOfCents } from '../shared/money';
import { createIscoMatcher, type IscoMatcher } from './isco';
import type { RuleSet, SalaryThresholdId, YearlyParameters } from './rule-model';
import { missingYearFigures } from './year-figures';

export type SalaryThreshold = {
  id: SalaryThresholdId;
  cents: number;
  basisPoints: number;
  legalRef: string;
  pensionCeilingCents: number;
  year: number;
};

/** One rule set applied with one year's figures, valid from `from` to `until` inclusive. */
export type Period = {
  id: string;
  frameworkId: string;
  parameterYear: number;
  /** false for a year after the last entered one: its figures throw MissingFigureError (year-figures.ts). */
  figuresEntered: boolean;
  from: DayNumber;
  until: DayNumber;
  validFrom: string;
  validUntil: string;
  rules: RuleSet;
  parameters: YearlyParameters;
  thresholds: Record<SalaryThresholdId, SalaryThreshold>;
  shortageGroups: IscoMatcher;
  ictGroups: IscoMatcher;
  westbalkanCountries: ReadonlySet<string>;
  parentsFirstIssuedFrom: DayNumber;
  family: {
    privileged: ReadonlySet<string>;
    blueCard: ReadonlySet<string>;
    researcher: ReadonlySet<string>;
    settlement: ReadonlySet<string>;
    chancenkarte: ReadonlySet<string>;
    noSettlement: ReadonlySet<string>;
  };
  inlandTitleParagraphs: ReadonlySet<string>;
  postStudyPreviousTitles: ReadonlySet<string>;
};

const THRESHOLD_IDS: readonly SalaryThresholdId[] = ['blueCardStandard', 'blueCardReduced', 'firstTitleAge45', 'experienceBased'];

/** Derives the salary thresholds of one year from the pension-insurance ceiling. */
export function deriveThresholds(rules: RuleSet, parameters: YearlyParameters): Record<SalaryThresholdId, SalaryThreshold> {
  const result = {} as Record<SalaryThresholdId, SalaryThreshold>;
  for (const id of THRESHOLD_IDS) {
    const percentage = rules.salaryPercentages[id];
    result[id] = {
      id,
      cents: percentOfCents(parameters.pensionCeiling.cents, percentage.basisPoints),
      basisPoints: percentage.basisPoints,
      legalRef: percentage.legalRef,
      pensionCeilingCents: parameters.pensionCeiling.cents,
      year: parameters.year,
    };
  }
  return result;
}

function compilePeriod(
  rules: RuleSet,
  parameters: YearlyParameters,
  from: DayNumber,
  until: DayNumber,
  thresholds: Record<SalaryThresholdId, SalaryThreshold> = deriveThresholds(rules, parameters),
  figuresEntered = true,
): Period {
  const family = rules.family;
  return {
    id: `${rules.id}/${parameters.year}`,
    frameworkId: rules.id,
    parameterYear: parameters.year,
    figuresEntered,
    from,
    until,
    validFrom: formatIsoDate(from),
    validUntil: formatIsoDate(until),
    rules,
    parameters,
    thresholds,
    shortageGroups: createIscoMatcher(rules.shortageIscoGroups.codes, rules.shortageIscoGroups.legalRef),
    ictGroups: createIscoMatcher(rules.ictIscoGroups.codes, rules.ictIscoGroups.legalRef),
    westbalkanCountries: new Set(rules.westbalkanCountries.codes),
    parentsFirstIssuedFrom: requireIsoDate(family.parentsFirstIssuedFrom.date),
    family: {
      privileged: new Set(family.privilegedSponsorTitleIds.codes),
      blueCard: new Set(family.blueCardTitleIds.codes),
      researcher: new Set(family.researcherTitleIds.codes),
      settlement: new Set(family.settlementTitleIds.codes),
      chancenkarte: new Set(family.chancenkarteTitleIds.codes),
      noSettlement: new Set(family.noSettlementTitleIds.codes),
    },
    inlandTitleParagraphs: new Set(rules.chancenkarte.inlandTitleParagraphs.codes),
    postStudyPreviousTitles: new Set(rules.postStudyPreviousTitleIds.codes),
  };
}

/**
 * Every (rule set, year) intersection, oldest first. Rule sets and years are assumed validated:
 * sorted, contiguous, non-overlapping (rule-validation.ts).
 */
export function compilePeriods(ruleSets: readonly RuleSet[], years: readonly YearlyParameters[]): Period[] {
  const periods: Period[] = [];
  for (const rules of ruleSets) {
    const ruleFrom = requireIsoDate(rules.validFrom);
    const ruleUntil = rules.validUntil === undefined ? Number.POSITIVE_INFINITY : requireIsoDate(rules.validUntil);
    for (const parameters of years) {
      const bounds = yearBounds(parameters.year);
      const from = Math.max(ruleFrom, bounds.first);
      const until = Math.min(ruleUntil, bounds.last);
      if (from <= until) periods.push(compilePeriod(rules, parameters, from, until));
    }
  }
  return periods.sort((a, b) => a.from - b.from);
}

/** The period containing a day, or undefined when the day is not covered. */
export function findPeriod(periods: readonly Period[], day: DayNumber): Period | undefined {
  for (const period of periods) {
    if (day >= period.from && day <= period.until) return period;
  }
  return undefined;
}

/**
 * The period of a day in a calendar year without entered figures, when a rule set covers that day
 * and the day lies after every entered year: the law is evaluated, every yearly figure is missing.
 */
export function missingYearPeriod(ruleSets: readonly RuleSet[], lastEnteredYear: number | undefined, day: DayNumber): Period | undefined {
  const year = civilFromDay(day).year;
  if (lastEnteredYear !== undefined && year <= lastEnteredYear) return undefined;
  for (const rules of ruleSets) {
    const ruleFrom = requireIsoDate(rules.validFrom);
    const ruleUntil = rules.validUntil === undefined ? Number.POSITIVE_INFINITY : requireIsoDate(rules.validUntil);
    if (day < ruleFrom || day > ruleUntil) continue;
    const bounds = yearBounds(year);
    const stand = missingYearFigures(year);
    return compilePeriod(rules, stand.parameters, Math.max(ruleFrom, bounds.first), Math.min(ruleUntil, bounds.last), stand.thresholds, false);
  }
  return undefined;
}
