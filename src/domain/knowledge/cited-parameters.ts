/**
 * Yearly figures that articles cite (salary thresholds, funds, quotas) and the "needs review"
 * check: a version records the values it cites as of its validity; when the rule data give a
 * different value for today (say a 2027 entry was added), the article needs a review.
 */
import { compilePeriods, findPeriod } from '../pathway/periods';
import type { RuleSet, YearlyParameters } from '../pathway/rule-model';
import { ruleSets as defaultRuleSets } from '../pathway/rule-sets';
import { yearlyParameters as defaultYearlyParameters } from '../pathway/yearly-parameters';
import { requireIsoDate } from '../shared/calendar-date';

/** Keys of yearly-parameters.ts (and the thresholds derived from the pension ceiling). */
export const parameterKeys = [
  'pensionCeiling',
  'chancenkarteFundsPerMonth',
  'qualificationMeasureFundsPerMonth',
  'westbalkanAnnualQuota',
  'blueCardStandard',
  'blueCardReduced',
  'firstTitleAge45',
  'experienceBased',
] as const;

export type ParameterKey = (typeof parameterKeys)[number];

export function isParameterKey(value: string): value is ParameterKey {
  return (parameterKeys as readonly string[]).includes(value);
}

/** A cited value: amounts in cents, counts as plain numbers; `asOf` is the date it was read for. */
export type CitedParameter = { key: ParameterKey; value: number | null; unit: 'cents' | 'count'; asOf: string };

/** The rule data the check reads; the built-in data by default, other data in tests. */
export type ParameterData = { ruleSets: readonly RuleSet[]; yearlyParameters: readonly YearlyParameters[] };

export const builtInParameterData: ParameterData = { ruleSets: defaultRuleSets, yearlyParameters: defaultYearlyParameters };

// Compiling periods derives every threshold; do it once per data object.
const compiledPeriods = new WeakMap<ParameterData, ReturnType<typeof compilePeriods>>();
function periodsOf(data: ParameterData): ReturnType<typeof compilePeriods> {
  let periods = compiledPeriods.get(data);
  if (!periods) {
    periods = compilePeriods(data.ruleSets, data.yearlyParameters);
    compiledPeriods.set(data, periods);
  }
  return periods;
}

/** The value of one key on a date, or null when the rule data do not cover that date. */
export function parameterValueOn(key: ParameterKey, isoDate: string, data: ParameterData = builtInParameterData): CitedParameter {
  const unit = key === 'westbalkanAnnualQuota' ? 'count' : 'cents';
  const period = findPeriod(periodsOf(data), requireIsoDate(isoDate));
  if (!period) return { key, value: null, unit, asOf: isoDate };
  const parameters = period.parameters;
  const value =
    key === 'pensionCeiling'
      ? parameters.pensionCeiling.cents
      : key === 'chancenkarteFundsPerMonth'
        ? parameters.chancenkarteFundsPerMonth.cents
        : key === 'qualificationMeasureFundsPerMonth'
          ? parameters.qualificationMeasureFundsPerMonth.cents
          : key === 'westbalkanAnnualQuota'
            ? parameters.westbalkanAnnualQuota.value
            : period.thresholds[key].cents;
  return { key, value, unit, asOf: isoDate };
}

/**
 * The date a version's citations are read for: today while the version is valid, else the
 * nearest end of its validity (a version about next year's rules cites next year's figures).
 */
export function citationDate(today: string, validFrom: string, validUntil: string | null): string {
  if (today < validFrom) return validFrom;
  if (validUntil !== null && today > validUntil) return validUntil;
  return today;
}

/** Records the values a version cites, as of its validity. */
export function citeParameters(
  keys: readonly ParameterKey[],
  validity: { today: string; validFrom: string; validUntil: string | null },
  data: ParameterData = builtInParameterData,
): CitedParameter[] {
  const asOf = citationDate(validity.today, validity.validFrom, validity.validUntil);
  return [...new Set(keys)].map((key) => parameterValueOn(key, asOf, data));
}

export type ReviewReason =
  | { code: 'parameter_changed'; key: ParameterKey; cited: number | null; current: number; unit: 'cents' | 'count' }
  | { code: 'expired'; validUntil: string };

/**
 * Why a version needs review today: an expired validity, or a cited figure that the rule data
 * now give differently. A date the data do not cover yet is no reason by itself (nothing to
 * compare with) — the Wegweiser's own coverage check speaks for that.
 */
export function reviewReasons(
  version: { citedParameters: readonly CitedParameter[]; validUntil: string | null },
  today: string,
  data: ParameterData = builtInParameterData,
): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (version.validUntil !== null && version.validUntil < today) reasons.push({ code: 'expired', validUntil: version.validUntil });
  for (const cited of version.citedParameters) {
    const current = parameterValueOn(cited.key, today, data);
    if (current.value !== null && current.value !== cited.value) {
      reasons.push({ code: 'parameter_changed', key: cited.key, cited: cited.value, current: current.value, unit: cited.unit });
    }
  }
  return reasons;
}
