import { recordAudit } from '../audit/record-audit';
import { revokeAccessToken as revokeTokenRow } from '../db/repositories/sessions.repository';
import { getAccessTokenOfUser, type AccessTokenListRow } from '../db/repositories/user-admin.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';

/** Revokes one of the caller's own tokens at once; someone else's token is NOT_FOUND. Revoking twice is harmless. */
export async function revokeAccessToken(ctx: CommandContext, id: string): Promise<AccessTokenListRow> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return ctx.db.transaction(async (tx) => {
    const token = await getAccessTokenOfUser(tx, id, actor.userId);
    if (!token) throw new AppError('NOT_FOUND', 'No such access token.');
    if (await revokeTokenRow(tx, id, actor.userId, ctx.clock.now())) {
      await recordAudit(tx, ctx, { action: 'auth.token_revoked', subjectType: 'access_token', subjectId: id });
    }
    const revoked = await getAccessTokenOfUser(tx, id, actor.userId);
    if (!revoked) throw new AppError('NOT_FOUND', 'No such access token.');
    return revoked;
  });
}
