/** Small helpers that format compared values for German and English explanations. */
import { formatDate, requireIsoDate, type DayNumber } from '../shared/calendar-date';
import { countryName } from '../shared/countries';
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

// Dates recur across conditions and profiles (window starts, thresholds); a small bounded cache, as for euros.
const dateCache = new Map<string, LocalizedText>();

/** An ISO date (`YYYY-MM-DD`, already validated) for explanations: "30. September 2026" / "30 September 2026". */
export function isoDateText(iso: string): LocalizedText {
  let date = dateCache.get(iso);
  if (date === undefined) {
    if (dateCache.size >= EURO_CACHE_LIMIT) dateCache.clear();
    const day = requireIsoDate(iso);
    date = { de: formatDate(day, 'de'), en: formatDate(day, 'en') };
    dateCache.set(iso, date);
  }
  return date;
}

/** A day number for explanations, as `isoDateText`. */
export const dateText = (day: DayNumber): LocalizedText => ({ de: formatDate(day, 'de'), en: formatDate(day, 'en') });

/** A CEFR level for a sentence: "none" reads as words, not as a code. */
export const levelText = (level: string, language: 'de' | 'en'): string =>
  level === 'none' ? (language === 'de' ? 'keine Kenntnisse' : 'no knowledge') : level;

/** Knowledge of a language in words: "keine Deutschkenntnisse" / "Deutsch A2" ("no German" / "German A2"). */
export function languageLevelText(language: 'german' | 'english', level: string): LocalizedText {
  const german = language === 'german';
  if (level === 'none') return german ? text('keine Deutschkenntnisse', 'no German') : text('keine Englischkenntnisse', 'no English');
  return german ? text(`Deutsch ${level}`, `German ${level}`) : text(`Englisch ${level}`, `English ${level}`);
}

/** A number for German text: decimal comma, thousands grouped ("50.000", "1,5"). */
export function numberDe(value: number): string {
  if (Number.isInteger(value) && value < 1000 && value > -1000) return String(value);
  const [integer = '', fraction] = String(value).split('.');
  const grouped = integer.length > 3 ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : integer;
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** A number for English text: thousands grouped ("50,000", "1.5"). */
export function numberEn(value: number): string {
  if (Number.isInteger(value) && value < 1000 && value > -1000) return String(value);
  const [integer = '', fraction] = String(value).split('.');
  const grouped = integer.length > 3 ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : integer;
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Nouns counted in explanations, singular and plural. */
const UNITS = {
  year: { de: ['Jahr', 'Jahre', 'Jahren'], en: ['year', 'years'] },
  month: { de: ['Monat', 'Monate', 'Monaten'], en: ['month', 'months'] },
  point: { de: ['Punkt', 'Punkte', 'Punkten'], en: ['point', 'points'] },
  approval: { de: ['Zustimmung', 'Zustimmungen', 'Zustimmungen'], en: ['approval', 'approvals'] },
} as const;

/**
 * "1 Jahr", "2 Jahre", "1,5 Jahre" / "1 year", "2 years": exactly 1 takes the singular. German
 * plurals after a preposition taking the dative read "in den letzten 5 Jahren" (`dative`).
 */
export function countText(value: number, unit: keyof typeof UNITS, grammaticalCase: 'nominative' | 'dative' = 'nominative'): LocalizedText {
  const names = UNITS[unit];
  const one = value === 1;
  const dePlural = grammaticalCase === 'dative' ? names.de[2] : names.de[1];
  return { de: `${numberDe(value)} ${one ? names.de[0] : dePlural}`, en: `${numberEn(value)} ${names.en[one ? 0 : 1]}` };
}

/** A name quoted for a sentence: „Blaue Karte EU“ / “EU Blue Card”. */
export const quoted = (name: LocalizedText): LocalizedText => ({ de: `„${name.de}“`, en: `“${name.en}”` });

/** A citizenship in words ("Philippinen" / "Philippines"); undefined for a code without a name. */
export function citizenshipText(alpha3: string): LocalizedText | undefined {
  const de = countryName(alpha3, 'de');
  const en = countryName(alpha3, 'en');
  return de === undefined || en === undefined ? undefined : { de, en };
}

/**
 * The age as a sentence where an age rule decides: "Sie sind 45 Jahre alt (seit heute)" when the
 * birthday is the evaluation date, else "Sie sind 46 Jahre alt" ("You are 45 years old (since today)").
 */
export function ageText(age: number, birthdayToday: boolean): LocalizedText {
  const years = countText(age, 'year');
  return birthdayToday
    ? { de: `Sie sind ${years.de} alt (seit heute)`, en: `You are ${years.en} old (since today)` }
    : { de: `Sie sind ${years.de} alt`, en: `You are ${years.en} old` };
}
