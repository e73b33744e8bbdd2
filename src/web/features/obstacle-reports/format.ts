import { localized } from '../wegweiser/format';

export { localized };

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'de-DE');

/** A timestamp as a long date in Germany, e.g. "7. Dezember 2026" / "7 December 2026". */
export function formatDay(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date);
}

/** An ISO date (YYYY-MM-DD) as a long date. */
export function formatIsoDate(isoDate: string, language: string): string {
  return formatDay(`${isoDate}T12:00:00Z`, language);
}
