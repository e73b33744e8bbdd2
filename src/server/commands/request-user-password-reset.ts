import type { AccountLinkPurpose } from '../../domain/identity/user-administration';
import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import { issueAccountLink } from './user-account-links';
import { isPendingInvitation, loadManagedUser, requireManager } from './user-admin-access';

/**
 * Sends the person a link to set a new password (valid one day); for an invitation not yet
 * accepted, a fresh invitation link (valid 7 days) instead. Earlier open links run out.
 */
export async function requestUserPasswordReset(ctx: CommandContext, id: string): Promise<{ purpose: AccountLinkPurpose; expiresAt: Date }> {
  const manager = requireManager(ctx);
  return ctx.db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, manager, id);
    const purpose: AccountLinkPurpose = isPendingInvitation(user) ? 'invitation' : 'password_reset';
    if (purpose === 'password_reset' && !user.isActive) throw new AppError('CONFLICT', 'The account is deactivated; reactivate it first.');
    const { expiresAt } = await issueAccountLink(tx, ctx, user, purpose);
    await recordAudit(tx, ctx, {
      action: purpose === 'invitation' ? 'user.invitation_resent' : 'user.password_reset_requested',
      subjectType: 'user',
      subjectId: id,
      purpose: 'administration',
      details: { linkExpiresAt: expiresAt.toISOString() },
    });
    return { purpose, expiresAt };
  });
}
