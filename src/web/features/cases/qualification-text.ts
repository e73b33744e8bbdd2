import type { TFunction } from 'i18next';
import { countryNames, normaliseSearchText, type CaseQualification, type Occupation } from '../../../contract/qualifications';
import { formatDate } from './format';

const pick = (names: readonly [string, string], language: string): string => (language === 'de' ? names[0] : names[1]);

/** A country's name in the interface language (the code only if it is unknown). */
export function countryLabel(code: string, language: string): string {
  const names = Object.hasOwn(countryNames, code) ? countryNames[code] : undefined;
  return names ? pick(names, language) : code;
}

/** Countries whose name (in the interface language or German) matches the typed text, best first. */
export function searchCountries(query: string, language: string, limit = 8): { value: string; name: string }[] {
  const needle = normaliseSearchText(query);
  if (!needle) return [];
  const ranked: { value: string; name: string; rank: number }[] = [];
  for (const [code, names] of Object.entries(countryNames)) {
    const texts = [normaliseSearchText(pick(names, language)), normaliseSearchText(names[0])];
    const rank = texts.some((text) => text.startsWith(needle)) ? 0 : texts.some((text) => text.split(' ').some((word) => word.startsWith(needle))) ? 1 : texts.some((text) => text.includes(needle)) ? 2 : -1;
    if (rank >= 0) ranked.push({ value: code, name: pick(names, language), rank });
  }
  const collator = new Intl.Collator(language);
  return ranked
    .sort((a, b) => a.rank - b.rank || collator.compare(a.name, b.name))
    .slice(0, limit)
    .map(({ value, name }) => ({ value, name }));
}

export const occupationName = (occupation: Occupation, language: string): string => (language === 'de' ? occupation.de : occupation.en);

/** The facts in words: "Berufe in der … (KldB 81302) – Teilweise Gleichwertigkeit (Defizitbescheid) vom 3. März 2026", then the details. */
export function qualificationLines(item: CaseQualification, t: TFunction, language: string): { headline: string; details: string[] } {
  const occupation = item.occupation
    ? t('caseQualification.summary.occupation', { name: occupationName(item.occupation, language), kldb: item.occupation.kldb })
    : t('caseQualification.summary.noOccupation');
  const outcome = t(`caseQualification.outcomes.${item.outcome}`);
  const headline = item.decidedOn
    ? t('caseQualification.summary.withDate', { occupation, outcome, date: formatDate(item.decidedOn, language) })
    : t('caseQualification.summary.withoutDate', { occupation, outcome });
  const details: string[] = [];
  const type = item.qualificationType ? t(`caseQualification.types.${item.qualificationType}`) : null;
  const country = item.country ? countryLabel(item.country, language) : null;
  if (type && country) details.push(t('caseQualification.summary.obtained', { type, country }));
  else if (type) details.push(t('caseQualification.summary.obtainedType', { type }));
  else if (country) details.push(t('caseQualification.summary.obtainedCountry', { country }));
  if (item.body) details.push(t(item.outcome === 'pending' ? 'caseQualification.summary.bodyPending' : 'caseQualification.summary.body', { body: item.body.name }));
  if (item.fileNumber) details.push(t('caseQualification.summary.fileNumber', { fileNumber: item.fileNumber }));
  return { headline, details };
}
