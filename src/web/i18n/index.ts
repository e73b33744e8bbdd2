import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { bestPortalLanguage, isPortalLanguage, portalLanguages, textDirection, type PortalLanguage } from '../../contract/languages';
import { de, en, extraCatalogues, extraLanguages } from './catalogues';

/** Languages the interface is offered in (German, English, Arabic, Turkish, Ukrainian, French); the first is the default. */
export const supportedLanguages = portalLanguages;
export type Language = PortalLanguage;

/** localStorage key that remembers the chosen interface language. */
export const languageStorageKey = 'lotse.lang';

const defaultLanguage: Language = 'de';

export const isLanguage = isPortalLanguage;

/**
 * The language to start in: the one the person chose before; on a first visit the best match of
 * the browser's languages ("ar-EG" → Arabic); German when none of them is offered.
 */
export function chooseLanguage(remembered: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(remembered)) return remembered;
  return bestPortalLanguage(browserLanguages, defaultLanguage);
}

/**
 * Which catalogues a language falls back to for a missing key: the extra languages to English
 * (staff-only areas are German and English only), then German; English to German.
 */
export function fallbackChain(language: Language): Language[] {
  if (language === 'de') return [];
  if (language === 'en') return ['de'];
  return ['en', 'de'];
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** The remembered language, else the browser's best match, else German. */
export function storedLanguage(): Language {
  let remembered: string | null = null;
  try {
    remembered = window.localStorage.getItem(languageStorageKey);
  } catch {
    // Storage can be disabled (privacy settings); the browser's language still works.
  }
  return chooseLanguage(remembered, browserLanguages());
}

function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not remembered, but the switch itself still happens.
  }
}

/** Sets `lang` and `dir` of the page, so screen readers pronounce and browsers lay out correctly. */
function markDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = isLanguage(language) ? textDirection(language) : 'ltr';
}

/** Initialises i18next with the given (remembered or detected) language and keeps `<html lang dir>` in step. */
export async function initI18n(language: Language = storedLanguage()): Promise<typeof i18next> {
  i18next.on('languageChanged', markDocument);
  const extra = Object.fromEntries(extraLanguages.map((code) => [code, { translation: extraCatalogues[code] }]));
  await i18next.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en }, ...extra },
    lng: language,
    fallbackLng: (code: string) => (isLanguage(code) ? fallbackChain(code) : [defaultLanguage]),
    supportedLngs: [...supportedLanguages],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  markDocument(language);
  return i18next;
}

/**
 * Switches the interface language. KoliBri reads its own built-in texts (e.g. the
 * "error" label of an alert) only once at registration, so the page is reloaded to
 * keep every text of the page in one language.
 */
export function switchLanguage(language: Language): void {
  rememberLanguage(language);
  window.location.reload();
}

/** KoliBri ships its own texts in German and English only; the other languages use its English. */
export const kolibriLanguage = (language: Language): 'de' | 'en' => (language === 'de' ? 'de' : 'en');
