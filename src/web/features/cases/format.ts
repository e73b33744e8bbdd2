import { residenceTitles } from '../../../contract/cases';
import type { Option } from '../../components/form-fields';
import { localized } from '../wegweiser/format';
import { countryOptions } from '../wegweiser/options';

export { formatDate } from '../wegweiser/format';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'de-DE');

/** A timestamp as date and time in Germany, e.g. "22.11.2026, 14:05". */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(date);
}

/** A timestamp as a short date in Germany, e.g. "22.11.2026". */
export function formatDay(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(date);
}

export const personName = (person: { givenName: string; familyName: string }): string => `${person.givenName} ${person.familyName}`;

/** A residence title's name in the interface language, or the id for an unknown one. */
export function titleName(id: string, language: string): string {
  const title = residenceTitles.find((candidate) => candidate.id === id);
  return title ? localized(title.name, language) : id;
}

/** The residence titles as select options ("EU Blue Card (§18g …)"), the main person's or the family's. */
export function titleOptions(language: string, kind: 'profile' | 'family'): Option[] {
  return residenceTitles
    .filter((title) => title.kind === kind)
    .map((title) => ({ value: title.id, label: `${localized(title.name, language)} (${title.legalRef})` }));
}

/** A citizenship (ISO alpha-3) by its country name when listed, else the code. */
export function countryName(code: string, language: string): string {
  return countryOptions(language).find((option) => option.value === code)?.label ?? code;
}

/**
 * Today as YYYY-MM-DD in Germany: the server checks due dates against the German calendar
 * day, so the form's "today" (default and minimum of a due date) is the same day.
 */
export function germanToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
