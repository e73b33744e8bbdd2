import { recordAudit } from '../audit/record-audit';
import { updateUserAccount } from '../db/repositories/user-admin.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import type { UserAccount } from './find-users';
import { isPendingInvitation, loadManagedUser, readUserAccount, requireManager } from './user-admin-access';

/**
 * Reactivates a deactivated account (the person signs in with their password again). An
 * invitation that was never accepted is not reactivated: send a new invitation link instead.
 */
export async function reactivateUser(ctx: CommandContext, id: string): Promise<UserAccount> {
  const manager = requireManager(ctx);
  return ctx.db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, manager, id);
    if (isPendingInvitation(user)) {
      throw new AppError('CONFLICT', 'The invitation has not been accepted yet; send a new invitation link instead.');
    }
    if (!user.isActive) {
      await updateUserAccount(tx, id, { isActive: true }, ctx.clock.now());
      await recordAudit(tx, ctx, { action: 'user.reactivated', subjectType: 'user', subjectId: id, purpose: 'administration' });
    }
    return readUserAccount(tx, id);
  });
}
