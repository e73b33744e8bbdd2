import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CitedParameter, LegalReference } from '../../../domain/knowledge/index';
import { users } from './identity';

/**
 * A knowledge article. The content lives in `article_versions` (every version kept); this row
 * holds the workflow state of the newest version (`status`) and which version readers see
 * (`published_version`, kept while a revision of a published article is being edited).
 */
export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    /** draft | in_review | published | archived — the state of version `latest_version`. */
    status: text('status').notNull().default('draft'),
    latestVersion: integer('latest_version').notNull().default(1),
    publishedVersion: integer('published_version'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** The last review note ("request changes"), shown to the authors until the next submission. */
    reviewNote: text('review_note'),
  },
  (table) => [
    uniqueIndex('articles_slug_key').on(table.slug),
    index('articles_status_updated_idx').on(table.status, table.updatedAt.desc()),
    index('articles_published_updated_idx').on(table.publishedAt.desc()),
  ],
);

/** One immutable version of an article's content; `number` counts from 1 per article. */
export const articleVersions = pgTable(
  'article_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    language: text('language').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Markdown source; rendered and sanitised on the server when read. */
    body: text('body').notNull(),
    topics: text('topics').array().notNull().default([]),
    legalRefs: jsonb('legal_refs').$type<LegalReference[]>().notNull().default([]),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    wegweiserTitles: text('wegweiser_titles').array().notNull().default([]),
    wegweiserConditions: text('wegweiser_conditions').array().notNull().default([]),
    caseStages: text('case_stages').array().notNull().default([]),
    /** The yearly-parameter values this version cites, as of its validity (needs-review check). */
    citedParameters: jsonb('cited_parameters').$type<CitedParameter[]>().notNull().default([]),
    changeNote: text('change_note'),
    authorUserId: uuid('author_user_id').references(() => users.id),
    reviewerUserId: uuid('reviewer_user_id').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('article_versions_article_number_key').on(table.articleId, table.number)],
);

/**
 * What the published version links to, so that a Wegweiser result or a case step can offer its
 * articles: kind `wegweiser_title` | `wegweiser_condition` | `case_stage`, target the id there.
 */
export const articleLinks = pgTable(
  'article_links',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    target: text('target').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.kind, table.target] }),
    index('article_links_target_idx').on(table.kind, table.target),
  ],
);

/** Which version of an article a user last read ("changed since you last read"). */
export const articleReads = pgTable(
  'article_reads',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    versionNumber: integer('version_number').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.articleId] })],
);
