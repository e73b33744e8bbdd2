/** Display helpers of the directory and the organisation page, in the interface language. */

import { intlLocale } from '../../i18n/locale';

export type Bilingual = { de: string; en: string };

/** The text of a {de,en} pair: German in German, English in every other interface language. */
export const inLanguage = (text: Bilingual, language: string): string => (language === 'de' ? text.de : text.en);

/** A language's name from its ISO 639 code ("ar" → "Arabisch" / "Arabic"); never the code itself when a name is known. */
export function languageName(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

/** Language names joined as a list ("Deutsch, Englisch und Arabisch"). */
export function languageList(codes: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(codes.map((code) => languageName(code, language)));
}

/** An ISO date (YYYY-MM-DD) as a long date: "7. Dezember 2026" / "7 December 2026". */
export function longDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)),
  );
}

/** The name of an ISO weekday (1 = Monday … 7 = Sunday). */
export function weekdayName(weekday: number, language: string): string {
  // 5 January 2026 was a Monday.
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 4 + weekday)));
}

/** The page of one organisation. */
export const organisationPath = (id: string): string => `/netzwerk/organisationen/${encodeURIComponent(id)}`;
