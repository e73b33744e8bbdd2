/** Small helpers that format compared values for German and English explanations. */
import { formatIsoDate, type DayNumber } from '../shared/calendar-date';
import { centsToEuros, formatEuro } from '../shared/money';
import type { SalaryThreshold } from './periods';
import type { LocalizedText } from './types';

// Thresholds and a profile's salary are formatted many times per evaluation; a small bounded cache
// avoids redoing it (deterministic, so it cannot change any result).
const euroCache = new Map<number, readonly [string, string]>();
const EURO_CACHE_LIMIT = 4096;

function formatted(cents: number): readonly [string, string] {
  let pair = euroCache.get(cents);
  if (pair === undefined) {
    if (euroCache.size >= EURO_CACHE_LIMIT) euroCache.clear();
    pair = [formatEuro(cents, 'de'), formatEuro(cents, 'en')];
    euroCache.set(cents, pair);
  }
  return pair;
}

export const euroDe = (cents: number): string => formatted(cents)[0];
export const euroEn = (cents: number): string => formatted(cents)[1];

/** 45.3 → "45,3 %" / "45.3%". */
export function percentText(percent: number): LocalizedText {
  const value = String(percent);
  return { de: `${value.replace('.', ',')} %`, en: `${value}%` };
}

/** A static text shared by several conditions. */
export const text = (de: string, en: string): LocalizedText => ({ de, en });

/** Values reported by every salary comparison: the near-miss shortfall in cents and euros. */
export type SalaryValues = {
  salaryEur: number | null;
  salaryCents: number | null;
  thresholdEur: number;
  thresholdCents: number;
  shortfallEur: number;
  shortfallCents: number;
  percentOfPensionCeiling: number;
  pensionCeilingEur: number;
  year: number;
};

export function salaryValues(salaryCents: number | undefined, threshold: SalaryThreshold): SalaryValues {
  const shortfallCents = salaryCents === undefined ? threshold.cents : Math.max(0, threshold.cents - salaryCents);
  return {
    salaryEur: salaryCents === undefined ? null : centsToEuros(salaryCents),
    salaryCents: salaryCents ?? null,
    thresholdEur: centsToEuros(threshold.cents),
    thresholdCents: threshold.cents,
    shortfallEur: centsToEuros(shortfallCents),
    shortfallCents,
    percentOfPensionCeiling: threshold.basisPoints / 100,
    pensionCeilingEur: centsToEuros(threshold.pensionCeilingCents),
    year: threshold.year,
  };
}

const basisCache = new Map<string, LocalizedText>();

function thresholdBasis(values: SalaryValues): LocalizedText {
  const key = `${values.percentOfPensionCeiling}/${values.year}`;
  let basis = basisCache.get(key);
  if (basis === undefined) {
    const percent = percentText(values.percentOfPensionCeiling);
    basis = {
      de: `${percent.de} der Beitragsbemessungsgrenze der Rentenversicherung ${values.year}`,
      en: `${percent.en} of the ${values.year} pension-insurance contribution ceiling`,
    };
    // Keys are (statutory percentage, year) pairs: a handful, so the cache stays tiny.
    basisCache.set(key, basis);
  }
  return basis;
}

/** Explanations shared by all salary thresholds. */
export const salaryTexts = {
  met: (v: SalaryValues): LocalizedText => {
    const basis = thresholdBasis(v);
    return {
      de: `Bruttojahresgehalt ${euroDe(v.salaryCents ?? 0)} erreicht die Mindestschwelle von ${euroDe(v.thresholdCents)} (${basis.de}).`,
      en: `Gross annual salary ${euroEn(v.salaryCents ?? 0)} reaches the minimum of ${euroEn(v.thresholdCents)} (${basis.en}).`,
    };
  },
  below: (v: SalaryValues): LocalizedText => {
    const basis = thresholdBasis(v);
    return {
      de: `Bruttojahresgehalt ${euroDe(v.salaryCents ?? 0)} liegt ${euroDe(v.shortfallCents)} unter der Mindestschwelle von ${euroDe(v.thresholdCents)} (${basis.de}).`,
      en: `Gross annual salary ${euroEn(v.salaryCents ?? 0)} is ${euroEn(v.shortfallCents)} below the minimum of ${euroEn(v.thresholdCents)} (${basis.en}).`,
    };
  },
  noJob: (v: SalaryValues): LocalizedText => ({
    de: `Ohne Arbeitsplatzangebot gibt es kein Gehalt zum Vergleich; die Mindestschwelle ist ${euroDe(v.thresholdCents)}.`,
    en: `Without a job offer there is no salary to compare; the minimum is ${euroEn(v.thresholdCents)}.`,
  }),
  belowHint: (v: SalaryValues): LocalizedText => ({
    de: `Mit ${euroDe(v.shortfallCents)} mehr Bruttojahresgehalt wäre diese Voraussetzung erfüllt.`,
    en: `With ${euroEn(v.shortfallCents)} more gross annual salary this requirement would be met.`,
  }),
  noJobHint: (v: SalaryValues): LocalizedText => ({
    de: `Ein Arbeitsplatzangebot mit mindestens ${euroDe(v.thresholdCents)} Bruttojahresgehalt finden.`,
    en: `Find a job offer paying at least ${euroEn(v.thresholdCents)} gross per year.`,
  }),
};

/** Formats a day number for explanations. */
export const dateText = (day: DayNumber): string => formatIsoDate(day);

/** A CEFR level for a sentence: "none" reads as words, not as a code. */
export const levelText = (level: string, language: 'de' | 'en'): string =>
  level === 'none' ? (language === 'de' ? 'keine Kenntnisse' : 'no knowledge') : level;
