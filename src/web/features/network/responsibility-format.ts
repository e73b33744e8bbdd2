/** Display helpers of the responsibility finder (words, never codes). */

import { intlLocale as locale } from '../../i18n/locale';

/** "Deutsch, Englisch, Arabisch" for ["de", "en", "ar"], in the interface language. */
export function languagesInWords(codes: readonly string[], language: string): string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([locale(language)], { type: 'language' });
  } catch {
    names = undefined;
  }
  return codes.map((code) => names?.of(code) ?? code).join(', ');
}

/** An ISO date as "7. Dezember 2026" / "7 December 2026". */
export function longDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A website as people read it: without the scheme and a trailing slash. */
export const websiteText = (url: string): string => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** The query of a shareable answer: `?ort=<ags>&leistung=<service>`. */
export const queryKeys = { place: 'ort', service: 'leistung' } as const;
