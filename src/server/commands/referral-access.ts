import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import { insertEvents } from '../db/repositories/case-records.repository';
import { getReferralRow, insertReferralEvent, type ReferralRow } from '../db/repositories/referrals.repository';
import { AppError } from '../errors';
import { referralSidesOf } from '../policies/referral.policy';
import { requireActor } from './case-access';
import type { Actor, CommandContext } from './context';

/** A referral the actor takes part in (sender or recipient side); NOT_FOUND for everyone else. */
export async function loadReferralForActor(
  tx: Database,
  ctx: CommandContext,
  referralId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ actor: Actor; referral: ReferralRow; sides: ('recipient' | 'sender')[] }> {
  const actor = requireActor(ctx);
  const referral = await getReferralRow(tx, referralId, options);
  const sides = referral ? referralSidesOf(actor, referral) : [];
  if (!referral || sides.length === 0) throw new AppError('NOT_FOUND', 'No such referral.');
  return { actor, referral, sides };
}

/**
 * One step of a referral, recorded three times in the caller's transaction: on the referral's own
 * timeline, on the case's timeline (the sender's view), and in the audit log of the case under the
 * referral's purpose. `data` holds ids and codes; free text goes to the referral event only.
 */
export async function recordReferralStep(
  tx: Database,
  ctx: CommandContext,
  referral: Pick<ReferralRow, 'id' | 'caseId' | 'purpose'>,
  step: { type: string; text?: string | null; data?: Record<string, unknown> },
): Promise<void> {
  const at = ctx.clock.now();
  const actorUserId = ctx.actor?.userId ?? null;
  const data = { referralId: referral.id, ...(step.data ?? {}) };
  await insertReferralEvent(tx, { referralId: referral.id, type: step.type, at, actorUserId, text: step.text ?? null, data: step.data ?? {} });
  await insertEvents(tx, [{ caseId: referral.caseId, type: `referral_${step.type}`, at, actorUserId, data }]);
  await recordAudit(tx, ctx, { action: `referral.${step.type}`, subjectType: 'case', subjectId: referral.caseId, purpose: referral.purpose, details: data });
}
