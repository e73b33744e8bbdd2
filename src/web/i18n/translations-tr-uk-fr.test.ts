import { describe, expect, it } from 'vitest';
import { applicantNamespaces } from './applicant-namespaces';
import deCore from './de.json';
import frCore from './fr.json';
import trCore from './tr.json';
import ukCore from './uk.json';

/*
 * The Turkish, Ukrainian and French catalogues of the applicant-facing core keys and of the
 * Wegweiser place/family, places and responsibility namespaces have exactly the German keys and
 * placeholders. Plural keys follow the language's own plural categories (i18next picks
 * `_one`/`_few`/`_many`/`_other` by Intl.PluralRules), so Ukrainian has `_few` and `_many` and
 * French `_many` where German has only `_one` and `_other`; an optional `_zero` is kept as in German.
 */

type Catalogue = { [key: string]: string | Catalogue };

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

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: unknown) =>
  [...new Set([...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? ''))].sort();

/** The keys a language must have for the German keys: plural families expanded to its categories. */
function expectedKeys(german: Map<string, unknown>, language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of german.keys()) {
    if (!pluralSuffix.test(key)) {
      keys.add(key);
      continue;
    }
    const base = key.replace(pluralSuffix, '');
    for (const category of categories) keys.add(`${base}_${category}`);
    if (key.endsWith('_zero')) keys.add(key);
  }
  return [...keys].sort();
}

/** The German text whose placeholders a translated key must have (ignoring `count` in plurals). */
function germanCounterpart(german: Map<string, unknown>, key: string): unknown {
  if (german.has(key)) return german.get(key);
  return german.get(key.replace(pluralSuffix, '_other'));
}

const coreNamespaces: string[] = applicantNamespaces.filter((namespace) => namespace in deCore);
const pick = (core: Record<string, unknown>) =>
  Object.fromEntries(coreNamespaces.map((namespace) => [namespace, core[namespace]])) as Catalogue;

/** The namespace files translated here (file name → namespace key); a file is checked once German has it. */
const namespaceFiles = {
  'wegweiser-place-family': 'wegweiserPlaceFamily',
  places: 'places',
  responsibility: 'responsibility',
  'wegweiser-titles': 'wegweiserTitles',
  'wegweiser-documents': 'wegweiserDocuments',
} as const;
const files = import.meta.glob<Catalogue>('./{de,tr,uk,fr}/*.json', { eager: true, import: 'default' });
const namespacesOf = (language: string): Catalogue =>
  Object.fromEntries(
    Object.entries(namespaceFiles)
      .filter(([file]) => `./de/${file}.json` in files)
      .map(([file, key]) => [key, files[`./${language}/${file}.json`] ?? {}]),
  );

const german = flatten({ ...pick(deCore), ...namespacesOf('de') });

const languages: Record<string, { core: Record<string, unknown>; namespaces: Catalogue }> = {
  tr: { core: trCore, namespaces: namespacesOf('tr') },
  uk: { core: ukCore, namespaces: namespacesOf('uk') },
  fr: { core: frCore, namespaces: namespacesOf('fr') },
};

describe.each(Object.entries(languages))('%s applicant catalogue', (language, { core, namespaces }) => {
  const entries = flatten({ ...(core as Catalogue), ...namespaces });

  it('holds only the applicant-facing core namespaces', () => {
    expect(Object.keys(core).sort()).toEqual([...coreNamespaces].sort());
  });

  it('has the German keys, plurals in its own categories', () => {
    expect([...entries.keys()].sort()).toEqual(expectedKeys(german, language));
  });

  it('has no empty values', () => {
    expect([...entries].filter(([, value]) => typeof value !== 'string' || value.trim() === '')).toEqual([]);
  });

  it('uses the German placeholders', () => {
    const mismatches = [...entries].filter(([key, text]) => {
      // German may write "1 Ort" in `_one`; other languages need {{count}} there (Ukrainian `_one` is also 21).
      const loose = /_(zero|one)$/.test(key);
      const strip = (names: string[]) => (loose ? names.filter((name) => name !== 'count') : names);
      return JSON.stringify(strip(placeholders(text))) !== JSON.stringify(strip(placeholders(germanCounterpart(german, key))));
    });
    expect(mismatches).toEqual([]);
  });
});
