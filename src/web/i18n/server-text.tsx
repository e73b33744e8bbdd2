import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A text the server sends in German and English only (the Wegweiser's condition explanations, names). */
export type ServerLocalizedText = { de: string; en: string };

/** Which of the two texts to show: German in German, English in every other language. */
export function serverTextIn(text: ServerLocalizedText, language: string): { text: string; lang: 'de' | 'en' } {
  return language === 'de' ? { text: text.de, lang: 'de' } : { text: text.en, lang: 'en' };
}

/**
 * Shows a German/English text from the server in the interface language. In Arabic, Turkish,
 * Ukrainian and French the English text is shown, marked `lang="en"` (screen readers switch
 * voice) and `dir="ltr"` (isolated, so English sentences read correctly inside Arabic).
 */
export function ServerText({ text, name }: { text: ServerLocalizedText; name?: { namespace: NamedNamespace; id: string } }): ReactNode {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const translated = name ? namedText(i18n, language, name.namespace, name.id) : undefined;
  if (translated !== undefined) return translated;
  const shown = serverTextIn(text, language);
  if (shown.lang === language) return shown.text;
  return (
    <span lang={shown.lang} dir="ltr">
      {shown.text}
    </span>
  );
}

/** Catalogue namespaces that name things by their id (title id, document id). */
export type NamedNamespace = 'wegweiserTitles' | 'wegweiserDocuments';

type ResourceReader = { getResource(language: string, namespace: string, key: string): unknown };

/** The name of a title or document in exactly this language (no fallback), if its catalogue has it. */
export function namedText(i18n: ResourceReader, language: string, namespace: NamedNamespace, id: string): string | undefined {
  if (language === 'de' || language === 'en') return undefined; // the server's own text is the reference
  const value = i18n.getResource(language, 'translation', `${namespace}.${id}`);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A plain string (for attributes, options, sentences): the name in the language, else the server text. */
export function namedOrServerText(i18n: ResourceReader, language: string, text: ServerLocalizedText, name?: { namespace: NamedNamespace; id: string }): string {
  const translated = name ? namedText(i18n, language, name.namespace, name.id) : undefined;
  return translated ?? serverTextIn(text, language).text;
}

/**
 * The language a catalogue key is actually shown in: the interface language when its catalogue has
 * the key, else the first fallback that has it (staff-only namespaces are German and English only).
 * Lets a page mark such a fallback text with `lang`.
 */
export function catalogueLanguage(i18n: ResourceReader, language: string, key: string): string {
  const chain = language === 'de' ? ['de'] : language === 'en' ? ['en', 'de'] : [language, 'en', 'de'];
  return chain.find((candidate) => typeof i18n.getResource(candidate, 'translation', key) === 'string') ?? language;
}

/**
 * `lang`/`dir` attributes for an element showing a catalogue text, set only when the text is a
 * fallback in another language than the page (e.g. an English staff-area link on an Arabic page).
 */
export function useFallbackMark(key: string): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const { i18n } = useTranslation();
  const shown = catalogueLanguage(i18n, i18n.language, key);
  return shown === i18n.language ? {} : { lang: shown, dir: shown === 'ar' ? 'rtl' : 'ltr' };
}
