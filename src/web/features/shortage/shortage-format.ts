/** A moment as a long date in Germany's calendar, e.g. "8. Dezember 2026" / "8 December 2026". */
export function longDate(isoDateTime: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(isoDateTime));
}

/** A whole number in the reader's format (German: 1.234). */
export function count(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB').format(value);
}
