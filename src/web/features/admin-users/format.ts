/** "7. Dezember 2026" / "7 December 2026" for an instant, in German time. */
export function formatDay(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(instant));
}

/** "7. Dezember 2026 um 09:00" / "7 December 2026 at 09:00", in German time. */
export function formatMoment(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(instant));
}
