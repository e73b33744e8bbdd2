import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { jobs } from '../schema/index';

export type JobRow = typeof jobs.$inferSelect;

/**
 * Schedules a job, or moves the pending one with the same key to the new time (a paused referral's
 * reminder moves with its due instant). A job that already ran is scheduled again only if asked.
 */
export async function scheduleJob(
  tx: Database,
  job: { kind: string; dedupeKey: string; runAt: Date; payload?: Record<string, unknown>; createdAt: Date },
): Promise<void> {
  await tx
    .insert(jobs)
    .values({ kind: job.kind, dedupeKey: job.dedupeKey, runAt: job.runAt, payload: job.payload ?? {}, createdAt: job.createdAt })
    .onConflictDoUpdate({
      target: jobs.dedupeKey,
      set: { runAt: job.runAt, payload: job.payload ?? {}, status: 'pending', attempts: 0, lastError: null, doneAt: null },
    });
}

/** Cancels a pending job (e.g. the escalation of a referral that was answered). */
export async function cancelJob(tx: Database, dedupeKey: string, at: Date): Promise<void> {
  await tx
    .update(jobs)
    .set({ status: 'done', doneAt: at, lastError: 'cancelled' })
    .where(and(eq(jobs.dedupeKey, dedupeKey), eq(jobs.status, 'pending')));
}

/**
 * Claims due jobs with FOR UPDATE SKIP LOCKED: rows another instance is working on are skipped,
 * not waited for, so several instances share the work and none runs a job twice.
 */
export function claimDueJobs(tx: Database, now: Date, limit: number): Promise<JobRow[]> {
  return tx
    .select()
    .from(jobs)
    .where(and(eq(jobs.status, 'pending'), sql`${jobs.runAt} <= ${now.toISOString()}::timestamptz`))
    .orderBy(jobs.runAt, jobs.id)
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function finishJob(tx: Database, id: string, changes: { status: 'done' | 'failed' | 'pending'; at: Date; lockedBy: string; error?: string; runAt?: Date }): Promise<void> {
  await tx
    .update(jobs)
    .set({
      status: changes.status,
      doneAt: changes.status === 'pending' ? null : changes.at,
      lockedBy: changes.lockedBy,
      lastError: changes.error ?? null,
      attempts: sql`${jobs.attempts} + 1`,
      ...(changes.runAt ? { runAt: changes.runAt } : {}),
    })
    .where(eq(jobs.id, id));
}
