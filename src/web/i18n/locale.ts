import { isPortalLanguage, type PortalLanguage } from '../../contract/languages';

/**
 * The Intl locale for dates and numbers in each interface language. German stays "7. Dezember 2026".
 * Arabic uses Latin digits (0–9, `nu-latn`): amounts, dates and paragraph numbers then look the same
 * as on the German letters, forms and residence documents a person has to compare them with, and
 * they match the digits inside the English texts that come from the server.
 */
const locales: Record<PortalLanguage, string> = {
  de: 'de-DE',
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
  tr: 'tr-TR',
  uk: 'uk-UA',
  fr: 'fr-FR',
};

export const intlLocale = (language: string): string => (isPortalLanguage(language) ? locales[language] : locales.de);

/**
 * The link "Leichte Sprache" keeps its German name; on an English page it is marked German. The
 * other languages add an explanation in their own language ("Leichte Sprache (ألمانية مبسّطة)"),
 * so the link stays in the page language there.
 */
export const easyLanguageLinkLang = (language: string): 'de' | undefined => (language === 'en' ? 'de' : undefined);
