/** Display helpers for the Wegweiser in the interface language. */
export type LocalizedText = { de: string; en: string };

/** The text of a {de,en} pair from the API in the interface language. */
export const localized = (text: LocalizedText, language: string): string => (language === 'en' ? text.en : text.de);

/** A euro amount for reading: whole euros without cents, otherwise with two decimals. */
export function formatEuro(amount: number, language: string): string {
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(language, {
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
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
