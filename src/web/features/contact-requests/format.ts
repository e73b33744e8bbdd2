import { languageEndonyms, isPortalLanguage } from '../../../contract/portal-entry';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'de-DE');

/** An instant as a long date in Germany: "7. Dezember 2026". */
export function longDay(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(date);
}

/** A portal language by its own name ("العربية"), with the staff language's name beside it for German/English readers. */
export function languageName(code: string, language: string): string {
  if (!isPortalLanguage(code)) return code;
  const inStaffLanguage = new Intl.DisplayNames([locale(language)], { type: 'language' }).of(code) ?? code;
  const own = languageEndonyms[code];
  return own === inStaffLanguage ? own : `${inStaffLanguage} (${own})`;
}

export const contactRequestPath = (id: string): string => `/eingang/anfragen/${encodeURIComponent(id)}`;
