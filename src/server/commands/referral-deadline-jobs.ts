import { isClockRunning, type ReferralState } from '../../domain/referrals/state-machine';
import type { Database } from '../db/client';
import { findDeadlineRules, getReferralRow, getReferralView, updateReferral } from '../db/repositories/referrals.repository';
import type { CommandContext } from './context';
import { recordReferralStep } from './referral-access';
import { notifyAboutReferral } from './referral-notify';
import { emailEscalationContacts } from './organisation-admin-referral-rule';

/** What a job handler tells the worker: done, or run again at a later instant (the clock moved). */
export type JobOutcome = { done: true } | { done: false; runAt: Date };

/**
 * The reminder before the due instant: the receiving organisation's staff are told once. A
 * referral that paused meanwhile has a later reminder instant; the job then moves there.
 */
export async function remindReferral(tx: Database, ctx: CommandContext, referralId: string): Promise<JobOutcome> {
  const referral = await getReferralRow(tx, referralId, { forUpdate: true });
  if (!referral || !isClockRunning(referral.state as ReferralState) || referral.remindedAt) return { done: true };
  const now = ctx.clock.now();
  if (referral.remindAt > now) return { done: false, runAt: referral.remindAt };
  await updateReferral(tx, referral.id, { remindedAt: now });
  await recordReferralStep(tx, ctx, referral, { type: 'reminded', data: { dueAt: referral.dueAt.toISOString() } });
  const view = await getReferralView(tx, referral.id);
  if (view) await notifyAboutReferral(tx, ctx, 'referral.reminder', view, { organisationIds: [referral.toOrganisationId] });
  return { done: true };
}

/**
 * Escalation once the due instant has passed while the clock runs: the receiving organisation's
 * lead (its configured escalation contact, else all its staff) and the sender are told, and the
 * escalation e-mail addresses the administration set for the organisation get an e-mail.
 */
export async function escalateReferral(tx: Database, ctx: CommandContext, referralId: string): Promise<JobOutcome> {
  const referral = await getReferralRow(tx, referralId, { forUpdate: true });
  if (!referral || !isClockRunning(referral.state as ReferralState) || referral.escalatedAt) return { done: true };
  const now = ctx.clock.now();
  if (referral.dueAt > now) return { done: false, runAt: referral.dueAt };
  await updateReferral(tx, referral.id, { escalatedAt: now });
  await recordReferralStep(tx, ctx, referral, { type: 'escalated', data: { dueAt: referral.dueAt.toISOString() } });
  const rules = await findDeadlineRules(tx, referral.toOrganisationId);
  const lead = rules.find((rule) => rule.purpose === referral.purpose)?.escalationUserId ?? rules.find((rule) => rule.purpose === null)?.escalationUserId ?? null;
  const view = await getReferralView(tx, referral.id);
  if (view) {
    await notifyAboutReferral(tx, ctx, 'referral.escalated', view, lead ? { userIds: [lead, referral.fromUserId] } : { organisationIds: [referral.toOrganisationId], userIds: [referral.fromUserId] });
    await emailEscalationContacts(tx, ctx, view);
  }
  return { done: true };
}
