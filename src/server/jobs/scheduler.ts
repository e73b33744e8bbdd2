import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { pruneExpiredSignIns } from '../commands/prune-expired-sign-ins';

const PRUNE_INTERVAL_MS = 15 * 60_000;

/**
 * Periodic housekeeping of this instance. Pruning is idempotent, so several instances doing
 * it side by side is harmless; work that must run once (reminders, escalations) will use a
 * job table with FOR UPDATE SKIP LOCKED instead.
 */
export function startScheduler(deps: { db: Database; clock: Clock; config: Config; log: FastifyBaseLogger }): () => void {
  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      const pruned = await pruneExpiredSignIns(deps);
      if (pruned.sessions + pruned.oidcStates > 0) deps.log.info(pruned, 'pruned expired sign-ins');
    } catch (error) {
      deps.log.warn({ err: error }, 'pruning expired sign-ins failed; will retry');
    } finally {
      isRunning = false;
    }
  };
  const timer = setInterval(() => void tick(), PRUNE_INTERVAL_MS);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
