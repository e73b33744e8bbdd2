import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { extraCatalogues } from './catalogues';
import { chooseLanguage, fallbackChain, kolibriLanguage, supportedLanguages } from './index';
import { intlLocale } from './locale';
import { catalogueLanguage, namedOrServerText, namedText, serverTextIn } from './server-text';

describe('choosing the interface language', () => {
  it('keeps a remembered choice over the browser language', () => {
    expect(chooseLanguage('tr', ['ar-EG', 'en'])).toBe('tr');
  });

  it('takes the best browser language on a first visit', () => {
    expect(chooseLanguage(null, ['ar-EG', 'de'])).toBe('ar');
    expect(chooseLanguage(null, ['es-ES', 'fr-CA'])).toBe('fr');
    expect(chooseLanguage(null, ['uk'])).toBe('uk');
  });

  it('ignores an unknown remembered value and falls back to German', () => {
    expect(chooseLanguage('xx', ['es'])).toBe('de');
    expect(chooseLanguage(null, [])).toBe('de');
  });

  it('offers six languages, German first', () => {
    expect([...supportedLanguages]).toEqual(['de', 'en', 'ar', 'tr', 'uk', 'fr']);
  });
});

describe('fallback of missing texts', () => {
  it('goes from Arabic, Turkish, Ukrainian and French to English, then German', () => {
    for (const language of ['ar', 'tr', 'uk', 'fr'] as const) expect(fallbackChain(language)).toEqual(['en', 'de']);
    expect(fallbackChain('en')).toEqual(['de']);
    expect(fallbackChain('de')).toEqual([]);
  });

  it('shows a staff-only text in English on an Arabic page and tells which language it is in', async () => {
    const instance = i18next.createInstance();
    await instance.init({
      lng: 'ar',
      fallbackLng: (code: string) => (code === 'de' ? [] : code === 'en' ? ['de'] : ['en', 'de']),
      resources: {
        de: { translation: { cases: { title: 'Fälle' }, layout: { start: 'Start' } } },
        en: { translation: { cases: { title: 'Cases' }, layout: { start: 'Start' } } },
        ar: { translation: { layout: { start: 'البداية' } } },
      },
    });
    expect(instance.t('cases.title')).toBe('Cases');
    expect(instance.t('layout.start')).toBe('البداية');
    expect(catalogueLanguage(instance, 'ar', 'cases.title')).toBe('en');
    expect(catalogueLanguage(instance, 'ar', 'layout.start')).toBe('ar');
    expect(catalogueLanguage(instance, 'de', 'cases.title')).toBe('de');
  });

  it('loads the Arabic catalogue files by name', () => {
    expect(extraCatalogues.ar.wegweiser).toBeTypeOf('object');
    expect(extraCatalogues.ar.wegweiserTitles).toBeTypeOf('object');
  });
});

describe('texts from the server in German and English only', () => {
  const text = { de: 'Gültiger Reisepass', en: 'Valid passport' };
  const reader = {
    getResource: (language: string, _namespace: string, key: string) => (language === 'ar' && key === 'wegweiserDocuments.passport' ? 'جواز سفر ساري المفعول' : undefined),
  };

  it('shows German in German and English in every other language', () => {
    expect(serverTextIn(text, 'de')).toEqual({ text: 'Gültiger Reisepass', lang: 'de' });
    expect(serverTextIn(text, 'en')).toEqual({ text: 'Valid passport', lang: 'en' });
    expect(serverTextIn(text, 'ar')).toEqual({ text: 'Valid passport', lang: 'en' });
  });

  it('prefers a catalogue name keyed by id, else the server text', () => {
    expect(namedText(reader, 'ar', 'wegweiserDocuments', 'passport')).toBe('جواز سفر ساري المفعول');
    expect(namedOrServerText(reader, 'ar', text, { namespace: 'wegweiserDocuments', id: 'passport' })).toBe('جواز سفر ساري المفعول');
    expect(namedOrServerText(reader, 'tr', text, { namespace: 'wegweiserDocuments', id: 'passport' })).toBe('Valid passport');
    // German and English always use the server's own text.
    expect(namedOrServerText(reader, 'de', text, { namespace: 'wegweiserDocuments', id: 'passport' })).toBe('Gültiger Reisepass');
  });
});

describe('dates and numbers', () => {
  it('keep the German format in German and use Latin digits in Arabic', () => {
    const date = new Date(Date.UTC(2026, 11, 7));
    const long = (language: string) => new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    expect(long('de')).toBe('7. Dezember 2026');
    expect(long('en')).toBe('7 December 2026');
    expect(long('ar')).toMatch(/^7 .+ 2026$/);
    expect(new Intl.NumberFormat(intlLocale('ar')).format(1234)).toMatch(/^1.?234$/);
  });

  it('gives KoliBri English texts in the languages it does not ship', () => {
    expect(kolibriLanguage('de')).toBe('de');
    expect(kolibriLanguage('ar')).toBe('en');
  });
});
