import { requireLand } from '../../domain/calendar/index';
import type { ConsentPurpose } from '../../domain/consent/vocabulary';
import { deadlineSettingsFor, resumeReferralClock } from '../../domain/referrals/deadlines';
import { applyReferralAction, type ReferralAction, type ReferralState } from '../../domain/referrals/state-machine';
import { findOrganisationsByIds } from '../db/repositories/consents.repository';
import { cancelJob } from '../db/repositories/jobs.repository';
import { getReferralView, updateReferral, type ReferralInsert, type ReferralView } from '../db/repositories/referrals.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import { loadReferralForActor, recordReferralStep } from './referral-access';
import type { NotificationKind } from './referral-notify';
import { notifyAboutReferral } from './referral-notify';
import { scheduleReferralJobs } from './send-referral';
import { deadlineRulesOf } from './organisation-admin-referral-rule';

export type ReferralChange =
  | { action: 'accept' }
  | { action: 'reject'; reason: string }
  | { action: 'answer'; answer: string }
  | { action: 'query'; question: string }
  | { action: 'reply'; message: string }
  | { action: 'close' }
  | { action: 'revoke'; reason?: string | undefined };

const sideOf: Record<Exclude<ReferralAction, 'expire'>, 'recipient' | 'sender'> = {
  accept: 'recipient',
  reject: 'recipient',
  answer: 'recipient',
  query: 'recipient',
  reply: 'sender',
  close: 'sender',
  revoke: 'sender',
};

const noticeOf: Partial<Record<ReferralAction, NotificationKind>> = {
  reject: 'referral.rejected',
  answer: 'referral.answered',
  query: 'referral.queried',
  reply: 'referral.replied',
  revoke: 'referral.revoked',
};

/**
 * One step of the life-cycle (domain/referrals/state-machine.ts) by the side it belongs to. A query
 * stops the clock; the sender's reply restarts it with the due instant moved by the working time
 * the wait took. Finishing steps cancel the pending reminder and escalation.
 */
export async function changeReferral(ctx: CommandContext, referralId: string, change: ReferralChange): Promise<ReferralView> {
  return ctx.db.transaction(async (tx) => {
    const { actor, referral, sides } = await loadReferralForActor(tx, ctx, referralId, { forUpdate: true });
    const side = sideOf[change.action];
    if (!sides.includes(side)) {
      throw new AppError('FORBIDDEN', side === 'recipient' ? 'Only the receiving organisation can do this.' : 'Only the sending organisation can do this.');
    }
    const current = { state: referral.state as ReferralState, stateBeforeQuery: referral.stateBeforeQuery as ReferralState | null };
    const result = applyReferralAction(current, change.action, side);
    if (!result.ok) {
      throw new AppError('CONFLICT', `A referral that is ${referral.state} cannot be ${pastTense(change.action)}.`, {
        status: `allowed: ${result.allowed.join(', ') || 'none'}`,
      });
    }
    const now = ctx.clock.now();
    const changes: Partial<ReferralInsert> = { state: result.state, updatedAt: now };
    let text: string | null = null;
    const data: Record<string, unknown> = { from: referral.state, to: result.state };
    switch (change.action) {
      case 'reject':
        changes.reason = change.reason;
        text = change.reason;
        break;
      case 'revoke':
        changes.reason = change.reason ?? null;
        text = change.reason ?? null;
        break;
      case 'answer':
        changes.answer = change.answer;
        changes.answeredAt = now;
        changes.answeredBy = actor.userId;
        text = change.answer;
        break;
      case 'query':
        changes.stateBeforeQuery = referral.state;
        changes.pausedAt = now;
        text = change.question;
        break;
      case 'reply': {
        text = change.message;
        const [recipient] = await findOrganisationsByIds(tx, [referral.toOrganisationId]);
        if (!recipient) throw new Error('recipient organisation vanished');
        const rules = await deadlineRulesOf(tx, recipient.id);
        const moved = resumeReferralClock(
          requireLand(recipient.land),
          { dueAt: referral.dueAt.getTime() },
          { pausedAt: (referral.pausedAt ?? now).getTime(), resumedAt: now.getTime() },
          deadlineSettingsFor(rules, referral.purpose as ConsentPurpose),
        );
        changes.stateBeforeQuery = null;
        changes.pausedAt = null;
        changes.pausedWorkingMs = referral.pausedWorkingMs + moved.pausedWorkingMs;
        changes.dueAt = new Date(moved.dueAt);
        changes.remindAt = new Date(moved.remindAt);
        data.pausedWorkingMs = moved.pausedWorkingMs;
        data.dueAt = changes.dueAt.toISOString();
        break;
      }
      default:
        break;
    }
    const updated = await updateReferral(tx, referral.id, changes);
    if (change.action === 'reply') {
      await scheduleReferralJobs(tx, updated, now);
    } else if (change.action !== 'accept') {
      await cancelJob(tx, `referral.remind:${referral.id}`, now);
      await cancelJob(tx, `referral.escalate:${referral.id}`, now);
    }
    await recordReferralStep(tx, ctx, referral, { type: pastTense(change.action), text, data });
    const view = await getReferralView(tx, referral.id);
    if (!view) throw new Error('referral vanished');
    const notice = noticeOf[change.action];
    if (notice) {
      const others = side === 'recipient' ? { userIds: [referral.fromUserId] } : { organisationIds: [referral.toOrganisationId] };
      await notifyAboutReferral(tx, ctx, notice, view, others, { exceptUserId: actor.userId });
    }
    return view;
  });
}

const pastTense = (action: ReferralAction): string =>
  ({ accept: 'accepted', reject: 'rejected', answer: 'answered', query: 'queried', reply: 'replied', close: 'closed', revoke: 'revoked', expire: 'expired' })[action];
