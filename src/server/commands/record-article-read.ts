import { recordArticleRead as storeRead } from '../db/repositories/articles.repository';
import { loadVisibleArticle, requireActor } from './article-access';
import type { CommandContext } from './context';
import { loadVisibleVersion } from './get-article';

/**
 * Remembers that the caller has read a version, for "changed since you last read". Only the
 * reader's own reading position is stored; it is not audited (it is their own data, written
 * on every page view, and shown only to them).
 */
export async function recordArticleRead(ctx: CommandContext, articleId: string, versionNumber: number): Promise<void> {
  const actor = requireActor(ctx);
  await ctx.db.transaction(async (tx) => {
    const article = await loadVisibleArticle(tx, ctx, articleId);
    await loadVisibleVersion(tx, ctx, article, versionNumber);
    await storeRead(tx, { userId: actor.userId, articleId, versionNumber, readAt: ctx.clock.now() });
  });
}
