import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { pruneExpiredSignIns } from '../commands/prune-expired-sign-ins';
import { sealPendingAudit } from '../audit/seal-audit';
import { startReferralWorker } from './referral-worker';
import { refreshSteeringFacts } from '../commands/steering/refresh-facts';

const PRUNE_INTERVAL_MS = 15 * 60_000;
/** How soon a new audit entry is sealed into the hash chain (ADR 0011). */
const SEAL_INTERVAL_MS = 500;
/** The steering facts are rebuilt every 2 minutes (at most 5 minutes old); instances take turns under an advisory lock. */
const STATS_INTERVAL_MS = 2 * 60_000;

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
  const stopSealing = every(SEAL_INTERVAL_MS, async () => {
    await sealPendingAudit(deps.db);
  }, (error) => deps.log.warn({ err: error }, 'sealing the audit log failed; will retry'));
  const stopReferralWorker = startReferralWorker(deps);
  // Another instance that rebuilt within the last minute saves this one the work.
  const stopStats = every(STATS_INTERVAL_MS, async () => {
    await refreshSteeringFacts(deps, 60_000);
  }, (error) => deps.log.warn({ err: error }, 'rebuilding the steering figures failed; will retry'));
  return () => {
    stopStats();
    clearInterval(timer);
    stopSealing();
    stopReferralWorker();
  };
}

/** Runs `work` every `intervalMs`, never twice at once; failures are reported and retried next time. */
function every(intervalMs: number, work: () => Promise<void>, onError: (error: unknown) => void): () => void {
  let isRunning = false;
  const timer = setInterval(() => {
    if (isRunning) return;
    isRunning = true;
    work()
      .catch(onError)
      .finally(() => {
        isRunning = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
