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
const HEAD_CANDIDATES = 500;
/**
 * ts_headline parses the whole text it is given. A head match has its match in the title or
 * summary, so its snippet needs only the start of the body; body-only matches get the whole body.
 */
const HEAD_TIER_HEADLINE_CHARS = 1_000;
/** Body-only matches ranked per query, when the head matches do not fill the page. */
const BODY_CANDIDATES = 200;

/**
 * The best `limit` entries for a to_tsquery expression (built by domain/knowledge/search-input,
 * so it holds only words, `&` and a final `:*`), in two tiers: entries whose title or summary
 * match (ranked on the small `head` vector), then — only if those do not fill the page — entries
 * that match in the body alone (ranked on the full vector). Each tier ranks a bounded number of
 * candidates, so a word found in half the corpus costs no more than a rare one; the headline,
 * the other expensive part, runs only for the page.
 */
export async function searchIndex(db: Database, tsQuery: string, filter: SearchFilter, limit: number): Promise<SearchRow[]> {
  const conditions: SQL[] = [sql`e.visibility = ANY(${textArray(filter.visibilities)})`];
  if (filter.kinds) conditions.push(sql`e.kind = ANY(${textArray(filter.kinds)})`);
  if (filter.topic) conditions.push(sql`e.topics @> ${textArray([filter.topic])}`);
  if (filter.legalRefKey) conditions.push(sql`e.legal_ref_keys @> ${textArray([filter.legalRefKey])}`);
  const filters = sql.join(conditions, sql` AND `);
  const query = sql`CASE WHEN e.language = 'en' THEN q.en ELSE q.de END`;
  const headMatches = sql`((e.language = 'en' AND e.head @@ q.en) OR (e.language <> 'en' AND e.head @@ q.de))`;
  const result = await db.execute(sql`
    WITH q AS (SELECT to_tsquery('german', ${tsQuery}) AS de, to_tsquery('english', ${tsQuery}) AS en),
    head_hits AS MATERIALIZED (
      SELECT c.kind, c.ref_id, c.updated_at, 1 AS tier, ts_rank(c.head, c.query) AS rank
      FROM (SELECT e.kind, e.ref_id, e.updated_at, e.head, ${query} AS query
            FROM search_entries e, q
            WHERE ${headMatches} AND ${filters}
            LIMIT ${HEAD_CANDIDATES}) c
      ORDER BY rank DESC, c.updated_at DESC, c.ref_id
      LIMIT ${limit}
    ),
    body_hits AS MATERIALIZED (
      SELECT c.kind, c.ref_id, c.updated_at, 2 AS tier, ts_rank(c.search, c.query) AS rank
      FROM (SELECT e.kind, e.ref_id, e.updated_at, e.search, ${query} AS query
            FROM search_entries e, q
            WHERE (SELECT count(*) FROM head_hits) < ${limit}
              AND ((e.language = 'en' AND e.search @@ q.en) OR (e.language <> 'en' AND e.search @@ q.de))
              AND NOT ${headMatches} AND ${filters}
            LIMIT ${BODY_CANDIDATES}) c
      ORDER BY rank DESC, c.updated_at DESC, c.ref_id
      LIMIT ${limit}
    ),
    top AS (
      SELECT * FROM head_hits UNION ALL SELECT * FROM body_hits
      ORDER BY tier, rank DESC, updated_at DESC, ref_id
      LIMIT ${limit}
    )
    SELECT e.kind, e.ref_id AS "refId", e.title, e.path, e.language, e.topics, e.legal_refs AS "legalRefs", top.rank,
           ts_headline(CASE WHEN e.language = 'en' THEN 'english'::regconfig ELSE 'german'::regconfig END,
                       CASE WHEN top.tier = 1 THEN e.summary || ' ' || left(e.body, ${HEAD_TIER_HEADLINE_CHARS}) ELSE e.summary || ' ' || e.body END,
                       ${query}, ${HEADLINE_OPTIONS}) AS headline
    FROM top JOIN search_entries e ON e.kind = top.kind AND e.ref_id = top.ref_id, q
    ORDER BY top.tier, top.rank DESC, top.updated_at DESC, top.ref_id`);
  return (result as unknown as { rows: SearchRow[] }).rows.map((row) => ({ ...row, rank: Number(row.rank) }));
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
