/**
 * The Wegweiser engine: validates and compiles rule data once, then evaluates profiles and family
 * requests purely and deterministically. `today` is always passed in; nothing here reads a clock.
 */
import { civilFromDay, formatIsoDate, requireIsoDate } from '../shared/calendar-date';
import { profileConditions, profileTitles } from './catalogue';
import { chancenkartePointsOf } from './chancenkarte-points';
import { documentCatalogue, isDocumentId } from './documents';
import { evaluateTitle, type CompiledTitle } from './evaluate-title';
import { FamilyContext } from './family-context';
import { familyConditions, familyTitles, type FamilyTitleDefinition } from './family-titles';
import { compilePeriods, findPeriod, missingYearPeriod, type Period } from './periods';
import { ProfileContext } from './profile-context';
import type { FamilyRequest, Profile } from './profile-schema';
import type { ConditionRule, RuleSet, TitleDefinition, YearlyParameters } from './rule-model';
import { ruleSets as defaultRuleSets } from './rule-sets';
import { validateRuleData } from './rule-validation';
import type { DateOutOfRangeError, Evaluation, EvaluationNotice, FamilyEvaluation, PathwayResult, TitleOutcome } from './types';
import { missingYearNotice } from './year-figures';
import { yearlyParameters as defaultYearlyParameters } from './yearly-parameters';

/** Options of an evaluation: the current date, used when the input names no evaluation date. */
export type EvaluationOptions = { today: string };

export type EngineData = {
  ruleSets: readonly RuleSet[];
  yearlyParameters: readonly YearlyParameters[];
};

/** A rule set with the date range the engine can evaluate under it (bounded by the yearly figures). */
export type RuleSetSummary = {
  id: string;
  validFrom: string;
  validUntil?: string;
  description: RuleSet['description'];
  source: string;
  coveredFrom: string;
  coveredUntil: string;
  parameterYears: number[];
};

export type PathwayEngine = {
  readonly ruleSets: readonly RuleSetSummary[];
  /** The first day any rule set covers; earlier dates are refused (422). */
  readonly coveredFrom: string;
  /** The last day with entered yearly figures. Later dates are evaluated with those figures unknown. */
  readonly coveredUntil: string;
  /** The calendar years with entered figures, ascending. */
  readonly figureYears: readonly number[];
  /** The last day any rule set covers, or undefined when the newest rule set is open-ended. */
  readonly lawUntil: string | undefined;
  /**
   * Evaluates a profile validated with `profileSchema`. Returns `{ ok: false, error: { code:
   * 'DATE_OUT_OF_RANGE', coveredFrom, coveredUntil } }` when no rule set covers the date (HTTP 422).
   * Throws RangeError only for a malformed date, which schema validation rules out.
   */
  evaluateProfile(profile: Profile, options: EvaluationOptions): PathwayResult<Evaluation>;
  /** Evaluates a family request validated with `familyRequestSchema`; same error contract. */
  evaluateFamily(request: FamilyRequest, options: EvaluationOptions): PathwayResult<FamilyEvaluation>;
};

const OUTCOME_ORDER: Record<TitleOutcome, number> = { eligible: 0, needs_info: 1, not_eligible: 2 };

function compileTitles(ruleSet: RuleSet, titles: readonly TitleDefinition<ProfileContext>[], rules: Map<string, ConditionRule<ProfileContext>>): CompiledTitle[] {
  const inForce = new Set(ruleSet.titleIds);
  return titles
    .filter((title) => inForce.has(title.id))
    .sort((a, b) => a.priority - b.priority)
    .map((title) => ({
      definition: title,
      conditions: title.conditions.map((ref) => {
        const rule = rules.get(ref.id) as ConditionRule<ProfileContext>;
        return { rule, legalRef: ref.legalRef ?? rule.legalRef };
      }),
      staticDocuments: title.documents.map((id) => ({ id, name: documentCatalogue[id as keyof typeof documentCatalogue] })),
    }));
}

