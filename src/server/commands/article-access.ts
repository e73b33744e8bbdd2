import { reviewReasons, type ReviewReason, type WorkflowState, type ArticleStatus } from '../../domain/knowledge/index';
import { getArticle, findRevisionAuthorIds, type ArticleRow, type ArticleVersionRow } from '../db/repositories/articles.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { isArticleEditor } from '../policies/article.policy';
import { requireActor, todayOf } from './case-access';
import type { CommandContext } from './context';

export { todayOf, requireActor };

/**
 * The article if the caller may see it: editors see every article, others only those with a
 * published version (also while a revision is being drafted; 404 otherwise: a draft's existence
 * is not revealed).
 */
export async function loadVisibleArticle(db: Database, ctx: CommandContext, articleId: string): Promise<ArticleRow> {
  const row = await getArticle(db, articleId);
  if (!row || (!isArticleEditor(ctx.actor) && row.publishedVersion === null)) {
    throw new AppError('NOT_FOUND', 'No such article.');
  }
  return row;
}

/** For changes: the article locked for this transaction, its version checked against the caller's. */
export async function loadArticleForChange(tx: Database, articleId: string, seenVersion: number): Promise<ArticleRow> {
  const row = await getArticle(tx, articleId, { forUpdate: true });
  if (!row) throw new AppError('NOT_FOUND', 'No such article.');
  if (row.latestVersion !== seenVersion) {
    throw new AppError('CONFLICT', 'The article was changed by someone else; load it again and repeat your change.', {
      version: `stale: the article is at version ${row.latestVersion}`,
    });
  }
  return row;
}

export async function workflowStateOf(db: Database, row: ArticleRow): Promise<WorkflowState> {
  return { status: row.status as ArticleStatus, revisionAuthorIds: await findRevisionAuthorIds(db, row.id) };
}

/** Why the version needs review today (empty: it does not). */
export function reviewReasonsOf(ctx: CommandContext, version: Pick<ArticleVersionRow, 'citedParameters' | 'validUntil'>): ReviewReason[] {
  return reviewReasons({ citedParameters: version.citedParameters, validUntil: version.validUntil }, todayOf(ctx));
}
