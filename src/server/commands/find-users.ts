import { accountAccess, managementScope } from '../../domain/identity/user-administration';
import { recordAudit } from '../audit/record-audit';
import { findLastSignIns } from '../db/repositories/user-admin.repository';
import { findUsersWithOrganisation, type UserWithOrganisation } from '../db/repositories/users.repository';
import { AppError } from '../errors';
import { userListScope } from '../policies/user.policy';
import type { CommandContext } from './context';

/** An account with what the administration shows about it. */
export type UserAccount = UserWithOrganisation & { lastSignInAt: string | null; isManageable: boolean };

/**
 * Lists user accounts within the caller's scope; the read of personal data is audited. Only
 * those who manage an account see when its owner last signed in.
 */
export async function findUsers(ctx: CommandContext): Promise<UserAccount[]> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  const scope = userListScope(actor);
  if (scope === 'none') throw new AppError('FORBIDDEN', 'You may not list user accounts.');
  const manager = { userId: actor.userId, roles: actor.roles, organisationId: actor.organisationId };
  const isManager = managementScope(manager) !== 'none';
  return ctx.db.transaction(async (tx) => {
    const found = await findUsersWithOrganisation(tx, scope);
    const manageable = new Set(isManager ? found.filter((user) => accountAccess(manager, user) === 'allowed').map((user) => user.id) : []);
    const lastSignIns = await findLastSignIns(tx, [...manageable]);
    await recordAudit(tx, ctx, {
      action: 'user.list_read',
      subjectType: 'organisation',
      subjectId: scope.organisationId ?? null,
      purpose: 'administration',
      details: { count: found.length },
    });
    return found.map((user) => ({ ...user, lastSignInAt: lastSignIns.get(user.id) ?? null, isManageable: manageable.has(user.id) }));
  });
}
