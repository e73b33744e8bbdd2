/**
 * The Wegweiser engine: validates and compiles rule data once, then evaluates profiles and family
 * requests purely and deterministically. `today` is always passed in; nothing here reads a clock.
 */
import { formatIsoDate, requireIsoDate } from '../shared/calendar-date';
import { profileConditions, profileTitles } from './catalogue';
import { chancenkartePointsOf } from './chancenkarte-points';
import { documentCatalogue, isDocumentId } from './documents';
import { evaluateTitle, type CompiledTitle } from './evaluate-title';
import { FamilyContext } from './family-context';
import { familyConditions, familyTitles, type FamilyTitleDefinition } from './family-titles';
import { compilePeriods, findPeriod, type Period } from './periods';
import { ProfileContext } from './profile-context';
import type { FamilyRequest, Profile } from './profile-schema';
import type { ConditionRule, RuleSet, TitleDefinition, YearlyParameters } from './rule-model';
import { ruleSets as defaultRuleSets } from './rule-sets';
import { validateRuleData } from './rule-validation';
import type { DateOutOfRangeError, Evaluation, FamilyEvaluation, PathwayResult, TitleOutcome } from './types';
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
  readonly coveredFrom: string;
  readonly coveredUntil: string;
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

function compileTitles(period: Period, titles: readonly TitleDefinition<ProfileContext>[], rules: Map<string, ConditionRule<ProfileContext>>): CompiledTitle[] {
  const inForce = new Set(period.rules.titleIds);
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

  const conditionRules = new Map(profileConditions.map((rule) => [rule.id, rule]));
  const familyRules = new Map(familyConditions.map((rule) => [rule.id, rule]));
  const titlesByPeriod = new Map(periods.map((period) => [period.id, compileTitles(period, profileTitles, conditionRules)]));
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
    const period = findPeriod(periods, day);
    if (period) return { ok: true as const, date: formatIsoDate(day), day, period };
    const error: DateOutOfRangeError = {
      code: 'DATE_OUT_OF_RANGE',
      evaluationDate: date,
      coveredFrom,
      coveredUntil,
      message: `No rule set covers ${date}; the Wegweiser covers ${coveredFrom} to ${coveredUntil}.`,
    };
    return { ok: false as const, error };
  }

  const ruleSetInfo = (period: Period) => ({
    id: period.id,
    validFrom: period.validFrom,
    validUntil: period.validUntil,
    frameworkId: period.frameworkId,
    parameterYear: period.parameterYear,
  });

  return {
    ruleSets: summaries,
    coveredFrom,
    coveredUntil,
    evaluateProfile(profile, options) {
      const resolved = resolveDate(profile.evaluationDate, options);
      if (!resolved.ok) return resolved;
      const ctx = new ProfileContext(profile, resolved.period, resolved.day, resolved.date);
      ctx.titles = titlesByPeriod.get(resolved.period.id) ?? [];
      const chancenkarte = chancenkartePointsOf(ctx);
      const titles = ctx.titles.map((title) => evaluateTitle(title, ctx));
      // Stable sort: eligible, then needs_info, then not_eligible; within each, the data's priority order.
      titles.sort((a, b) => OUTCOME_ORDER[a.outcome] - OUTCOME_ORDER[b.outcome]);
      const eligibleTitleIds: string[] = [];
      titles.forEach((title, index) => {
        title.rank = index + 1;
        if (title.outcome === 'eligible') eligibleTitleIds.push(title.id);
      });
      return { ok: true, value: { evaluationDate: resolved.date, ruleSet: ruleSetInfo(resolved.period), eligibleTitleIds, titles, chancenkarte } };
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
      return { ok: true, value: { members, evaluationDate: resolved.date, ruleSet: ruleSetInfo(resolved.period) } };
    },
  };
}
