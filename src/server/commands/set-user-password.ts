import type { AccountLinkPurpose } from '../../domain/identity/user-administration';
import { recordAudit } from '../audit/record-audit';
import { deleteSessionsOfUser, expireOpenLinksOfUser, lockUser, markAccountLinkUsed, updateUserAccount } from '../db/repositories/user-admin.repository';
import { AppError } from '../errors';
import { hashPassword } from '../security/passwords';
import type { CommandContext } from './context';
import { usableAccountLink } from './get-user-account-link';

/**
 * Sets the password with a one-time link: an invitation activates the account, a reset replaces
 * the password and ends the person's open sessions. The link is used up; other open links run out.
 */
export async function setUserPassword(ctx: CommandContext, token: string, password: string): Promise<{ email: string; purpose: AccountLinkPurpose }> {
  // A cheap check first, so a dead link costs no password hashing.
  await usableAccountLink(ctx.db, token, ctx.clock.now(), { lock: false });
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const link = await usableAccountLink(tx, token, now, { lock: true });
    const purpose = link.purpose as AccountLinkPurpose;
    const user = await lockUser(tx, link.userId);
    if (!user || (purpose === 'password_reset' && !user.isActive)) throw new AppError('LINK_EXPIRED', 'This link is no longer valid.');
    if (password.trim().toLowerCase() === user.email) throw new AppError('VALIDATION_FAILED', 'The password must not be the e-mail address.', { password: 'must not be the e-mail address' });
    await updateUserAccount(tx, user.id, { passwordHash, ...(purpose === 'invitation' ? { isActive: true } : {}) }, now);
    const sessionsEnded = purpose === 'password_reset' ? await deleteSessionsOfUser(tx, user.id) : 0;
    await markAccountLinkUsed(tx, link.id, now);
    await expireOpenLinksOfUser(tx, user.id, now);
    await recordAudit(tx, ctx, {
      action: 'user.password_set',
      subjectType: 'user',
      subjectId: user.id,
      details: { purpose, sessionsEnded },
      actor: { userId: user.id, organisationId: user.organisationId },
    });
    return { email: user.email, purpose };
  });
}
