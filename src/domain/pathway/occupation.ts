/**
 * Occupations given as ISCO-08 or KldB 2010 codes, read against the ISCO-08 groups the statutes name
 * (§18g Abs. 1 Satz 2 Nr. 1, §18g Abs. 2 AufenthG) and against each other (is an experience period in
 * the occupation of the qualification or the job?).
 *
 * A KldB 2010 code is mapped with the Bundesagentur für Arbeit's Umsteigeschlüssel (kldb-isco-table.ts).
 * One KldB code can map to several ISCO-08 codes; a KldB code with fewer than 5 digits (a group of
 * the KldB hierarchy) stands for every Berufsgattung it contains. The reading (NOTES.md, "KldB 2010
 * and experience relatedness"): a group condition is met when ALL mapped ISCO codes are in a group,
 * not met when NONE is, and unknown when they are mixed.
 */
import type { IscoMatcher } from './isco';
import { KLDB_ISCO_TABLE } from './kldb-isco-table';
import type { ConditionStatus, LocalizedText } from './types';

function parseTable(source: string): ReadonlyMap<string, readonly string[]> {
  const table = new Map<string, readonly string[]>();
  for (const token of source.split(/\s+/)) {
    if (token === '') continue;
    const [kldb, isco] = token.split(':');
    if (kldb === undefined || isco === undefined) throw new Error(`kldb-isco-table: bad token "${token}"`);
    table.set(kldb, isco.split(','));
  }
  return table;
}

const TABLE = parseTable(KLDB_ISCO_TABLE);
const prefixCache = new Map<string, readonly string[] | null>();

/**
 * The ISCO-08 codes of a KldB 2010 code, BA-recommended first; for a code shorter than 5 digits the
 * union over all Berufsgattungen starting with it. `undefined` when no Berufsgattung of the table
 * starts with the code (unknown code, or a code of the original 2011 edition not in Fassung 2020).
 */
export function iscoCodesOfKldb(kldb: string): readonly string[] | undefined {
  const exact = TABLE.get(kldb);
  if (exact !== undefined) return exact;
  const cached = prefixCache.get(kldb);
  if (cached !== undefined) return cached ?? undefined;
  let codes: string[] | null = null;
  if (kldb.length < 5) {
    const union = new Set<string>();
    for (const [code, isco] of TABLE) if (code.startsWith(kldb)) for (const entry of isco) union.add(entry);
    if (union.size > 0) codes = [...union].sort();
  }
  prefixCache.set(kldb, codes);
  return codes ?? undefined;
}

export type OccupationInput = { readonly isco?: string | undefined; readonly kldb?: string | undefined } | null | undefined;

/**
 * How an occupation was read against a group list:
 * - `isco`: the ISCO-08 code decided (a KldB code given as well agrees or is less precise);
 * - `kldb`: decided from the KldB code's mapped ISCO codes (`unknown` when they are mixed);
 * - `kldb_unmapped`: a KldB code that is not in the table, and no ISCO code;
 * - `conflict`: ISCO and KldB codes give opposite answers, so the condition stays `unknown`;
 * - `missing`: neither code given.
 */
export type OccupationBasis = 'isco' | 'kldb' | 'kldb_unmapped' | 'conflict' | 'missing';

export type OccupationMatch = {
  status: ConditionStatus;
  basis: OccupationBasis;
  /** ISCO-08 codes the KldB code maps to (empty without a mappable KldB code). */
  kldbIsco: readonly string[];
};

/** Met when all codes are in a group, not met when none is, unknown otherwise. */
export function matchAll(matcher: IscoMatcher, codes: readonly string[]): ConditionStatus {
  let met = 0;
  let notMet = 0;
  for (const code of codes) {
    const status = matcher.match(code);
    if (status === 'met') met += 1;
    else if (status === 'not_met') notMet += 1;
  }
  if (met === codes.length) return 'met';
  if (notMet === codes.length) return 'not_met';
  return 'unknown';
}

const definite = (status: ConditionStatus | undefined): boolean => status === 'met' || status === 'not_met';

const NO_CODES: readonly string[] = [];

export function matchOccupation(matcher: IscoMatcher, occupation: OccupationInput): OccupationMatch {
  const isco = occupation?.isco;
  const kldb = occupation?.kldb;
  // Fast path (most profiles): no KldB code.
  if (kldb === undefined) return { status: matcher.match(isco), basis: isco === undefined ? 'missing' : 'isco', kldbIsco: NO_CODES };
  const iscoStatus = isco === undefined ? undefined : matcher.match(isco);
  const kldbIsco = kldb === undefined ? undefined : iscoCodesOfKldb(kldb);
  const kldbStatus = kldbIsco === undefined ? undefined : matchAll(matcher, kldbIsco);
  const mapped = kldbIsco ?? [];
  if (iscoStatus !== undefined) {
    if (definite(iscoStatus) && definite(kldbStatus) && iscoStatus !== kldbStatus) return { status: 'unknown', basis: 'conflict', kldbIsco: mapped };
    if (!definite(iscoStatus) && kldbStatus !== undefined && definite(kldbStatus)) return { status: kldbStatus, basis: 'kldb', kldbIsco: mapped };
    return { status: iscoStatus, basis: 'isco', kldbIsco: mapped };
  }
  if (kldbStatus !== undefined) return { status: kldbStatus, basis: 'kldb', kldbIsco: mapped };
  if (kldb !== undefined) return { status: 'unknown', basis: 'kldb_unmapped', kldbIsco: mapped };
  return { status: 'unknown', basis: 'missing', kldbIsco: mapped };
}

