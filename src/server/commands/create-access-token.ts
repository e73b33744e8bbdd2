import { recordAudit } from '../audit/record-audit';
import { insertAccessToken } from '../db/repositories/sessions.repository';
import { AppError } from '../errors';
import { accessTokenPrefix, randomToken, sha256Hex } from '../security/tokens';
import type { CommandContext } from './context';

/** Issues a personal access token; the plain token is returned once and only its hash is stored. */
export async function createAccessToken(
  ctx: CommandContext,
  input: { name: string; expiresInDays?: number | undefined },
): Promise<{ id: string; token: string; name: string; expiresAt: Date | null }> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  // A token must not mint further tokens: a leaked token would otherwise be able to outlive its revocation.
  if (actor.authMethod === 'token') throw new AppError('FORBIDDEN', 'Access tokens cannot create access tokens.');
  const now = ctx.clock.now();
  const token = `${accessTokenPrefix}${randomToken()}`;
  // Default 90 days (issue #12): a forgotten token does not work for ever.
  const expiresAt = new Date(now.getTime() + (input.expiresInDays ?? 90) * 86_400_000);
  return ctx.db.transaction(async (tx) => {
    const row = await insertAccessToken(tx, {
      tokenHash: sha256Hex(token),
      userId: actor.userId,
      name: input.name,
      createdAt: now,
      expiresAt,
    });
    await recordAudit(tx, ctx, {
      action: 'auth.token_created',
      subjectType: 'access_token',
      subjectId: row.id,
      details: { expiresAt: expiresAt.toISOString() },
    });
    return { id: row.id, token, name: row.name, expiresAt };
  });
}
