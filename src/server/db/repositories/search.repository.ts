/**
 * The search query over `search_entries`: German and English full text (each entry matched with
 * its own language's configuration), ranked by weight (title > summary > body), with
 * `ts_headline` snippets; and the trigram lookup behind typo tolerance.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import type { SearchEntryKind } from './search-index.repository';

export type SearchFilter = {
  kinds: readonly SearchEntryKind[] | null;
  visibilities: readonly ('public' | 'signed_in')[];
  topic: string | null;
  /** A normalised key such as `aufenthg` or `aufenthg:18g`. */
  legalRefKey: string | null;
};

export type SearchRow = {
  kind: SearchEntryKind;
  refId: string;
  title: string;
  path: string;
  language: string;
  topics: string[];
  legalRefs: string[];
  rank: number;
  /** The snippet with matches between \u0001 and \u0002 (escaped and marked up by the caller). */
  headline: string;
};

/** Marks the headline uses around matches; control characters never occur in indexed text. */
export const HEADLINE_START = '\u0001';
export const HEADLINE_STOP = '\u0002';
const HEADLINE_OPTIONS = `StartSel=${HEADLINE_START}, StopSel=${HEADLINE_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

function textArray(values: readonly string[]): SQL {
  // One JSON parameter, not one parameter per element (drizzle expands arrays into lists).
  return sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}

/** Head matches ranked per query; beyond this, a very common word ranks an arbitrary subset. */
const HEAD_CANDIDATES = 100;
/** Body-only matches ranked per query, when the head matches do not fill the page. */
const BODY_CANDIDATES = 100;
/**
 * ts_headline parses and stems every word it is given; on a page of 20 results that cost more
 * than finding the results (ADR 10). So a head match's headline is cut from its summary (or,
 * without one, from the start of the body), and a body match's from a window of the body around
 * the first word that starts with a query lexeme.
 */
const HEAD_TIER_BODY_CHARS = 300;
const BODY_WINDOW_BEFORE = 150;
const BODY_WINDOW_CHARS = 450;

export type SearchTier = 'head' | 'body';

/**
 * One language's candidates: the entries of that language that match, at most a fixed number of
 * them, ranked. The query is inlined as `to_tsquery('<config>', $n)` (not taken from a CTE) so
 * that the planner sees its words and can tell a rare word, best found through the partial GIN
 * index, from a common one, best found by reading the table until enough matched.
 */
function languageCandidates(tier: SearchTier, language: 'de' | 'en', tsQuery: string, filters: SQL): SQL {
  const config = sql.raw(language === 'en' ? `'english'` : `'german'`);
  const inLanguage = language === 'en' ? sql`e.language = 'en'` : sql`e.language <> 'en'`;
  const query = sql`to_tsquery(${config}, ${tsQuery})`;
  const matches = tier === 'head' ? sql`e.head @@ ${query}` : sql`e.search @@ ${query} AND NOT e.head @@ ${query}`;
  const vector = sql.raw(tier === 'head' ? 'head' : 'search');
  return sql`
    SELECT c.kind, c.ref_id, c.updated_at, ts_rank(c.vector, ${query}) AS rank
    FROM (SELECT e.kind, e.ref_id, e.updated_at, e.${vector} AS vector
          FROM search_entries e
          WHERE ${inLanguage} AND ${matches} AND ${filters}
          LIMIT ${tier === 'head' ? HEAD_CANDIDATES : BODY_CANDIDATES}) c`;
}

/**
 * The body lower-cased, with umlauts and ß folded as the stemmers fold them and the characters
 * that usually open a word turned into spaces, so that a word start reads " " + word. A chain of
 * `replace` (a byte search each): `translate` with a list this long, or a regular expression,
 * cost a millisecond per body.
 */
const FOLDS: readonly [string, string][] = [
  ['ä', 'a'], ['ö', 'o'], ['ü', 'u'], ['Ä', 'a'], ['Ö', 'o'], ['Ü', 'u'], ['ß', 'ss'],
  ['\n', ' '], ['\t', ' '], ['(', ' '], ['„', ' '], ['"', ' '], ['/', ' '], ['-', ' '], ['‚', ' '], ['«', ' '], ['»', ' '],
];
const foldedBody = FOLDS.reduce<SQL>((text, [from, to]) => sql`replace(${text}, ${from}, ${to})`, sql`' ' || lower(e.body)`);

/**
 * The text a result's headline is cut from. For a body match: the body from a little before the
 * first word that starts with one of the query's lexemes (the stemmers fold case, umlauts and ß
 * and cut endings, so a lexeme is the start of the folded word), found with `strpos` in the
 * folded body `f.folded` (computed once per result: the tier statement joins it with OFFSET 0 so
 * the planner does not copy the expression into each use). Positions in the folded body run a
 * little ahead of the body's where ß became ss; the window is wide enough for that.
 */
function headlineSource(tier: SearchTier, queryOf: SQL): SQL {
  if (tier === 'head') return sql`CASE WHEN e.summary = '' THEN left(e.body, ${HEAD_TIER_BODY_CHARS}) ELSE e.summary END`;
  const firstMatch = sql`(SELECT min(z.position) FROM (
      SELECT strpos(f.folded, ' ' || m[1]) AS position
      FROM regexp_matches((${queryOf})::text, '''([^'']+)''', 'g') AS m) z
    WHERE z.position > 0)`;
  return sql`substr(e.body, greatest(1, coalesce(${firstMatch}, 1) - ${BODY_WINDOW_BEFORE}), ${BODY_WINDOW_CHARS})`;
}

/**
 * One tier's page with headlines: entries whose title or summary match (`head`, ranked on the
 * small `head` vector), or entries that match in the body alone (`body`, ranked on the full
 * vector); each language matched with its own configuration.
 */
export function searchTierStatement(tier: SearchTier, tsQuery: string, filter: SearchFilter, limit: number): SQL {
  const conditions: SQL[] = [sql`e.visibility = ANY(${textArray(filter.visibilities)})`];
  if (filter.kinds) conditions.push(sql`e.kind = ANY(${textArray(filter.kinds)})`);
  if (filter.topic) conditions.push(sql`e.topics @> ${textArray([filter.topic])}`);
  if (filter.legalRefKey) conditions.push(sql`e.legal_ref_keys @> ${textArray([filter.legalRefKey])}`);
  const filters = sql.join(conditions, sql` AND `);
  const queryOf = sql`CASE WHEN e.language = 'en' THEN to_tsquery('english', ${tsQuery}) ELSE to_tsquery('german', ${tsQuery}) END`;
  return sql`
    SELECT e.kind, e.ref_id AS "refId", e.title, e.path, e.language, e.topics, e.legal_refs AS "legalRefs", top.rank,
           ts_headline(CASE WHEN e.language = 'en' THEN 'english'::regconfig ELSE 'german'::regconfig END,
                       ${headlineSource(tier, queryOf)}, ${queryOf}, ${HEADLINE_OPTIONS}) AS headline
    FROM (SELECT c.kind, c.ref_id, c.updated_at, c.rank
          FROM (${languageCandidates(tier, 'de', tsQuery, filters)}
                UNION ALL
                ${languageCandidates(tier, 'en', tsQuery, filters)}) c
          ORDER BY c.rank DESC, c.updated_at DESC, c.ref_id
          LIMIT ${limit}) top
    JOIN search_entries e ON e.kind = top.kind AND e.ref_id = top.ref_id
    ${tier === 'body' ? sql`CROSS JOIN LATERAL (SELECT ${foldedBody} AS folded OFFSET 0) f` : sql``}
    ORDER BY top.rank DESC, top.updated_at DESC, top.ref_id`;
}

/**
 * The best `limit` entries for a to_tsquery expression (built by domain/knowledge/search-input,
 * so it holds only words, `&` and a final `:*`), in two tiers: title and summary matches first,
 * then — only if those do not fill the page, in a second statement — body-only matches. Each tier
 * ranks a bounded number of candidates per language, so a word found in half the corpus costs no
 * more than a rare one; the headline, the other expensive part, runs only for the page.
 */
export async function searchIndex(db: Database, tsQuery: string, filter: SearchFilter, limit: number): Promise<SearchRow[]> {
  const run = async (tier: SearchTier, count: number) => {
    const result = await db.execute(searchTierStatement(tier, tsQuery, filter, count));
    return (result as unknown as { rows: SearchRow[] }).rows.map((row) => ({ ...row, rank: Number(row.rank) }));
  };
  const head = await run('head', limit);
  return head.length < limit ? [...head, ...(await run('body', limit - head.length))] : head;
}

export type WordSuggestion = { word: string; isKnown: boolean; suggestion: string | null };

/**
 * For each word: whether the index knows it (accents ignored) and, if not, the nearest known
 * word by trigram similarity (at least pg_trgm's threshold, 0.3 by default), or null.
 */
export async function suggestWords(db: Database, words: readonly string[]): Promise<WordSuggestion[]> {
  if (words.length === 0) return [];
  const result = await db.execute(sql`
    SELECT w.word,
           EXISTS (SELECT 1 FROM search_words s WHERE s.word = unaccent(w.word)) AS "isKnown",
           (SELECT s.word FROM search_words s
             WHERE s.word % unaccent(w.word)
             ORDER BY s.word <-> unaccent(w.word), s.word
             LIMIT 1) AS suggestion
    FROM jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) WITH ORDINALITY AS w(word, position)
    ORDER BY w.position`);
  return (result as unknown as { rows: WordSuggestion[] }).rows;
}
