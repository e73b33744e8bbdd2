import { applyReferralAction, type ReferralState } from '../../domain/referrals/state-machine';
import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import { getConsent, getConsentWithNames, markConsentWithdrawn, type ConsentWithNames } from '../db/repositories/consents.repository';
import { cancelJob } from '../db/repositories/jobs.repository';
import { findLiveReferralsOfConsent, getReferralView, insertReferralEvent, updateReferral } from '../db/repositories/referrals.repository';
import { AppError } from '../errors';
import { recordCaseChanges } from './case-access';
import { consentPurpose, loadCaseForConsent, personMaySeeConsent } from './consent-access';
import type { CommandContext } from './context';
import { notifyAboutReferral } from './referral-notify';

/**
 * Withdraws a consent, effective for the very next request: the recipient's reads check the
 * declaration itself, and the live referrals that rely on it end here (`expired`), in the same
 * transaction, with their reminders and escalations cancelled and the recipients told.
 */
export async function withdrawConsent(ctx: CommandContext, consentId: string): Promise<ConsentWithNames> {
  return ctx.db.transaction(async (tx) => {
    const existing = await getConsent(tx, consentId);
    if (!existing) throw new AppError('NOT_FOUND', 'No such consent.');
    const access = await loadCaseForConsent(tx, ctx, existing.caseId, { forUpdate: true });
    if (!personMaySeeConsent(access, existing)) throw new AppError('NOT_FOUND', 'No such consent.');
    const { actor } = access;
    const locked = await getConsent(tx, consentId, { forUpdate: true });
    if (!locked) throw new AppError('NOT_FOUND', 'No such consent.');
    if (locked.withdrawnAt) throw new AppError('CONFLICT', 'This consent has already been withdrawn.', { consentId: `withdrawn at ${locked.withdrawnAt.toISOString()}` });
    const now = ctx.clock.now();
    await markConsentWithdrawn(tx, consentId, now, actor.userId);
    const ended = await endReferralsOfConsent(tx, ctx, consentId, 'consent_withdrawn');
    await recordCaseChanges(tx, ctx, existing.caseId, [{ kind: 'consent_withdrawn', data: { consentId, endedReferralIds: ended } }]);
    await recordAudit(tx, ctx, { action: 'consent.withdrawn', subjectType: 'consent', subjectId: consentId, purpose: consentPurpose, details: { caseId: existing.caseId, endedReferralIds: ended } });
    const loaded = await getConsentWithNames(tx, consentId);
    if (!loaded) throw new Error('consent vanished');
    return loaded;
  });
}

/** Ends the live referrals of a consent that is no longer valid; returns their ids. */
export async function endReferralsOfConsent(tx: Database, ctx: CommandContext, consentId: string, reason: 'consent_withdrawn' | 'consent_expired'): Promise<string[]> {
  const live = await findLiveReferralsOfConsent(tx, consentId);
  const now = ctx.clock.now();
  const ended: string[] = [];
  for (const referral of live) {
    const result = applyReferralAction({ state: referral.state as ReferralState, stateBeforeQuery: referral.stateBeforeQuery as ReferralState | null }, 'expire', 'system');
    if (!result.ok) continue;
    await updateReferral(tx, referral.id, { state: result.state, reason, pausedAt: null, updatedAt: now });
    await insertReferralEvent(tx, { referralId: referral.id, type: 'expired', at: now, actorUserId: ctx.actor?.userId ?? null, data: { reason } });
    await cancelJob(tx, `referral.remind:${referral.id}`, now);
    await cancelJob(tx, `referral.escalate:${referral.id}`, now);
    await recordAudit(tx, ctx, { action: 'referral.expired', subjectType: 'referral', subjectId: referral.id, purpose: referral.purpose, details: { consentId, reason } });
    const view = await getReferralView(tx, referral.id);
    if (view) await notifyAboutReferral(tx, ctx, 'referral.expired', view, { organisationIds: [referral.toOrganisationId], userIds: [referral.fromUserId] }, { exceptUserId: ctx.actor?.userId ?? null });
    ended.push(referral.id);
  }
  return ended;
}
