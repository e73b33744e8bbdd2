import { sql } from 'drizzle-orm';
import { customType, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * One row per searchable thing (published article, course, lesson, question), whatever feature
 * owns it: features keep their own tables and mirror what should be found here through
 * `search-index.repository.ts`. `search` is maintained by PostgreSQL itself: title (A) >
 * summary and keywords (B) > body (C), stemmed with the configuration of the entry's language.
 */
export const searchEntries = pgTable(
  'search_entries',
  {
    /** article | course | lesson | question */
    kind: text('kind').notNull(),
    /** The id of the indexed record in its feature's table. */
    refId: text('ref_id').notNull(),
    /** de | en: chooses the text-search configuration (german | english). */
    language: text('language').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Plain text (Markdown already stripped). */
    body: text('body').notNull().default(''),
    /** Formatted legal references and topics, searchable with weight B. */
    keywords: text('keywords').notNull().default(''),
    topics: text('topics').array().notNull().default([]),
    /** Formatted references as shown to readers, e.g. `§18g Abs. 1 AufenthG`. */
    legalRefs: text('legal_refs').array().notNull().default([]),
    /** Normalised filter keys: `aufenthg` and `aufenthg:18g` (law, law + section). */
    legalRefKeys: text('legal_ref_keys').array().notNull().default([]),
    /** The web path of the entry, e.g. `/wissen/artikel/<id>`. */
    path: text('path').notNull(),
    /** public (anyone) | signed_in (any signed-in user). */
    visibility: text('visibility').notNull(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector(CASE WHEN "language" = 'en' THEN 'english'::regconfig ELSE 'german'::regconfig END, "title"), 'A') || setweight(to_tsvector(CASE WHEN "language" = 'en' THEN 'english'::regconfig ELSE 'german'::regconfig END, "summary" || ' ' || "keywords"), 'B') || setweight(to_tsvector(CASE WHEN "language" = 'en' THEN 'english'::regconfig ELSE 'german'::regconfig END, "body"), 'C')`,
      ),
    /**
     * Title (A) and summary with keywords (B) alone: a few hundred bytes, so ranking the entries
     * whose head matches costs a fraction of ranking every body match (see ADR 10).
     */
    head: tsvector('head')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector(CASE WHEN "language" = 'en' THEN 'english'::regconfig ELSE 'german'::regconfig END, "title"), 'A') || setweight(to_tsvector(CASE WHEN "language" = 'en' THEN 'english'::regconfig ELSE 'german'::regconfig END, "summary" || ' ' || "keywords"), 'B')`,
      ),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.kind, table.refId] }),
    // One GIN index per language (the search query has one branch per language), so a branch
    // reads only its own language's postings and the planner estimates each separately (ADR 10).
    index('search_entries_search_de_idx').using('gin', table.search).where(sql`${table.language} <> 'en'`),
    index('search_entries_search_en_idx').using('gin', table.search).where(sql`${table.language} = 'en'`),
    index('search_entries_head_de_idx').using('gin', table.head).where(sql`${table.language} <> 'en'`),
    index('search_entries_head_en_idx').using('gin', table.head).where(sql`${table.language} = 'en'`),
    index('search_entries_topics_idx').using('gin', table.topics),
    index('search_entries_legal_ref_keys_idx').using('gin', table.legalRefKeys),
  ],
);

/**
 * The words that occur in indexed entries (lower-case, accents removed), for typo tolerance:
 * a query word that matches nothing is replaced by its nearest known word by trigram distance.
 * Words are only added; a stale word merely finds nothing.
 */
export const searchWords = pgTable(
  'search_words',
  {
    word: text('word').primaryKey(),
  },
  (table) => [index('search_words_trgm_idx').using('gist', table.word.op('gist_trgm_ops'))],
);
