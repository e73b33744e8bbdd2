/**
 * Structured legal references of articles ("§18g Abs. 1 Satz 2 AufenthG") and the normalised
 * keys that search filters on (`aufenthg`, `aufenthg:18g`).
 */

/** A reference to a norm: the law's abbreviation, the section (§ or Art.), optional Abs. and Satz. */
export type LegalReference = {
  /** Abbreviation as the law is cited, e.g. `AufenthG`, `BeschV`, `BQFG`. */
  law: string;
  /** Section number with letter suffix, e.g. `18g`, `81a`. */
  section: string;
  paragraph?: string;
  sentence?: string;
};

/** Laws cited by article ("Art.") rather than by section ("§"). */
const ARTICLE_CITED_LAWS = new Set(['gg', 'dsgvo', 'aeuv', 'eurl']);

/** The German citation form, e.g. `§18g Abs. 1 Satz 2 AufenthG` or `Art. 6 GG`. */
export function formatLegalReference(reference: LegalReference): string {
  const prefix = ARTICLE_CITED_LAWS.has(reference.law.toLowerCase()) ? 'Art. ' : '§';
  const parts = [`${prefix}${reference.section}`];
  if (reference.paragraph) parts.push(`Abs. ${reference.paragraph}`);
  if (reference.sentence) parts.push(`Satz ${reference.sentence}`);
  parts.push(reference.law);
  return parts.join(' ');
}

/** Section ids are compared without spaces and case: "18 g" = "18G" = "18g". */
export function normaliseSection(section: string): string {
  return section.replace(/\s+/g, '').toLowerCase();
}

export function normaliseLaw(law: string): string {
  return law.replace(/\s+/g, '').toLowerCase();
}

/** The filter keys of a structured reference: the law alone and law + section. */
export function legalReferenceKeys(reference: LegalReference): string[] {
  const law = normaliseLaw(reference.law);
  return [law, `${law}:${normaliseSection(reference.section)}`];
}

// Words inside a citation that are not the law's name.
const CITATION_WORDS = new Set(['abs', 'satz', 'nr', 'buchst', 'halbsatz', 'alt', 'var', 'und', 'u', 'bis', 'i', 'v', 'm', 'ivm', 'f', 'ff']);
const SECTION_MARK = /^(?:§|Art\.?)$/u;
const SECTION = /^([0-9]+[a-z]?)\b/u;
const LAW = /^[A-ZÄÖÜ][A-Za-zÄÖÜäöüß0-9-]*$/u;
const ROMAN = /^[IVX]{1,4}$/u;

/**
 * Parses a formatted citation ("§ 18g Abs. 1 AufenthG", "§26 Abs. 2 Satz 3 BeschV",
 * "Art. 6 GG", "AufenthG § 81a") into filter keys; for "§§ 18a, 18b" only the first section
 * counts. A text it cannot read yields no keys (the entry is then simply not found by a
 * legal-reference filter).
 */
export function legalReferenceKeysFromText(citation: string): string[] {
  const tokens = citation.replace(/§+/gu, ' § ').replace(/\bArt\./gu, ' Art. ').split(/[\s,;]+/u).filter(Boolean);
  const markAt = tokens.findIndex((token) => SECTION_MARK.test(token));
  if (markAt < 0) return [];
  const section = SECTION.exec(tokens[markAt + 1] ?? '')?.[1];
  if (!section) return [];
  const isLaw = (token: string) => LAW.test(token) && !CITATION_WORDS.has(token.replace(/\./gu, '').toLowerCase());
  // The law's name follows the section ("§18g Abs. 1 AufenthG") or precedes it ("AufenthG § 81a").
  const afterAt = tokens.findIndex((token, index) => index > markAt + 1 && isLaw(token));
  const beforeAt = markAt > 0 && isLaw(tokens[markAt - 1] ?? '') ? markAt - 1 : -1;
  const lawAt = afterAt >= 0 ? afterAt : beforeAt;
  if (lawAt < 0) return [];
  // Books of a code are numbered in Roman numerals: "SGB VI".
  const book = tokens[lawAt + 1];
  const law = book !== undefined && ROMAN.test(book) ? `${tokens[lawAt]} ${book}` : (tokens[lawAt] ?? '');
  return legalReferenceKeys({ law, section });
}
