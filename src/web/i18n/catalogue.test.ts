import { describe, expect, it } from 'vitest';
import { de, en } from './catalogues';

type Catalogue = { [key: string]: string | Catalogue };

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
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    const mismatches = [...catalogues.de].filter(([key, text]) => {
      return JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(entries.get(key)));
    });
    expect(mismatches).toEqual([]);
  });
});
