import { recordAudit } from '../audit/record-audit';
import { deleteSessionsOfUser } from '../db/repositories/user-admin.repository';
import type { CommandContext } from './context';
import { loadManagedUser, requireManager } from './user-admin-access';

/** Ends every session of the person (force sign-out); their access tokens keep working. */
export async function signOutUser(ctx: CommandContext, id: string): Promise<{ sessionsEnded: number }> {
  const manager = requireManager(ctx);
  return ctx.db.transaction(async (tx) => {
    await loadManagedUser(tx, manager, id);
    const sessionsEnded = await deleteSessionsOfUser(tx, id);
    await recordAudit(tx, ctx, { action: 'user.signed_out', subjectType: 'user', subjectId: id, purpose: 'administration', details: { sessionsEnded } });
    return { sessionsEnded };
  });
}
