import type { AccessToken, AdminUser } from '../../../contract/admin-users';
import type { UserAccount } from '../../commands/find-users';
import type { AccessTokenListRow } from '../../db/repositories/user-admin.repository';
import { presentUser } from './user';

/** An account for the administration: never the password hash or single sign-on identifiers. */
export function presentAdminUser(user: UserAccount): AdminUser {
  const isInvited = !user.isActive && user.passwordHash === null && user.oidcSubject === null;
  return {
    ...presentUser(user),
    isActive: user.isActive,
    status: user.isActive ? 'active' : isInvited ? 'invited' : 'inactive',
    lastSignInAt: user.isManageable ? user.lastSignInAt : null,
    createdAt: user.createdAt.toISOString(),
    isManageable: user.isManageable,
  };
}

/** A personal access token as its owner sees it. */
export function presentAccessToken(token: AccessTokenListRow, now: Date): AccessToken {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.createdAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
    isActive: token.revokedAt === null && (token.expiresAt === null || token.expiresAt.getTime() > now.getTime()),
  };
}
