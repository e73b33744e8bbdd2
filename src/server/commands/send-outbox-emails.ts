import { claimOutboxEmails, markOutboxEmail, type OutboxRow } from '../db/repositories/notifications.repository';
import type { CommandContext } from './context';

/** Delivers one e-mail; the SMTP transport in production, anything in tests. */
export type MailSender = (mail: { from: string; to: string; subject: string; text: string }) => Promise<void>;

const MAX_ATTEMPTS = 8;

/**
 * Sends pending outbox e-mails when a sender is configured. Rows are claimed with SKIP LOCKED in
 * small batches, so two instances never send the same e-mail; a failure keeps the row pending with
 * a growing back-off (and `failed` after several attempts). Without SMTP nothing happens: the rows
 * wait, nothing is lost.
 */
export async function sendOutboxEmails(ctx: CommandContext, send: MailSender | null, batchSize = 20): Promise<{ sent: number; failed: number }> {
  const smtp = ctx.config.smtp;
  if (!send || !smtp) return { sent: 0, failed: 0 };
  let sent = 0;
  let failed = 0;
  await ctx.db.transaction(async (tx) => {
    const batch: OutboxRow[] = await claimOutboxEmails(tx, ctx.clock.now(), batchSize);
    for (const mail of batch) {
      try {
        await send({ from: smtp.from, to: mail.toAddress, subject: mail.subject, text: mail.body });
        await markOutboxEmail(tx, mail.id, { status: 'sent', sentAt: ctx.clock.now(), attempts: mail.attempts + 1, lastError: null });
        sent += 1;
      } catch (error) {
        const attempts = mail.attempts + 1;
        await markOutboxEmail(tx, mail.id, {
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          attempts,
          lastError: (error as Error).message.slice(0, 500),
          nextAttemptAt: new Date(ctx.clock.now().getTime() + 60_000 * 2 ** attempts),
        });
        failed += 1;
      }
    }
  });
  return { sent, failed };
}
