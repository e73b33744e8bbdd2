import type { Database } from '../db/client';
import { claimDueJobs, finishJob, type JobRow } from '../db/repositories/jobs.repository';
import type { CommandContext } from './context';
import { escalateReferral, remindReferral, type JobOutcome } from './referral-deadline-jobs';

const handlers: Record<string, (tx: Database, ctx: CommandContext, job: JobRow) => Promise<JobOutcome>> = {
  'referral.remind': (tx, ctx, job) => remindReferral(tx, ctx, String(job.payload.referralId)),
  'referral.escalate': (tx, ctx, job) => escalateReferral(tx, ctx, String(job.payload.referralId)),
};

const MAX_ATTEMPTS = 5;

/**
 * Runs due jobs one at a time, each in its own transaction that holds the job row locked
 * (FOR UPDATE SKIP LOCKED): another worker skips it rather than waiting, so two instances never
 * run the same job, and a job whose handler fails is rolled back and retried later.
 */
export async function processDueJobs(ctx: CommandContext, workerId: string, maxJobs = 100): Promise<{ done: number; failed: number }> {
  let done = 0;
  let failed = 0;
  for (let count = 0; count < maxJobs; count += 1) {
    let claimedId: string | null = null;
    try {
      const ran = await ctx.db.transaction(async (tx) => {
        const [job] = await claimDueJobs(tx, ctx.clock.now(), 1);
        if (!job) return false;
        claimedId = job.id;
        const handler = handlers[job.kind];
        const outcome: JobOutcome = handler ? await handler(tx, ctx, job) : { done: true };
        const at = ctx.clock.now();
        await finishJob(tx, job.id, outcome.done ? { status: 'done', at, lockedBy: workerId, ...(handler ? {} : { error: 'unknown kind' }) } : { status: 'pending', at, lockedBy: workerId, runAt: outcome.runAt });
        return true;
      });
      if (!ran) break;
      done += 1;
    } catch (error) {
      failed += 1;
      if (claimedId === null) throw error;
      const id: string = claimedId;
      const at = ctx.clock.now();
      await ctx.db.transaction(async (tx) => {
        const [job] = await claimDueJobs(tx, at, 1);
        // Retry with back-off; give up after a few attempts (the error stays on the row).
        if (job?.id === id) {
          const retry = job.attempts + 1 < MAX_ATTEMPTS;
          await finishJob(tx, id, { status: retry ? 'pending' : 'failed', at, lockedBy: workerId, error: (error as Error).message.slice(0, 500), runAt: new Date(at.getTime() + 60_000 * 2 ** job.attempts) });
        }
      });
    }
  }
  return { done, failed };
}
