import { recordAudit } from '../audit/record-audit';
import { findUsersWithOrganisation, type UserWithOrganisation } from '../db/repositories/users.repository';
import { AppError } from '../errors';
import { userListScope } from '../policies/user.policy';
import type { CommandContext } from './context';

/** Lists user accounts within the caller's scope; the read of personal data is audited. */
export async function findUsers(ctx: CommandContext): Promise<UserWithOrganisation[]> {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  const scope = userListScope(ctx.actor);
  if (scope === 'none') throw new AppError('FORBIDDEN', 'You may not list user accounts.');
  return ctx.db.transaction(async (tx) => {
    const found = await findUsersWithOrganisation(tx, scope);
    await recordAudit(tx, ctx, {
      action: 'user.list_read',
      subjectType: 'organisation',
      subjectId: scope.organisationId ?? null,
      purpose: 'administration',
      details: { count: found.length },
    });
    return found;
  });
}
