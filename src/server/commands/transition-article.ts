import type { ArticleTransition } from '../../contract/knowledge';
import { decideTransition, type ArticleAction, type WorkflowRefusal } from '../../domain/knowledge/index';
import { recordAudit } from '../audit/record-audit';
import { getArticleVersion, updateArticle, updateArticleVersion, type ArticleRow } from '../db/repositories/articles.repository';
import { AppError } from '../errors';
import { loadArticleForChange, requireActor, workflowStateOf } from './article-access';
import { exposePublishedVersion, withdrawArticle } from './article-publication';
import type { CommandContext } from './context';

const actionOf: Record<ArticleTransition, ArticleAction> = {
  submit: 'submit',
  approve: 'approve',
  'request-changes': 'request_changes',
  archive: 'archive',
  restore: 'restore',
};

/** A workflow refusal as the one error type: 409 naming what is allowed, or 403 for four eyes. */
export function workflowRefusal(refusal: WorkflowRefusal): AppError {
  if (refusal.code === 'FOUR_EYES') {
    return new AppError('FORBIDDEN', 'Four-eyes rule: a revision is reviewed by an editor who did not write it.', {
      reviewer: 'must not be an author of this revision',
    });
  }
  const allowed = refusal.allowed.length > 0 ? refusal.allowed.join(', ') : 'none';
  return new AppError('CONFLICT', `An article in status ${refusal.status} cannot do ${refusal.action}; allowed: ${allowed}.`, {
    status: `${refusal.status}; allowed: ${allowed}`,
  });
}

/**
 * Moves an article through the workflow. `version` is the newest version the caller saw, so a
 * reviewer approves exactly the text they read. Approval publishes that version (search entry,
 * links); archiving withdraws the article from readers, search and links.
 */
export async function transitionArticle(
  ctx: CommandContext,
  articleId: string,
  transition: ArticleTransition,
  input: { version: number; note?: string | undefined },
): Promise<ArticleRow> {
  const actor = requireActor(ctx);
  const action = actionOf[transition];
  if (action === 'request_changes' && !input.note) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { note: 'say what should change' });
  }
  return ctx.db.transaction(async (tx) => {
    const row = await loadArticleForChange(tx, articleId, input.version);
    const decision = decideTransition(await workflowStateOf(tx, row), action, actor.userId);
    if (!decision.ok) throw workflowRefusal(decision.error);
    const now = ctx.clock.now();
    let updated: ArticleRow;
    if (action === 'approve') {
      const version = await getArticleVersion(tx, row.id, row.latestVersion);
      if (!version) throw new Error(`article ${row.id} has no version ${row.latestVersion}`);
      await updateArticleVersion(tx, version.id, { reviewerUserId: actor.userId, reviewedAt: now });
      updated = await updateArticle(tx, row.id, {
        status: 'published',
        publishedVersion: row.latestVersion,
        publishedAt: now,
        updatedAt: now,
        reviewNote: null,
      });
      await exposePublishedVersion(tx, updated, version);
    } else if (action === 'archive') {
      updated = await updateArticle(tx, row.id, { status: 'archived', publishedVersion: null, updatedAt: now });
      await withdrawArticle(tx, row.id);
    } else {
      updated = await updateArticle(tx, row.id, {
        status: decision.status,
        updatedAt: now,
        ...(action === 'request_changes' ? { reviewNote: input.note ?? null } : {}),
        ...(action === 'submit' ? { reviewNote: null } : {}),
      });
    }
    await recordAudit(tx, ctx, {
      action: `article.${action}`,
      subjectType: 'article',
      subjectId: row.id,
      details: { version: row.latestVersion, from: row.status, to: updated.status },
    });
    return updated;
  });
}
