import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/client';
import type { CommandContext } from '../commands/context';
import { processDueJobs } from '../commands/process-due-jobs';
import { anonymiseCasesPastRetention, expireReferralsOfEndedConsents } from '../commands/run-retention';
import { sendOutboxEmails, type MailSender } from '../commands/send-outbox-emails';
import { smtpMailSender } from './smtp-mail-sender';

export type WorkerDeps = { db: Database; clock: Clock; config: Config };

/** A worker id for the job rows (which instance ran what). */
export const newWorkerId = (): string => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export type WorkerRound = { jobs: { done: number; failed: number }; emails: { sent: number; failed: number }; expiredReferrals: number; anonymisedPersons: number };

/**
 * One round of background work: due jobs (referral reminders and escalations), referrals whose
 * consent ran out, the e-mail outbox, retention. Every part claims its rows with
 * FOR UPDATE SKIP LOCKED, so any number of instances can run rounds side by side.
 */
export async function runWorkerRound(deps: WorkerDeps, workerId: string, send: MailSender | null): Promise<WorkerRound> {
  const ctx: CommandContext = { db: deps.db, clock: deps.clock, config: deps.config, actor: null, requestId: `worker:${workerId}` };
  const jobs = await processDueJobs(ctx, workerId);
  const expiredReferrals = await expireReferralsOfEndedConsents(ctx);
  const emails = await sendOutboxEmails(ctx, send);
  const anonymisedPersons = await anonymiseCasesPastRetention(ctx);
  return { jobs, emails, expiredReferrals, anonymisedPersons };
}

/** Starts the periodic worker of this instance (LOTSE_WORKER); returns its stop function. */
export function startReferralWorker(deps: WorkerDeps & { log: FastifyBaseLogger }): () => void {
  if (!deps.config.worker.enabled) return () => undefined;
  const workerId = newWorkerId();
  const send = deps.config.smtp ? smtpMailSender(deps.config.smtp) : null;
  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      const round = await runWorkerRound(deps, workerId, send);
      if (round.jobs.done + round.emails.sent + round.expiredReferrals + round.anonymisedPersons > 0) deps.log.info(round, 'worker round');
    } catch (error) {
      deps.log.warn({ err: error }, 'worker round failed; will retry');
    } finally {
      isRunning = false;
    }
  };
  const timer = setInterval(() => void tick(), deps.config.worker.intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
