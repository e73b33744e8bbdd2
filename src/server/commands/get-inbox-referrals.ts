import { berlinDateOf } from '../../domain/referrals/berlin-time';
import { dueDateOf } from '../../domain/referrals/deadlines';
import { recordAudit } from '../audit/record-audit';
import { findReferrals, type ReferralView } from '../db/repositories/referrals.repository';
import { isReferralStaff } from '../policies/referral.policy';
import type { CommandContext } from './context';

export type InboxReferralLists = { new: ReferralView[]; dueToday: ReferralView[]; overdue: ReferralView[]; waitingForMe: ReferralView[] };

const LIMIT = 100;

/**
 * The referral part of the inbox: incoming referrals not yet accepted, incoming ones due today
 * (Europe/Berlin) or overdue while their clock runs, and outgoing ones whose recipient asked back.
 */
export async function getInboxReferrals(ctx: CommandContext): Promise<InboxReferralLists> {
  const actor = ctx.actor;
  const empty = { new: [], dueToday: [], overdue: [], waitingForMe: [] };
  if (!actor || !isReferralStaff(actor.roles) || !actor.organisationId) return empty;
  const organisationId = actor.organisationId;
  const now = ctx.clock.now();
  const today = berlinDateOf(now.getTime());
  return ctx.db.transaction(async (tx) => {
    const incoming = await findReferrals(tx, { direction: 'incoming', organisationId, status: 'live' }, LIMIT);
    const outgoing = await findReferrals(tx, { direction: 'outgoing', organisationId, status: 'live' }, LIMIT);
    const running = incoming.filter((referral) => referral.state === 'open' || referral.state === 'accepted');
    const lists: InboxReferralLists = {
      new: incoming.filter((referral) => referral.state === 'open'),
      dueToday: running.filter((referral) => referral.dueAt > now && dueDateOf(referral.dueAt.getTime()) === today),
      overdue: running.filter((referral) => referral.dueAt <= now),
      waitingForMe: outgoing.filter((referral) => referral.state === 'waiting_for_sender'),
    };
    const ids = [...new Set(Object.values(lists).flatMap((list) => list.map((referral) => referral.id)))];
    await recordAudit(tx, ctx, { action: 'inbox.referrals_read', subjectType: 'user', subjectId: actor.userId, purpose: 'referral_management', details: { referralIds: ids } });
    return lists;
  });
}
