import { recordAudit } from '../audit/record-audit';
import { findReferralEvents, getReferralView, type ReferralEventRow, type ReferralView } from '../db/repositories/referrals.repository';
import type { CommandContext } from './context';
import { loadReferralForActor } from './referral-access';

export type ReferralDetail = { referral: ReferralView; events: ReferralEventRow[]; sides: ('recipient' | 'sender')[] };

/** One referral with its timeline, for its sender and recipient; the read is audited under its purpose. */
export async function getReferral(ctx: CommandContext, referralId: string): Promise<ReferralDetail> {
  return ctx.db.transaction(async (tx) => {
    const { referral, sides } = await loadReferralForActor(tx, ctx, referralId);
    const view = await getReferralView(tx, referralId);
    if (!view) throw new Error('referral vanished');
    const events = await findReferralEvents(tx, referralId);
    await recordAudit(tx, ctx, { action: 'referral.read', subjectType: 'referral', subjectId: referralId, purpose: referral.purpose, details: { caseId: referral.caseId, sides } });
    return { referral: view, events, sides };
  });
}
