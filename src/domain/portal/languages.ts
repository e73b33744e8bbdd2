/**
 * Languages of the applicant-facing pages (Wegweiser, portal, consent texts, e-mails): German first,
 * English complete, and the languages most common among skilled immigrants to the region. Staff
 * pages are German and English only.
 */
export const portalLanguages = ['de', 'en', 'ar', 'tr', 'uk', 'fr'] as const;
export type PortalLanguage = (typeof portalLanguages)[number];

/** Staff pages are offered in these two. */
export const staffLanguages = ['de', 'en'] as const;

export const isPortalLanguage = (value: unknown): value is PortalLanguage =>
  typeof value === 'string' && (portalLanguages as readonly string[]).includes(value);

/** Writing direction of each language (Arabic is written right to left). */
export const textDirection = (language: PortalLanguage): 'ltr' | 'rtl' => (language === 'ar' ? 'rtl' : 'ltr');

/** Each language's name in itself, for the language switcher ("Deutsch", "العربية"). */
export const languageEndonyms: Record<PortalLanguage, string> = {
  de: 'Deutsch',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  uk: 'Українська',
  fr: 'Français',
};

/** The best portal language for an Accept-Language list or navigator.languages ("ar-EG" → "ar"). */
export function bestPortalLanguage(preferences: readonly string[], fallback: PortalLanguage = 'de'): PortalLanguage {
  for (const preference of preferences) {
    const base = preference.trim().toLowerCase().split(/[-_;]/)[0];
    if (isPortalLanguage(base)) return base;
  }
  return fallback;
}
