import { recordAudit } from '../audit/record-audit';
import { findReferrals as queryReferrals, type ReferralView } from '../db/repositories/referrals.repository';
import { AppError } from '../errors';
import { isReferralStaff } from '../policies/referral.policy';
import { requireActor } from './case-access';
import type { CommandContext } from './context';

const LIST_LIMIT = 200;

/** Referrals to (incoming) or from (outgoing) the caller's organisation; the read is audited. */
export async function findReferrals(
  ctx: CommandContext,
  filter: { direction: 'incoming' | 'outgoing'; status: 'live' | 'finished' | 'all'; caseId?: string | undefined },
): Promise<ReferralView[]> {
  const actor = requireActor(ctx);
  if (!isReferralStaff(actor.roles) || !actor.organisationId) throw new AppError('FORBIDDEN', 'Referrals are for staff of a member organisation.');
  const organisationId = actor.organisationId;
  return ctx.db.transaction(async (tx) => {
    const items = await queryReferrals(tx, { ...filter, organisationId }, LIST_LIMIT);
    await recordAudit(tx, ctx, {
      action: 'referrals.listed',
      subjectType: 'organisation',
      subjectId: organisationId,
      purpose: 'referral_management',
      details: { direction: filter.direction, status: filter.status, referralIds: items.map((item) => item.id) },
    });
    return items;
  });
}
