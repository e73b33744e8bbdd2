import type { CreateArticleBody } from '../../contract/knowledge';
import { citeParameters, slugFromTitle } from '../../domain/knowledge/index';
import { recordAudit } from '../audit/record-audit';
import { getArticleBySlug, insertArticle, insertArticleVersion, type ArticleRow } from '../db/repositories/articles.repository';
import { AppError } from '../errors';
import { requireActor, todayOf } from './article-access';
import type { CommandContext } from './context';

/** Writes a new article as a draft with version 1; the writer is its first author. */
export async function createArticle(ctx: CommandContext, input: CreateArticleBody): Promise<ArticleRow> {
  const actor = requireActor(ctx);
  const slug = input.slug ?? slugFromTitle(input.title);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    if (await getArticleBySlug(tx, slug)) {
      throw new AppError('CONFLICT', 'An article with this address already exists.', { slug: `taken: ${slug}` });
    }
    const article = await insertArticle(tx, { slug, status: 'draft', latestVersion: 1, createdBy: actor.userId, createdAt: now, updatedAt: now });
    await insertArticleVersion(tx, {
      articleId: article.id,
      number: 1,
      ...versionContent(input, todayOf(ctx)),
      changeNote: input.changeNote ?? null,
      authorUserId: actor.userId,
      createdAt: now,
    });
    await recordAudit(tx, ctx, { action: 'article.created', subjectType: 'article', subjectId: article.id, details: { version: 1, slug } });
    return article;
  });
}

export type ArticleContent = Omit<CreateArticleBody, 'slug' | 'changeNote'>;

/** The stored columns of a version's content, with the figures it cites recorded as of its validity. */
export function versionContent(content: ArticleContent, today: string) {
  return {
    language: content.language,
    title: content.title,
    summary: content.summary,
    body: content.body,
    topics: content.topics,
    legalRefs: content.legalRefs,
    validFrom: content.validFrom,
    validUntil: content.validUntil,
    wegweiserTitles: content.wegweiserTitles,
    wegweiserConditions: content.wegweiserConditions,
    caseStages: content.caseStages,
    citedParameters: citeParameters(content.parameters, { today, validFrom: content.validFrom, validUntil: content.validUntil }),
  };
}
