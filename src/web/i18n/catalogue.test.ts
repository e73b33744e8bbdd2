import { describe, expect, it } from 'vitest';
import { portalLanguages } from '../../contract/languages';
import { applicantNamespaces } from './applicant-namespaces';
import { assembleCatalogues, de, en, extraCatalogues, extraLanguages, namespaceKey, type Catalogue } from './catalogues';

/** Flattens a nested catalogue into `a.b.c` → value pairs. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [nestedKey, nestedValue] of flatten(value, path)) entries.set(nestedKey, nestedValue);
    } else {
      entries.set(path, value);
    }
  }
  return entries;
}

const catalogues = { de: flatten(de), en: flatten(en) };
const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

describe('translation catalogues', () => {
  it('have identical key sets in German and English', () => {
    const germanKeys = [...catalogues.de.keys()].sort();
    const englishKeys = [...catalogues.en.keys()].sort();
    expect(englishKeys).toEqual(germanKeys);
  });

  it.each(Object.entries(catalogues))('%s has no empty or non-text values', (_language, entries) => {
    const problems = [...entries].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(problems).toEqual([]);
  });

  it.each(Object.entries(catalogues))('%s uses the same placeholders as German', (_language, entries) => {
    const mismatches = [...catalogues.de].filter(([key, text]) => {
      return JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(entries.get(key)));
    });
    expect(mismatches).toEqual([]);
  });

});

/**
 * The plural forms a language needs for the counts people see (0 to 1000), as i18next picks them
 * with Intl.PluralRules: Arabic needs zero, one, two, few, many and other; Ukrainian one, few, many, other.
 */
function pluralForms(language: string): string[] {
  const rules = new Intl.PluralRules(language);
  const forms = new Set<string>();
  for (let count = 0; count <= 1000; count += 1) forms.add(rules.select(count));
  return [...forms].sort();
}

/**
 * A namespace's expected keys in a language: German keys, with each German plural group
 * (`x_one`, `x_other`) replaced by the forms the language needs (`_zero` kept where German has it).
 */
function expectedKeys(germanKeys: readonly string[], language: string): string[] {
  const keys = new Set<string>();
  for (const key of germanKeys) {
    const match = pluralSuffix.exec(key);
    if (!match) {
      keys.add(key);
      continue;
    }
    const base = key.slice(0, match.index);
    for (const form of pluralForms(language)) keys.add(`${base}_${form}`);
    if (match[1] === 'zero') keys.add(key);
  }
  return [...keys].sort();
}

/** German text of a key; for a plural form German lacks, the German `_other`. */
function germanFor(german: Map<string, unknown>, key: string): unknown {
  if (german.has(key)) return german.get(key);
  return german.get(key.replace(pluralSuffix, '_other'));
}

/** Applicant namespaces whose German file is on this branch (others arrive with their feature). */
const presentNamespaces = applicantNamespaces.filter((namespace) => namespace in de);

describe.each(extraLanguages)('applicant-facing catalogues in %s', (language) => {
  const catalogue = extraCatalogues[language];

  it.each(presentNamespaces)(`${language}: %s is complete (a file for it exists, all keys)`, (namespace) => {
    const german = [...flatten({ [namespace]: de[namespace as keyof typeof de] as Catalogue }).keys()];
    const translated = catalogue[namespace];
    expect(translated, `${namespace} is missing in ${language}: src/web/i18n/${language}.json or src/web/i18n/${language}/<kebab-name>.json`).toBeTypeOf('object');
    const keys = [...flatten({ [namespace]: translated as Catalogue }).keys()].sort();
    expect(keys).toEqual(expectedKeys(german, language));
  });

  it.each(presentNamespaces)(`${language}: %s has no empty values and the German placeholders`, (namespace) => {
    const german = flatten({ [namespace]: de[namespace as keyof typeof de] as Catalogue });
    const translated = flatten({ [namespace]: (catalogue[namespace] ?? {}) as Catalogue });
    const problems: string[] = [];
    for (const [key, text] of translated) {
      if (typeof text !== 'string' || text.trim() === '') problems.push(`${key}: empty`);
      const expected = placeholders(germanFor(german, key));
      // A singular or dual form may say the number in words ("ein Weg", "طريقان") instead of {{count}}.
      const ignoreCount = pluralSuffix.test(key) && !key.endsWith('_other');
      const actual = placeholders(text);
      const compare = (list: string[]) => (ignoreCount ? list.filter((name) => name !== 'count') : list);
      if (JSON.stringify(compare(actual)) !== JSON.stringify(compare(expected))) problems.push(`${key}: placeholders ${actual.join(',')} instead of ${expected.join(',')}`);
    }
    expect(problems).toEqual([]);
  });

  it(`${language}: has no namespaces beyond the applicant-facing ones (staff pages fall back to English)`, () => {
    const extra = Object.keys(catalogue).filter((namespace) => !(applicantNamespaces as readonly string[]).includes(namespace));
    expect(extra).toEqual([]);
  });
});

describe('loading the extra languages by file name', () => {
  it('covers every portal language', () => {
    expect(['de', 'en', ...extraLanguages]).toEqual([...portalLanguages]);
  });

  it('maps kebab-case file names to camelCase namespaces', () => {
    expect(namespaceKey('wegweiser-place-family')).toBe('wegweiserPlaceFamily');
    expect(namespaceKey('portal-privacy')).toBe('portalPrivacy');
    expect(namespaceKey('places')).toBe('places');
  });

  it('puts core files at the top level and namespace files under their key', () => {
    const assembled = assembleCatalogues({
      './ar.json': { layout: { start: 'البداية' } },
      './ar/portal-privacy.json': { title: 'الخصوصية' },
      './tr/places.json': { label: 'Yer' },
      './de/places.json': { label: 'Ort' },
      './xx.json': { layout: { start: '?' } },
    });
    expect(assembled.ar).toEqual({ layout: { start: 'البداية' }, portalPrivacy: { title: 'الخصوصية' } });
    expect(assembled.tr).toEqual({ places: { label: 'Yer' } });
    expect(assembled.uk).toEqual({});
    expect(assembled.fr).toEqual({});
  });
});
