import { recordAudit } from '../audit/record-audit';
import { findUserByEmail, getUserWithOrganisation, type UserWithOrganisation } from '../db/repositories/users.repository';
import { deleteSession, insertSession } from '../db/repositories/sessions.repository';
import { AppError } from '../errors';
import { verifyPassword } from '../security/passwords';
import { randomToken, sha256Hex } from '../security/tokens';
import type { CommandContext } from './context';

export type NewSession = {
  user: UserWithOrganisation;
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
};

/**
 * Password sign-in. Always answers INVALID_CREDENTIALS, whether the account is missing,
 * inactive, password-less (SSO only) or the password is wrong. A session presented with
 * the request is replaced (rotation), so a fixed session id cannot survive sign-in.
 */
export async function signIn(
  ctx: CommandContext,
  input: { email: string; password: string; previousSessionTokenHash?: string | undefined },
): Promise<NewSession> {
  const user = await findUserByEmail(ctx.db, input.email.trim());
  const isValid = await verifyPassword(user?.isActive ? user.passwordHash : null, input.password);
  if (!user || !isValid) {
    if (user) {
      await ctx.db.transaction((tx) =>
        recordAudit(tx, ctx, {
          action: 'auth.sign_in_failed',
          subjectType: 'user',
          subjectId: user.id,
          actor: { userId: user.id, organisationId: user.organisationId },
        }),
      );
    }
    throw new AppError('INVALID_CREDENTIALS', 'E-mail address or password is not correct.');
  }
  return startSession(ctx, user.id, 'password', input.previousSessionTokenHash);
}

/** Creates a session for a user already authenticated (password or single sign-on). */
export async function startSession(
  ctx: CommandContext,
  userId: string,
  method: 'password' | 'oidc',
  previousSessionTokenHash?: string,
): Promise<NewSession> {
  const now = ctx.clock.now();
  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + ctx.config.session.absoluteHours * 3_600_000);
  const user = await ctx.db.transaction(async (tx) => {
    if (previousSessionTokenHash) await deleteSession(tx, previousSessionTokenHash);
    await insertSession(tx, {
      tokenHash: sha256Hex(sessionToken),
      userId,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      authMethod: method,
    });
    const loaded = await getUserWithOrganisation(tx, userId);
    if (!loaded) throw new AppError('NOT_FOUND', 'User not found.');
    await recordAudit(tx, ctx, {
      action: 'auth.sign_in',
      subjectType: 'user',
      subjectId: userId,
      details: { method },
      actor: { userId, organisationId: loaded.organisationId },
    });
    return loaded;
  });
  return { user, sessionToken, csrfToken, expiresAt };
}
