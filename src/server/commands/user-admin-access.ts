import { accountAccess, managementScope, type Manager } from '../../domain/identity/user-administration';
import type { Database } from '../db/client';
import { findLastSignIns, lockActiveAdminIds, lockUser } from '../db/repositories/user-admin.repository';
import { getUserWithOrganisation, type UserRow } from '../db/repositories/users.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import type { UserAccount } from './find-users';

/** The caller as a manager of accounts; FORBIDDEN when they manage nobody. */
export function requireManager(ctx: CommandContext): Manager {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  const manager = { userId: actor.userId, roles: actor.roles, organisationId: actor.organisationId };
  if (managementScope(manager) === 'none') throw new AppError('FORBIDDEN', 'You may not manage user accounts.');
  return manager;
}

/**
 * Loads and locks the account the manager wants to change: NOT_FOUND when it does not exist or
 * lies outside their organisation, FORBIDDEN when it holds a role only an admin may change.
 */
export async function loadManagedUser(tx: Database, manager: Manager, id: string): Promise<UserRow> {
  const user = await lockUser(tx, id);
  const access = user ? accountAccess(manager, user) : 'hidden';
  if (!user || access === 'hidden') throw new AppError('NOT_FOUND', 'No such user account.');
  if (access === 'forbidden') throw new AppError('FORBIDDEN', 'Only an administrator of the steering body may change this account.');
  return user;
}

/** Refuses a change that would leave the installation without an active admin. */
export async function ensureAnotherAdminRemains(tx: Database, userId: string): Promise<void> {
  const admins = await lockActiveAdminIds(tx);
  if (admins.includes(userId) && admins.length <= 1) {
    throw new AppError('CONFLICT', 'This is the last active administrator; appoint another one first.');
  }
}

/** Nobody deactivates or demotes themselves: they would lock themselves out. */
export function refuseSelf(manager: Manager, userId: string, what: string): void {
  if (manager.userId === userId) throw new AppError('CONFLICT', `You cannot ${what} your own account.`);
}

/** The account as the administration shows it, read back after a change. */
export async function readUserAccount(tx: Database, id: string): Promise<UserAccount> {
  const user = await getUserWithOrganisation(tx, id);
  if (!user) throw new AppError('NOT_FOUND', 'No such user account.');
  const lastSignIns = await findLastSignIns(tx, [id]);
  return { ...user, lastSignInAt: lastSignIns.get(id) ?? null, isManageable: true };
}

/** Invited and never finished: no password, no single sign-on identity. */
export const isPendingInvitation = (user: UserRow): boolean => !user.isActive && user.passwordHash === null && user.oidcSubject === null;