/**
 * The ISCO-08 codes an occupation stands for: the ISCO code when given, else the KldB code's mapped
 * codes (empty when the KldB code is not in the table); `undefined` when no occupation is given.
 */
export function occupationCodes(occupation: OccupationInput): readonly string[] | undefined {
  if (occupation?.isco !== undefined) return [occupation.isco];
  if (occupation?.kldb !== undefined) return iscoCodesOfKldb(occupation.kldb) ?? [];
  return undefined;
}

/** Digits of an ISCO-08 minor group: the level at which two occupations count as the same field. */
export const RELATED_ISCO_DIGITS = 3;

/**
 * Whether an experience period's occupation is that of the qualification or job:
 * - `related`: both sides name the same occupation (same codes), or all codes lie in one ISCO-08 minor group (3 digits);
 * - `uncertain`: different minor groups, codes too coarse to tell, or a KldB code not in the table;
 * - `assumed`: one side names no occupation, so nothing can be compared (counted, as before).
 */
export type Relation = 'related' | 'uncertain' | 'assumed';

export function relateOccupations(entry: readonly string[] | undefined, reference: readonly string[] | undefined): Relation {
  if (entry === undefined || reference === undefined) return 'assumed';
  if (entry.length === 0 || reference.length === 0) return 'uncertain';
  // The same occupation on both sides (same ISCO code, or the same KldB code's list) is related.
  if (entry.length === reference.length && entry.every((code, index) => code === reference[index])) return 'related';
  const first = entry[0] as string;
  if (first.length < RELATED_ISCO_DIGITS) return 'uncertain';
  const group = first.slice(0, RELATED_ISCO_DIGITS);
  const inGroup = (code: string): boolean => code.length >= RELATED_ISCO_DIGITS && code.startsWith(group);
  return entry.every(inGroup) && reference.every(inGroup) ? 'related' : 'uncertain';
}

/**
 * Names of the ISCO-08 groups the statutes list (law.md §8.1 "ISCO group names, for the UI"); the
 * German names translate law.md's English ones, they are not the official German ISCO-08 titles.
 */
export const ISCO_GROUP_NAMES: Readonly<Record<string, LocalizedText>> = {
  '132': { de: 'Führungskräfte in Produktion, Bergbau, Bau und Logistik', en: 'manufacturing, mining, construction and distribution managers' },
  '133': { de: 'Führungskräfte für IKT-Dienstleistungen', en: 'ICT service managers' },
  '134': { de: 'Führungskräfte für professionelle Dienstleistungen', en: 'professional services managers' },
  '21': { de: 'Fachleute in Naturwissenschaft und Ingenieurwesen', en: 'science and engineering professionals' },
  '221': { de: 'Ärztinnen und Ärzte', en: 'medical doctors' },
  '222': { de: 'Fachleute der Krankenpflege und Geburtshilfe', en: 'nursing and midwifery professionals' },
  '225': { de: 'Tierärztinnen und Tierärzte', en: 'veterinarians' },
  '226': { de: 'andere akademische Gesundheitsberufe', en: 'other health professionals' },
  '23': { de: 'Lehrkräfte', en: 'teaching professionals' },
  '25': { de: 'IKT-Fachleute', en: 'ICT professionals' },
};

/** "IKT-Fachleute (ISCO 25)" for the group of `code` among `groups`, or "ISCO 2512" when none has a name. */
export function occupationLabel(code: string, groups: readonly string[], language: 'de' | 'en'): string {
  for (const group of groups) {
    const name = ISCO_GROUP_NAMES[group];
    if (name !== undefined && code.startsWith(group)) return `${name[language]} (ISCO ${code})`;
  }
  return `ISCO ${code}`;
}

const MAX_LISTED_CODES = 6;

/** "2511, 2512 und 2523" / "2511, 2512 and 2523"; long lists end with "und 12 weitere". */
export function codeList(codes: readonly string[], language: 'de' | 'en'): string {
  const and = language === 'de' ? 'und' : 'and';
  const shown = codes.slice(0, MAX_LISTED_CODES);
  const rest = codes.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} ${and} ${rest} ${language === 'de' ? 'weitere' : 'more'}`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${and} ${shown[shown.length - 1] as string}`;
}

/** Names of the groups (among `groups`) that the codes fall in: "IKT-Fachleute (ISCO 25)". */
export function groupNames(codes: readonly string[], groups: readonly string[], language: 'de' | 'en'): string {
  const names: string[] = [];
  for (const group of groups) {
    if (!codes.some((code) => code.startsWith(group))) continue;
    const name = ISCO_GROUP_NAMES[group];
    names.push(name === undefined ? `ISCO ${group}` : `${name[language]} (ISCO ${group})`);
  }
  return names.join(', ');
}
