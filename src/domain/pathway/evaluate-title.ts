/** Evaluates one residence title for one profile context. */
import { documentCatalogue } from './documents';
import type { ProfileContext } from './profile-context';
import type { ConditionRule, EvaluatedCondition, TitleDefinition } from './rule-model';
import type { ConditionResult, LocalizedText, TitleEvaluation, TitleOutcome } from './types';
import { MissingFigureError } from './year-figures';

/** A title with its condition rules resolved and static documents built, per period. */
export type CompiledTitle = {
  definition: TitleDefinition<ProfileContext>;
  conditions: readonly { rule: ConditionRule<ProfileContext>; legalRef: string }[];
  staticDocuments: readonly { id: string; name: LocalizedText }[];
};

/** Conditions are shared by many titles; each is evaluated once per profile. */
function evaluateOnce(rule: ConditionRule<ProfileContext>, ctx: ProfileContext): EvaluatedCondition {
  let result = ctx.conditionCache.get(rule.id);
  if (result === undefined) {
    result = rule.evaluate(ctx);
    ctx.conditionCache.set(rule.id, result);
  }
  return result;
}

function documentsOf(title: CompiledTitle, ctx: ProfileContext): { id: string; name: LocalizedText }[] {
  const documents = [...title.staticDocuments];
  const extra = title.definition.conditionalDocuments?.(ctx) ?? [];
  for (const id of extra) {
    if (documents.some((document) => document.id === id)) continue;
    const name = documentCatalogue[id as keyof typeof documentCatalogue] as LocalizedText | undefined;
    if (name === undefined) throw new Error(`Title ${title.definition.id}: unknown document ${id}`);
    documents.push({ id, name });
  }
  return documents;
}

/** The procedure of an open title; a step quoting a figure the year lacks is left out. */
function eligibleSteps(definition: TitleDefinition<ProfileContext>, ctx: ProfileContext): LocalizedText[] {
  try {
    return [...definition.nextSteps(ctx)];
  } catch (error) {
    if (error instanceof MissingFigureError) return [];
    throw error;
  }
}

/** The outcome of a title from its conditions alone (for conditions that depend on other titles). */
export function titleOutcome(title: CompiledTitle, ctx: ProfileContext): TitleOutcome {
  let outcome: TitleOutcome = 'eligible';
  for (const { rule } of title.conditions) {
    const status = evaluateOnce(rule, ctx).status;
    if (status === 'not_met') return 'not_eligible';
    if (status === 'unknown') outcome = 'needs_info';
  }
  return outcome;
}

export function evaluateTitle(title: CompiledTitle, ctx: ProfileContext): TitleEvaluation {
  const conditions: ConditionResult[] = [];
  const hints: { status: string; hint: LocalizedText }[] = [];
  let hasNotMet = false;
  let hasUnknown = false;
  for (const { rule, legalRef } of title.conditions) {
    const result = evaluateOnce(rule, ctx);
    conditions.push({ id: rule.id, legalRef, status: result.status, explanation: result.explanation, values: result.values });
    if (result.status === 'not_met') hasNotMet = true;
    else if (result.status === 'unknown') hasUnknown = true;
    if (result.hint) hints.push({ status: result.status, hint: result.hint });
  }
  const outcome: TitleOutcome = hasNotMet ? 'not_eligible' : hasUnknown ? 'needs_info' : 'eligible';
  const definition = title.definition;
  // Open titles get the procedure; closed ones what is missing; incomplete ones the open questions.
  let nextSteps: LocalizedText[];
  if (outcome === 'eligible') nextSteps = eligibleSteps(definition, ctx);
  else {
    const wanted = outcome === 'not_eligible' ? 'not_met' : 'unknown';
    nextSteps = [];
    for (const { status, hint } of hints) {
      if (status === wanted && !nextSteps.some((step) => step.en === hint.en)) nextSteps.push(hint);
    }
  }
  const baApprovalRequired =
    typeof definition.baApprovalRequired === 'function' ? definition.baApprovalRequired(ctx) : definition.baApprovalRequired;
  return {
    id: definition.id,
    name: definition.name,
    legalRef: definition.legalRef,
    outcome,
    baApprovalRequired,
    conditions,
    documents: documentsOf(title, ctx),
    nextSteps,
    decision: definition.decision,
    rank: 0,
  };
}
