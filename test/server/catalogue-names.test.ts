import { describe, expect, it } from 'vitest';
import { profileTitles } from '../../src/domain/pathway/catalogue';
import { documentCatalogue } from '../../src/domain/pathway/documents';
import { familyTitles } from '../../src/domain/pathway/family-titles';
import { titleNames } from '../../src/domain/pathway/title-names';
import deDocuments from '../../src/web/i18n/de/wegweiser-documents.json';
import deTitles from '../../src/web/i18n/de/wegweiser-titles.json';
import enDocuments from '../../src/web/i18n/en/wegweiser-documents.json';
import enTitles from '../../src/web/i18n/en/wegweiser-titles.json';

/**
 * The per-language name files (src/web/i18n/<lang>/wegweiser-titles.json, -documents.json) are keyed
 * by the domain's ids; their German and English versions must say what the domain says, so the
 * translations in the other languages translate the right names and no evaluated title lacks one.
 */
describe('Wegweiser title and document names in the catalogues', () => {
  const titles = new Map<string, { de: string; en: string }>(Object.entries(titleNames));
  for (const title of [...profileTitles, ...familyTitles]) titles.set(title.id, title.name);

  it('name every title the domain knows, as the domain does', () => {
    expect(Object.keys(deTitles).sort()).toEqual([...titles.keys()].sort());
    for (const [id, name] of titles) {
      expect((deTitles as Record<string, string>)[id], id).toBe(name.de);
      expect((enTitles as Record<string, string>)[id], id).toBe(name.en);
    }
  });

  it('name every checklist document, as the domain does', () => {
    expect(deDocuments).toEqual(Object.fromEntries(Object.entries(documentCatalogue).map(([id, name]) => [id, name.de])));
    expect(enDocuments).toEqual(Object.fromEntries(Object.entries(documentCatalogue).map(([id, name]) => [id, name.en])));
  });
});
