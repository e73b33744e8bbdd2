/** Dates in the person's language: "7. Dezember 2026" in German. */
const locales: Record<string, string> = { de: 'de-DE', en: 'en-GB', ar: 'ar', tr: 'tr-TR', uk: 'uk-UA', fr: 'fr-FR' };
const localeOf = (language: string) => locales[language.split('-')[0] ?? 'de'] ?? 'de-DE';

export function longDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) as it is, whatever the time zone. */
export function longDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

export function dateAndTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}

/** A list of names in the person's language ("A, B und C"). */
export function nameList(names: readonly string[], language: string): string {
  return new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' }).format(names);
}
