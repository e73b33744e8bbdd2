import { findAccessTokensOfUser, type AccessTokenListRow } from '../db/repositories/user-admin.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';

/** The caller's own personal access tokens (never the tokens themselves: only their hashes are stored). */
export async function findAccessTokens(ctx: CommandContext): Promise<AccessTokenListRow[]> {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return findAccessTokensOfUser(ctx.db, ctx.actor.userId);
}
