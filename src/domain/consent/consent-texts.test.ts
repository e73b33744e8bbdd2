import { describe, expect, it } from 'vitest';
import { portalLanguages } from '../portal/languages';
import { consentTextVersions, renderConsentText, validUntilLabels } from './consent-texts';
import { categoryLabels, consentPurposes, dataCategories, purposeLabels } from './vocabulary';

const fields = ['title', 'intro', 'recipients', 'purposes', 'categories', 'validity', 'withdrawal', 'legal'] as const;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*\w+\s*\}\}|\$\{[^}]*\}|%[sd]/g)].map((match) => match[0]).sort();
const translated = portalLanguages.filter((language) => language !== 'de' && language !== 'en');

describe('consent wording in the portal languages', () => {
  it('has every field of every version in all six languages, with the same placeholders as German', () => {
    for (const version of consentTextVersions) {
      expect(Object.keys(version.text).sort(), version.id).toEqual([...portalLanguages].sort());
      for (const language of portalLanguages) {
        for (const field of fields) {
          const text = version.text[language][field];
          expect(text.trim().length, `${version.id} ${language}.${field}`).toBeGreaterThan(0);
          expect(placeholders(text), `${version.id} ${language}.${field}`).toEqual(placeholders(version.text.de[field]));
          expect(text, `${version.id} ${language}.${field}: no leftover code`).not.toMatch(/undefined|TODO|\{\{/);
        }
      }
    }
  });

  it('translates rather than copies, names the legal basis and keeps the German legal term', () => {
    for (const version of consentTextVersions) {
      for (const language of portalLanguages) {
        const text = version.text[language];
        expect(text.legal, `${language} legal basis`).toMatch(/6/);
        expect(text.legal, `${language} legal basis`).toMatch(/DSGVO|GDPR/);
        if (language === 'de' || language === 'en') continue;
        for (const field of fields) expect(text[field], `${language}.${field}`).not.toBe(version.text.en[field]);
        expect(text.title, `${language} title keeps "Einwilligung"`).toContain('(Einwilligung)');
        expect(text.legal, `${language} legal names DSGVO`).toContain('DSGVO');
      }
    }
    expect(consentTextVersions[0]?.text.fr.legal).toContain('RGPD');
  });

  it('never changes the German and English wording of a given version', () => {
    // A declaration stores only the version id: the words it was given under must stay as they were.
    const digest = (id: string) => {
      const version = consentTextVersions.find((candidate) => candidate.id === id);
      return cyrb53(JSON.stringify({ de: version?.text.de, en: version?.text.en }));
    };
    expect(digest('consent-text-2026-01')).toBe(FROZEN_2026_01);
  });

  it('labels every purpose and category in all six languages', () => {
    for (const purpose of consentPurposes) {
      for (const language of portalLanguages) expect(purposeLabels[purpose][language]?.trim(), `${purpose} ${language}`).toBeTruthy();
      for (const language of translated) expect(purposeLabels[purpose][language]).not.toBe(purposeLabels[purpose].en);
    }
    for (const category of dataCategories) {
      for (const language of portalLanguages) expect(categoryLabels[category][language]?.trim(), `${category} ${language}`).toBeTruthy();
      for (const language of translated) expect(categoryLabels[category][language]).not.toBe(categoryLabels[category].en);
    }
    for (const language of portalLanguages) expect(validUntilLabels[language].trim()).not.toBe('');
  });

  it('renders a declaration in each language from that language only', () => {
    const version = consentTextVersions[0];
    if (!version) throw new Error('no consent wording');
    const rendered = renderConsentText(version, 'uk', { recipients: ['IQ Netzwerk'], purposes: ['residence_permit'], categories: ['family'], validUntil: '2026-12-31' });
    const lines = rendered.paragraphs.flatMap((paragraph) => [paragraph.heading ?? '', ...paragraph.lines]);
    expect(rendered.title).toBe(version.text.uk.title);
    expect(lines).toEqual(expect.arrayContaining(['Цілі', purposeLabels.residence_permit.uk, categoryLabels.family.uk, 'Діє до: 2026-12-31']));
    const arabic = renderConsentText(version, 'ar', { recipients: [], purposes: ['job_matching'], categories: ['identity'], validUntil: null });
    expect(arabic.paragraphs.flatMap((paragraph) => paragraph.lines)).toContain(purposeLabels.job_matching.ar);
  });
});

/** A 53-bit string hash (cyrb53): enough to notice any edit, no I/O module needed in the domain. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16);
}

/** Hash of the German and English wording of consent-text-2026-01 as first published. */
const FROZEN_2026_01 = '155236ad3f6c85';
