import { recordAudit } from '../audit/record-audit';
import { deleteSessionsOfUser, expireOpenLinksOfUser, revokeTokensOfUser, updateUserAccount } from '../db/repositories/user-admin.repository';
import type { CommandContext } from './context';
import type { UserAccount } from './find-users';
import { ensureAnotherAdminRemains, loadManagedUser, readUserAccount, refuseSelf, requireManager } from './user-admin-access';

/**
 * Deactivates an account: in the same transaction every session ends, every access token is
 * revoked and every open link runs out, so the person's next request is refused (401).
 */
export async function deactivateUser(ctx: CommandContext, id: string): Promise<UserAccount> {
  const manager = requireManager(ctx);
  return ctx.db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, manager, id);
    refuseSelf(manager, id, 'deactivate');
    if (user.roles.includes('admin')) await ensureAnotherAdminRemains(tx, id);
    const now = ctx.clock.now();
    await updateUserAccount(tx, id, { isActive: false }, now);
    const sessionsEnded = await deleteSessionsOfUser(tx, id);
    const tokensRevoked = await revokeTokensOfUser(tx, id, now);
    const linksEnded = await expireOpenLinksOfUser(tx, id, now);
    await recordAudit(tx, ctx, {
      action: 'user.deactivated',
      subjectType: 'user',
      subjectId: id,
      purpose: 'administration',
      details: { wasActive: user.isActive, sessionsEnded, tokensRevoked, linksEnded },
    });
    return readUserAccount(tx, id);
  });
}
