/** Display helpers for the Wegweiser in the interface language. */
import { intlLocale } from '../../i18n/locale';

export type LocalizedText = { de: string; en: string };

/** The text of a {de,en} pair from the API: German in German, English in every other language (see i18n/server-text.tsx). */
export const localized = (text: LocalizedText, language: string): string => (language === 'de' ? text.de : text.en);

/** A euro amount for reading: whole euros without cents, otherwise with two decimals. */
export function formatEuro(amount: number, language: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}

/** An ISO date (YYYY-MM-DD) as a long date, e.g. "1. Juni 2024" / "1 June 2024". */
export function formatDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
