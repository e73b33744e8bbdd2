import { diffVersions, type VersionDiff } from '../../domain/knowledge/index';
import { findArticleVersions, type ArticleRow, type ArticleVersionWithNames } from '../db/repositories/articles.repository';
import { isArticleEditor } from '../policies/article.policy';
import { loadVisibleArticle } from './article-access';
import type { CommandContext } from './context';
import { loadVisibleVersion } from './get-article';

/** The versions of an article, newest first: editors see all, readers the approved ones. */
export async function findArticleVersionList(
  ctx: CommandContext,
  articleId: string,
): Promise<{ article: ArticleRow; versions: ArticleVersionWithNames[] }> {
  const article = await loadVisibleArticle(ctx.db, ctx, articleId);
  const versions = await findArticleVersions(ctx.db, article.id);
  const visible = isArticleEditor(ctx.actor)
    ? versions
    : versions.filter((version) => version.reviewedAt !== null && article.publishedVersion !== null && version.number <= article.publishedVersion);
  return { article, versions: visible };
}

/** What changed from version `from` to version `to` (either order; both must be visible). */
export async function diffArticleVersions(ctx: CommandContext, articleId: string, from: number, to: number): Promise<VersionDiff> {
  const article = await loadVisibleArticle(ctx.db, ctx, articleId);
  const [before, after] = await Promise.all([loadVisibleVersion(ctx.db, ctx, article, from), loadVisibleVersion(ctx.db, ctx, article, to)]);
  return diffVersions(before, after);
}