/** Builds an engine; throws RuleDataError if the data is inconsistent. */
export function createPathwayEngine(data: EngineData = { ruleSets: defaultRuleSets, yearlyParameters: defaultYearlyParameters }): PathwayEngine {
  validateRuleData({
    ruleSets: data.ruleSets,
    yearlyParameters: data.yearlyParameters,
    conditions: profileConditions,
    titles: profileTitles,
    familyConditions,
    familyTitles,
    isDocumentId,
  });
  const periods = compilePeriods(data.ruleSets, data.yearlyParameters);
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) throw new Error('Pathway rule data covers no date: rule sets and yearly parameters do not overlap');
  const coveredFrom = first.validFrom;
  const coveredUntil = last.validUntil;
  const figureYears = data.yearlyParameters.map((entry) => entry.year);
  const lastEnteredYear = figureYears[figureYears.length - 1];
  const newestRuleSet = data.ruleSets[data.ruleSets.length - 1];
  const lawUntil = newestRuleSet?.validUntil;
  // Periods of years without figures are built on demand and kept (a handful of years at most).
  const missingYearPeriods = new Map<number, Period>();
  function periodOf(day: number): Period | undefined {
    const period = findPeriod(periods, day);
    if (period) return period;
    const year = civilFromDay(day).year;
    let missing = missingYearPeriods.get(year);
    if (missing === undefined || day < missing.from || day > missing.until) {
      if (missingYearPeriods.size > 64) missingYearPeriods.clear();
      missing = missingYearPeriod(data.ruleSets, lastEnteredYear, day);
      if (missing) missingYearPeriods.set(year, missing);
    }
    return missing;
  }

  const conditionRules = new Map(profileConditions.map((rule) => [rule.id, rule]));
  const familyRules = new Map(familyConditions.map((rule) => [rule.id, rule]));
  // Which titles are in force depends on the legal framework only, not on the year's figures.
  const titlesByFramework = new Map(data.ruleSets.map((ruleSet) => [ruleSet.id, compileTitles(ruleSet, profileTitles, conditionRules)]));
  const familyTitleByRole = new Map<string, FamilyTitleDefinition>(familyTitles.map((title) => [title.role, title]));

  const summaries: RuleSetSummary[] = data.ruleSets.map((ruleSet) => {
    const own = periods.filter((period) => period.frameworkId === ruleSet.id);
    return {
      id: ruleSet.id,
      validFrom: ruleSet.validFrom,
      ...(ruleSet.validUntil === undefined ? {} : { validUntil: ruleSet.validUntil }),
      description: ruleSet.description,
      source: ruleSet.source,
      coveredFrom: own[0]?.validFrom ?? ruleSet.validFrom,
      coveredUntil: own[own.length - 1]?.validUntil ?? ruleSet.validFrom,
      parameterYears: own.map((period) => period.parameterYear),
    };
  });

  function resolveDate(evaluationDate: string | undefined, options: EvaluationOptions) {
    const date = evaluationDate ?? options.today;
    const day = requireIsoDate(date);
    const period = periodOf(day);
    if (period) return { ok: true as const, date: formatIsoDate(day), day, period };
    const error: DateOutOfRangeError = {
      code: 'DATE_OUT_OF_RANGE',
      evaluationDate: date,
      coveredFrom,
      coveredUntil,
      message:
        lawUntil === undefined
          ? `No rule set covers ${date}; the Wegweiser covers the law from ${coveredFrom}.`
          : `No rule set covers ${date}; the Wegweiser covers ${coveredFrom} to ${lawUntil}.`,
    };
    return { ok: false as const, error };
  }

  const ruleSetInfo = (period: Period) => ({
    id: period.id,
    validFrom: period.validFrom,
    validUntil: period.validUntil,
    frameworkId: period.frameworkId,
    parameterYear: period.parameterYear,
    figuresEntered: period.figuresEntered,
  });

  const noticesOf = (period: Period): EvaluationNotice[] =>
    period.figuresEntered
      ? []
      : [{ code: 'YEAR_FIGURES_MISSING', year: period.parameterYear, text: missingYearNotice(period.parameterYear, lastEnteredYear) }];

  return {
    ruleSets: summaries,
    coveredFrom,
    coveredUntil,
    figureYears,
    lawUntil,
    evaluateProfile(profile, options) {
      const resolved = resolveDate(profile.evaluationDate, options);
      if (!resolved.ok) return resolved;
      const ctx = new ProfileContext(profile, resolved.period, resolved.day, resolved.date);
      ctx.titles = titlesByFramework.get(resolved.period.frameworkId) ?? [];
      const chancenkarte = chancenkartePointsOf(ctx);
      const titles = ctx.titles.map((title) => evaluateTitle(title, ctx));
      // Stable sort: eligible, then needs_info, then not_eligible; within each, the data's priority order.
      titles.sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
      const eligibleTitleIds: string[] = [];
      titles.forEach((title, index) => {
        title.rank = index + 1;
        if (title.outcome === 'eligible') eligibleTitleIds.push(title.id);
      });
      const value: Evaluation = {
        evaluationDate: resolved.date,
        ruleSet: ruleSetInfo(resolved.period),
        notices: noticesOf(resolved.period),
        eligibleTitleIds,
        titles,
        chancenkarte,
      };
      return { ok: true, value };
    },
    evaluateFamily(request, options) {
      const resolved = resolveDate(request.evaluationDate, options);
      if (!resolved.ok) return resolved;
      const members = request.members.map((member) => {
        const title = familyTitleByRole.get(member.role) as FamilyTitleDefinition;
        const ctx = new FamilyContext(request, member, resolved.period, resolved.day);
        const conditions = title.conditions.map((ref) => {
          const rule = familyRules.get(ref.id) as ConditionRule<FamilyContext>;
          const result = rule.evaluate(ctx);
          return { id: rule.id, legalRef: ref.legalRef ?? rule.legalRef, status: result.status, explanation: result.explanation, values: result.values };
        });
        const outcome: TitleOutcome = conditions.some((c) => c.status === 'not_met')
          ? 'not_eligible'
          : conditions.some((c) => c.status === 'unknown')
            ? 'needs_info'
            : 'eligible';
        return { role: member.role, titleId: title.id, outcome, discretionary: title.discretionary, conditions, name: title.name, legalRef: title.legalRef };
      });
      return { ok: true, value: { members, evaluationDate: resolved.date, ruleSet: ruleSetInfo(resolved.period), notices: noticesOf(resolved.period) } };
    },
  };
}
