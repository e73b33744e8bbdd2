import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { de, en } from './catalogues';

/** Languages the interface is offered in; the first is the default. */
export const supportedLanguages = ['de', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];

/** localStorage key that remembers the chosen interface language. */
export const languageStorageKey = 'lotse.lang';

const defaultLanguage: Language = 'de';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);

/** The remembered language, or German when none (or an unknown one) is stored. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(languageStorageKey);
    return isLanguage(value) ? value : defaultLanguage;
  } catch {
    // Storage can be disabled (privacy settings); the default language still works.
    return defaultLanguage;
  }
}

function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not remembered, but the switch itself still happens.
  }
}

/** Initialises i18next with the remembered language and keeps `<html lang>` in step. */
export async function initI18n(language: Language = storedLanguage()): Promise<typeof i18next> {
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  await i18next.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...supportedLanguages],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  document.documentElement.lang = language;
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
