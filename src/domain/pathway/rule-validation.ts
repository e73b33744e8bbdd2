/**
 * Validation of rule data, run once when an engine is built. Throws `RuleDataError` listing every
 * problem: overlapping or gapped date ranges, missing legal references or sources, unknown ids,
 * empty texts, and derived thresholds that differ from published figures.
 */
import { parseIsoDate } from '../shared/calendar-date';
import { deriveThresholds } from './periods';
import type { ConditionRule, RuleSet, SalaryThresholdId, TitleDefinition, YearlyParameters } from './rule-model';
import type { LocalizedText } from './types';

/** Rule data is inconsistent; a programming or data-entry error, never an expected outcome. */
export class RuleDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid pathway rule data:\n- ${problems.join('\n- ')}`);
    this.name = 'RuleDataError';
  }
}

export type RuleData<ProfileCtx, FamilyCtx> = {
  ruleSets: readonly RuleSet[];
  yearlyParameters: readonly YearlyParameters[];
  conditions: readonly ConditionRule<ProfileCtx>[];
  titles: readonly TitleDefinition<ProfileCtx>[];
  familyConditions: readonly ConditionRule<FamilyCtx>[];
  familyTitles: readonly { id: string; name: LocalizedText; legalRef: string; conditions: readonly { id: string }[] }[];
  isDocumentId: (id: string) => boolean;
};

const LEAF_KEYS = ['value', 'codes', 'basisPoints', 'cents', 'date', 'points'];

const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';
const isBlankText = (value: LocalizedText | undefined): boolean => value === undefined || isBlank(value.de) || isBlank(value.en);

/** Every object holding a legal number, list or amount must name its legal reference. */
function checkRefs(node: unknown, path: string, problems: string[]): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const record = node as Record<string, unknown>;
  if (LEAF_KEYS.some((key) => key in record) && isBlank(record.legalRef)) problems.push(`${path}: missing legalRef`);
  if ('source' in record && isBlank(record.source)) problems.push(`${path}: empty source`);
  for (const [key, child] of Object.entries(record)) checkRefs(child, `${path}.${key}`, problems);
}

function checkRuleSetDates(ruleSets: readonly RuleSet[], problems: string[]): void {
  if (ruleSets.length === 0) problems.push('no rule sets');
  let previousUntil: number | undefined;
  let previousId = '';
  ruleSets.forEach((ruleSet, index) => {
    const from = parseIsoDate(ruleSet.validFrom);
    const until = ruleSet.validUntil === undefined ? undefined : parseIsoDate(ruleSet.validUntil);
    if (from === undefined) problems.push(`rule set ${ruleSet.id}: invalid validFrom ${ruleSet.validFrom}`);
    if (ruleSet.validUntil !== undefined && until === undefined) problems.push(`rule set ${ruleSet.id}: invalid validUntil ${ruleSet.validUntil}`);
    if (from !== undefined && until !== undefined && until < from) problems.push(`rule set ${ruleSet.id}: validUntil before validFrom`);
    if (index > 0 && from !== undefined) {
      if (previousUntil === undefined) problems.push(`rule set ${previousId} is open-ended but ${ruleSet.id} follows it (overlap)`);
      else if (from <= previousUntil) problems.push(`rule sets ${previousId} and ${ruleSet.id} overlap`);
      else if (from > previousUntil + 1) problems.push(`gap between rule sets ${previousId} and ${ruleSet.id}`);
    }
    previousUntil = until;
    previousId = ruleSet.id;
  });
}

function checkYears(ruleSets: readonly RuleSet[], years: readonly YearlyParameters[], problems: string[]): void {
  if (years.length === 0) problems.push('no yearly parameters');
  years.forEach((entry, index) => {
    const previous = years[index - 1];
    if (!Number.isInteger(entry.year)) problems.push(`parameters: year ${entry.year} is not an integer`);
    if (previous && entry.year !== previous.year + 1) problems.push(`parameters: year ${entry.year} does not follow ${previous.year}`);
    for (const [name, amount] of Object.entries({
      pensionCeiling: entry.pensionCeiling,
      chancenkarteFundsPerMonth: entry.chancenkarteFundsPerMonth,
      qualificationMeasureFundsPerMonth: entry.qualificationMeasureFundsPerMonth,
      studyFundsPerMonth: entry.studyFundsPerMonth,
    })) {
      if (!Number.isSafeInteger(amount.cents) || amount.cents <= 0) problems.push(`parameters ${entry.year}.${name}: cents must be a positive integer`);
    }
    checkRefs(entry, `parameters ${entry.year}`, problems);
    // Rule sets with invalid percentages are reported elsewhere and cannot derive thresholds.
    for (const ruleSet of ruleSets.filter(hasValidPercentages)) {
      const derived = deriveThresholds(ruleSet, entry);
      for (const [id, cents] of Object.entries(entry.publishedThresholdsCents ?? {})) {
        const threshold = derived[id as SalaryThresholdId];
        if (threshold.cents !== cents) {
          problems.push(`parameters ${entry.year}: ${ruleSet.id} derives ${id} = ${threshold.cents} cents, published ${cents}`);
        }
      }
    }
  });
}

function hasValidPercentages(ruleSet: RuleSet): boolean {
  return Object.values(ruleSet.salaryPercentages).every(
    (percentage) => Number.isInteger(percentage.basisPoints) && percentage.basisPoints > 0 && percentage.basisPoints <= 10_000,
  );
}

function checkUnique(ids: readonly string[], what: string, problems: string[]): Set<string> {
  const seen = new Set<string>();
  for (const id of ids) {
    if (isBlank(id)) problems.push(`${what}: empty id`);
    if (seen.has(id)) problems.push(`${what}: duplicate id ${id}`);
    seen.add(id);
  }
  return seen;
}

function checkConditions(conditions: readonly ConditionRule<never>[], what: string, problems: string[]): Set<string> {
  const ids = checkUnique(conditions.map((condition) => condition.id), what, problems);
  for (const condition of conditions) {
    if (isBlank(condition.legalRef)) problems.push(`${what} ${condition.id}: missing legalRef`);
    if (isBlankText(condition.question)) problems.push(`${what} ${condition.id}: missing question text`);
    if (condition.staticTexts.some(isBlankText)) problems.push(`${what} ${condition.id}: empty explanation text`);
  }
  return ids;
}

/** Validates all rule data; throws RuleDataError with every problem found. */
export function validateRuleData<P, F>(data: RuleData<P, F>): void {
  const problems: string[] = [];
  checkRuleSetDates(data.ruleSets, problems);
  checkUnique(data.ruleSets.map((ruleSet) => ruleSet.id), 'rule sets', problems);
  checkYears(data.ruleSets, data.yearlyParameters, problems);
  const conditionIds = checkConditions(data.conditions as readonly ConditionRule<never>[], 'condition', problems);
  const familyConditionIds = checkConditions(data.familyConditions as readonly ConditionRule<never>[], 'family condition', problems);
  const titleIds = checkUnique(data.titles.map((title) => title.id), 'titles', problems);
  checkUnique(data.familyTitles.map((title) => title.id), 'family titles', problems);

  for (const ruleSet of data.ruleSets) {
    checkRefs(ruleSet, `rule set ${ruleSet.id}`, problems);
    if (isBlankText(ruleSet.description) || isBlank(ruleSet.source)) problems.push(`rule set ${ruleSet.id}: missing description or source`);
    if (!hasValidPercentages(ruleSet)) problems.push(`rule set ${ruleSet.id}: salary percentage basis points out of range`);
    for (const id of ruleSet.titleIds) if (!titleIds.has(id)) problems.push(`rule set ${ruleSet.id}: unknown title ${id}`);
  }
  for (const title of data.titles) {
    if (isBlank(title.legalRef) || isBlankText(title.name)) problems.push(`title ${title.id}: missing legalRef or name`);
    if (title.conditions.length === 0) problems.push(`title ${title.id}: no conditions`);
    for (const ref of title.conditions) if (!conditionIds.has(ref.id)) problems.push(`title ${title.id}: unknown condition ${ref.id}`);
    for (const id of title.documents) if (!data.isDocumentId(id)) problems.push(`title ${title.id}: unknown document ${id}`);
  }
  for (const title of data.familyTitles) {
    if (isBlank(title.legalRef) || isBlankText(title.name)) problems.push(`family title ${title.id}: missing legalRef or name`);
    for (const ref of title.conditions) if (!familyConditionIds.has(ref.id)) problems.push(`family title ${title.id}: unknown condition ${ref.id}`);
  }
  if (problems.length > 0) throw new RuleDataError(problems);
}
