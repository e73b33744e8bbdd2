import { canonicalJson } from '../../domain/audit/canonical-json';
import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import {
  getArticleBySlug,
  getArticleVersion,
  insertArticle,
  insertArticleVersion,
  updateArticle,
  type ArticleRow,
  type ArticleVersionRow,
} from '../db/repositories/articles.repository';
import { findUserByEmail } from '../db/repositories/users.repository';
import { loadSeedArticles, type SeedArticle } from '../seed/knowledge-articles';
import { todayOf } from './article-access';
import { exposePublishedVersion } from './article-publication';
import type { CommandContext } from './context';
import { versionContent } from './create-article';

export type KnowledgeSeedResult = { created: number; updated: number; unchanged: number; skipped: number };

type Content = Pick<
  ArticleVersionRow,
  'language' | 'title' | 'summary' | 'body' | 'topics' | 'legalRefs' | 'validFrom' | 'validUntil' | 'wegweiserTitles' | 'wegweiserConditions' | 'caseStages' | 'citedParameters'
>;

/** The content as written (cited keys, not their values: those depend on the day of seeding). */
function comparable(version: Content): string {
  return canonicalJson({
    language: version.language,
    title: version.title,
    summary: version.summary,
    body: version.body,
    topics: version.topics,
    legalRefs: version.legalRefs,
    validFrom: version.validFrom,
    validUntil: version.validUntil,
    wegweiserTitles: version.wegweiserTitles,
    wegweiserConditions: version.wegweiserConditions,
    caseStages: version.caseStages,
    parameters: version.citedParameters.map((cited) => cited.key),
  });
}

async function userIdOf(db: Database, email: string, file: string, field: string): Promise<string> {
  const user = await findUserByEmail(db, email.toLowerCase());
  if (!user) throw new Error(`${file}: ${field}: no account ${email} (seed the demo users first)`);
  return user.id;
}

/**
 * Publishes the seed articles, idempotently by slug: a new slug becomes a published article
 * (written by `author`, approved by `reviewer`); a changed file adds a published version — unless
 * an editor has worked on the article in the app since, whose work the seed never overwrites.
 */
export async function seedKnowledgeArticles(ctx: CommandContext, seeds?: SeedArticle[]): Promise<KnowledgeSeedResult> {
  const articles = seeds ?? (await loadSeedArticles());
  const result: KnowledgeSeedResult = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
  if (articles.length === 0) return result;
  const today = todayOf(ctx);
  await ctx.db.transaction(async (tx) => {
    for (const seed of articles) {
      const authorUserId = await userIdOf(tx, seed.author, seed.file, 'author');
      const reviewerUserId = await userIdOf(tx, seed.reviewer, seed.file, 'reviewer');
      const content = versionContent(seed, today);
      const now = ctx.clock.now();
      const existing = await getArticleBySlug(tx, seed.slug);
      let article: ArticleRow;
      let number: number;
      if (!existing) {
        article = await insertArticle(tx, {
          slug: seed.slug,
          status: 'published',
          latestVersion: 1,
          publishedVersion: 1,
          createdBy: authorUserId,
          createdAt: now,
          updatedAt: now,
          publishedAt: now,
        });
        number = 1;
        result.created += 1;
      } else {
        const isUntouched = existing.status === 'published' && existing.publishedVersion === existing.latestVersion;
        if (!isUntouched) {
          result.skipped += 1;
          continue;
        }
        const current = await getArticleVersion(tx, existing.id, existing.latestVersion);
        if (current && comparable(current) === comparable(content)) {
          result.unchanged += 1;
          continue;
        }
        number = existing.latestVersion + 1;
        article = await updateArticle(tx, existing.id, { latestVersion: number, publishedVersion: number, updatedAt: now, publishedAt: now });
        result.updated += 1;
      }
      const version = await insertArticleVersion(tx, {
        articleId: article.id,
        number,
        ...content,
        changeNote: number === 1 ? null : 'Aktualisiert aus seed/knowledge',
        authorUserId,
        reviewerUserId,
        reviewedAt: now,
        createdAt: now,
      });
      await exposePublishedVersion(tx, article, version);
    }
    if (result.created + result.updated > 0) {
      await recordAudit(tx, ctx, { action: 'system.knowledge_seeded', subjectType: 'system', details: { ...result } });
    }
  });
  return result;
}
