/** Knowledge articles: the article rows, their immutable versions, links and reads. */
import { aliasedTable, and, asc, desc, eq, gt, inArray, isNotNull, max, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { articleLinks, articleReads, articles, articleVersions, users } from '../schema/index';

export type ArticleRow = typeof articles.$inferSelect;
export type ArticleInsert = typeof articles.$inferInsert;
export type ArticleVersionRow = typeof articleVersions.$inferSelect;
export type ArticleVersionInsert = typeof articleVersions.$inferInsert;
export type PersonRef = { id: string; name: string } | null;
export type ArticleVersionWithNames = ArticleVersionRow & { author: PersonRef; reviewer: PersonRef };
export type ArticleLinkKind = 'wegweiser_title' | 'wegweiser_condition' | 'case_stage';

export async function insertArticle(tx: Database, values: ArticleInsert): Promise<ArticleRow> {
  const [row] = await tx.insert(articles).values(values).returning();
  if (!row) throw new Error('article insert returned no row');
  return row;
}

export async function insertArticleVersion(tx: Database, values: ArticleVersionInsert): Promise<ArticleVersionRow> {
  const [row] = await tx.insert(articleVersions).values(values).returning();
  if (!row) throw new Error('article version insert returned no row');
  return row;
}

export async function getArticle(db: Database, id: string, options: { forUpdate?: boolean } = {}): Promise<ArticleRow | undefined> {
  const query = db.select().from(articles).where(eq(articles.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function getArticleBySlug(db: Database, slug: string): Promise<ArticleRow | undefined> {
  const [row] = await db.select().from(articles).where(eq(articles.slug, slug)).limit(1);
  return row;
}

export async function updateArticle(tx: Database, id: string, changes: Partial<ArticleInsert>): Promise<ArticleRow> {
  const [row] = await tx.update(articles).set(changes).where(eq(articles.id, id)).returning();
  if (!row) throw new Error('article update returned no row');
  return row;
}

export async function updateArticleVersion(tx: Database, id: string, changes: Partial<ArticleVersionInsert>): Promise<void> {
  await tx.update(articleVersions).set(changes).where(eq(articleVersions.id, id));
}

const authors = aliasedTable(users, 'version_author');
const reviewers = aliasedTable(users, 'version_reviewer');

function versionsWithNames(db: Database) {
  return db
    .select({
      version: articleVersions,
      authorId: authors.id,
      authorName: authors.name,
      reviewerId: reviewers.id,
      reviewerName: reviewers.name,
    })
    .from(articleVersions)
    .leftJoin(authors, eq(authors.id, articleVersions.authorUserId))
    .leftJoin(reviewers, eq(reviewers.id, articleVersions.reviewerUserId));
}

type JoinedVersion = { version: ArticleVersionRow; authorId: string | null; authorName: string | null; reviewerId: string | null; reviewerName: string | null };

function withNames(row: JoinedVersion): ArticleVersionWithNames {
  return {
    ...row.version,
    author: row.authorId ? { id: row.authorId, name: row.authorName ?? '' } : null,
    reviewer: row.reviewerId ? { id: row.reviewerId, name: row.reviewerName ?? '' } : null,
  };
}

export async function getArticleVersion(db: Database, articleId: string, number: number): Promise<ArticleVersionWithNames | undefined> {
  const [row] = await versionsWithNames(db)
    .where(and(eq(articleVersions.articleId, articleId), eq(articleVersions.number, number)))
    .limit(1);
  return row ? withNames(row) : undefined;
}

/** Every version, newest first. */
export async function findArticleVersions(db: Database, articleId: string): Promise<ArticleVersionWithNames[]> {
  const rows = await versionsWithNames(db).where(eq(articleVersions.articleId, articleId)).orderBy(desc(articleVersions.number));
  return rows.map(withNames);
}

/**
 * Who wrote the versions since the last approved one (the four-eyes rule keeps them from
 * reviewing). Restored, already reviewed content has no new versions: then its last writer counts.
 */
export async function findRevisionAuthorIds(db: Database, articleId: string): Promise<string[]> {
  const [approved] = await db
    .select({ number: max(articleVersions.number) })
    .from(articleVersions)
    .where(and(eq(articleVersions.articleId, articleId), isNotNull(articleVersions.reviewedAt)));
  const since = approved?.number ?? 0;
  const rows = await db
    .selectDistinct({ authorUserId: articleVersions.authorUserId })
    .from(articleVersions)
    .where(and(eq(articleVersions.articleId, articleId), gt(articleVersions.number, since)));
  const ids = rows.flatMap((row) => (row.authorUserId ? [row.authorUserId] : []));
  if (ids.length > 0) return ids;
  const [latest] = await db
    .select({ authorUserId: articleVersions.authorUserId })
    .from(articleVersions)
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(desc(articleVersions.number))
    .limit(1);
  return latest?.authorUserId ? [latest.authorUserId] : [];
}

export type ArticleListFilter = {
  /** Readers: the published version of published articles; editors: the newest version of all. */
  view: 'published' | 'latest';
  status?: string;
  topic?: string;
  link?: { kind: ArticleLinkKind; target: string };
  /** Only rows whose shown version cites figures or has an end date (candidates for review). */
  reviewCandidates?: boolean;
};

export type ArticleListRow = { article: ArticleRow; version: ArticleVersionRow };

function listConditions(filter: ArticleListFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.view === 'published') conditions.push(isNotNull(articles.publishedVersion));
  else if (filter.status) conditions.push(eq(articles.status, filter.status));
  if (filter.topic) conditions.push(sql`${articleVersions.topics} @> ARRAY[${filter.topic}]::text[]`);
  if (filter.link) {
    const { kind, target } = filter.link;
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${articleLinks} l WHERE l.article_id = ${articles.id} AND l.kind = ${kind} AND l.target = ${target})`,
    );
  }
  if (filter.reviewCandidates) {
    conditions.push(sql`(jsonb_array_length(${articleVersions.citedParameters}) > 0 OR ${articleVersions.validUntil} IS NOT NULL)`);
  }
  return conditions;
}

function listQuery(db: Database, filter: ArticleListFilter) {
  const shown = filter.view === 'published' ? articles.publishedVersion : articles.latestVersion;
  return db
    .select({ article: articles, version: articleVersions })
    .from(articles)
    .innerJoin(articleVersions, and(eq(articleVersions.articleId, articles.id), eq(articleVersions.number, shown)))
    .where(and(...listConditions(filter)));
}

/** One page of articles with the version each shows. */
export async function findArticles(
  db: Database,
  filter: ArticleListFilter,
  page: { offset: number; limit: number; sort: 'updated' | 'title' },
): Promise<{ rows: ArticleListRow[]; total: number }> {
  const order = page.sort === 'title' ? [asc(articleVersions.title), asc(articles.id)] : [desc(articles.updatedAt), asc(articles.id)];
  const [rows, [count]] = await Promise.all([
    listQuery(db, filter).orderBy(...order).limit(page.limit).offset(page.offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(articles)
      .innerJoin(
        articleVersions,
        and(
          eq(articleVersions.articleId, articles.id),
          eq(articleVersions.number, filter.view === 'published' ? articles.publishedVersion : articles.latestVersion),
        ),
      )
      .where(and(...listConditions(filter))),
  ]);
  return { rows, total: Number(count?.total ?? 0) };
}

/** All matching articles (the needs-review list is computed in code, then paged). */
export function findAllArticles(db: Database, filter: ArticleListFilter): Promise<ArticleListRow[]> {
  return listQuery(db, filter).orderBy(desc(articles.updatedAt), asc(articles.id));
}

/** Replaces what the article links to (kept equal to its published version). */
export async function replaceArticleLinks(
  tx: Database,
  articleId: string,
  links: readonly { kind: ArticleLinkKind; target: string }[],
): Promise<void> {
  await tx.delete(articleLinks).where(eq(articleLinks.articleId, articleId));
  if (links.length > 0) await tx.insert(articleLinks).values(links.map((link) => ({ articleId, ...link }))).onConflictDoNothing();
}

/** The version each of these articles was last read in by the user. */
export async function findReadVersions(db: Database, userId: string, articleIds: readonly string[]): Promise<Map<string, number>> {
  if (articleIds.length === 0) return new Map();
  const rows = await db
    .select({ articleId: articleReads.articleId, versionNumber: articleReads.versionNumber })
    .from(articleReads)
    .where(and(eq(articleReads.userId, userId), inArray(articleReads.articleId, [...articleIds])));
  return new Map(rows.map((row) => [row.articleId, row.versionNumber]));
}

/** Records a read; an older version never replaces a newer one already read. */
export async function recordArticleRead(tx: Database, values: { userId: string; articleId: string; versionNumber: number; readAt: Date }): Promise<void> {
  await tx
    .insert(articleReads)
    .values(values)
    .onConflictDoUpdate({
      target: [articleReads.userId, articleReads.articleId],
      set: { versionNumber: sql`GREATEST(${articleReads.versionNumber}, excluded.version_number)`, readAt: values.readAt },
    });
}
