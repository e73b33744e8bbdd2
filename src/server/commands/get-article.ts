import { allowedActions, type ArticleAction, type ReviewReason } from '../../domain/knowledge/index';
import {
  findReadVersions,
  getArticleVersion,
  type ArticleRow,
  type ArticleVersionWithNames,
} from '../db/repositories/articles.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { isArticleEditor } from '../policies/article.policy';
import { loadVisibleArticle, reviewReasonsOf, workflowStateOf } from './article-access';
import type { CommandContext } from './context';

export type ArticleDetail = {
  article: ArticleRow;
  version: ArticleVersionWithNames;
  reviewReasons: ReviewReason[];
  lastReadVersion: number | null;
  changedSinceRead: boolean;
  allowedActions: ArticleAction[];
};

/**
 * A version readers may open: the published one and earlier approved ones. Editors open any.
 * Anything else is NOT_FOUND, like an article they may not see.
 */
export async function loadVisibleVersion(db: Database, ctx: CommandContext, article: ArticleRow, number: number): Promise<ArticleVersionWithNames> {
  const version = await getArticleVersion(db, article.id, number);
  const isVisible =
    version !== undefined &&
    (isArticleEditor(ctx.actor) || (version.reviewedAt !== null && article.publishedVersion !== null && number <= article.publishedVersion));
  if (!isVisible) throw new AppError('NOT_FOUND', 'No such version of this article.');
  return version;
}

/** One article: by default the published version for readers and the newest one for editors. */
export async function getArticleDetail(ctx: CommandContext, articleId: string, options: { version?: number } = {}): Promise<ArticleDetail> {
  const db = ctx.db;
  const article = await loadVisibleArticle(db, ctx, articleId);
  const isEditor = isArticleEditor(ctx.actor);
  const defaultNumber = isEditor ? article.latestVersion : (article.publishedVersion ?? article.latestVersion);
  const version = await loadVisibleVersion(db, ctx, article, options.version ?? defaultNumber);
  const lastReadVersion = ctx.actor ? ((await findReadVersions(db, ctx.actor.userId, [article.id])).get(article.id) ?? null) : null;
  return {
    article,
    version,
    reviewReasons: reviewReasonsOf(ctx, version),
    lastReadVersion,
    changedSinceRead: lastReadVersion !== null && article.publishedVersion !== null && lastReadVersion < article.publishedVersion,
    allowedActions: isEditor && ctx.actor ? allowedActions(await workflowStateOf(db, article), ctx.actor.userId) : [],
  };
}
