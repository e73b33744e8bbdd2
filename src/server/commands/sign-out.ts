import { recordAudit } from '../audit/record-audit';
import { deleteSession } from '../db/repositories/sessions.repository';
import type { CommandContext } from './context';

/** Ends the current session; a token-authenticated call has no session to end. */
export async function signOut(ctx: CommandContext): Promise<void> {
  const tokenHash = ctx.actor?.sessionTokenHash;
  if (!tokenHash) return;
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, tokenHash);
    await recordAudit(tx, ctx, { action: 'auth.sign_out', subjectType: 'user', subjectId: ctx.actor?.userId ?? null });
  });
}
