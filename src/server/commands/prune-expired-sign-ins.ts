import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { deleteStaleOidcStates } from '../db/repositories/oidc-states.repository';
import { deleteExpiredSessions } from '../db/repositories/sessions.repository';

/** Removes sessions past their idle or absolute expiry and abandoned single sign-ons. */
export async function pruneExpiredSignIns(deps: { db: Database; clock: Clock; config: Config }): Promise<{ sessions: number; oidcStates: number }> {
  const now = deps.clock.now();
  const idleSince = new Date(now.getTime() - deps.config.session.idleMinutes * 60_000);
  const sessions = await deleteExpiredSessions(deps.db, now, idleSince);
  const oidcStates = await deleteStaleOidcStates(deps.db, now);
  return { sessions, oidcStates };
}
