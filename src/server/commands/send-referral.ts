import type { CreateReferralBody } from '../../contract/referrals';
import { canonicalJson } from '../../domain/audit/canonical-json';
import { requireLand } from '../../domain/calendar/index';
import { consentCoverage, coverageRefusalText, type ConsentPurpose, type DataCategory } from '../../domain/consent/index';
import { deadlineSettingsFor, referralClock } from '../../domain/referrals/deadlines';
import { findOrganisationsByIds, getConsent } from '../db/repositories/consents.repository';
import { scheduleJob } from '../db/repositories/jobs.repository';
import { getOrganisationReferralRule } from '../db/repositories/organisation-admin.repository';
import { getReferralByIdempotencyKey, getReferralView, insertReferralOnce, type ReferralRow, type ReferralView } from '../db/repositories/referrals.repository';
import { AppError } from '../errors';
import { sha256Hex } from '../security/tokens';
import { loadAccessibleCase, requireActor } from './case-access';
import type { CommandContext } from './context';
import { recordReferralStep } from './referral-access';
import { notifyAboutReferral } from './referral-notify';
import { deadlineRulesOf } from './organisation-admin-referral-rule';

export type SentReferral = { referral: ReferralView; replayed: boolean };

class IdempotencyRace extends Error {}

/**
 * Sends a referral of a case to a partner organisation. It must be covered by a valid consent of
 * the case for exactly that recipient and purpose (409 naming why not). The due instant follows the
 * recipient's Land and rules (domain/referrals/deadlines.ts). With an Idempotency-Key the same
 * sender's repeated submission returns the first referral; the key with another body is refused.
 */
export async function sendReferral(ctx: CommandContext, caseId: string, input: CreateReferralBody, idempotencyKey: string | undefined): Promise<SentReferral> {
  const actor = requireActor(ctx);
  const requestHash = sha256Hex(canonicalJson({ caseId, ...input }));
  if (idempotencyKey) {
    const replay = await replayOf(ctx, actor.userId, idempotencyKey, requestHash);
    if (replay) return replay;
  }
  try {
    return await ctx.db.transaction(async (tx) => {
      await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
      if (!actor.organisationId) throw new AppError('FORBIDDEN', 'Only staff of an organisation can send referrals.');
      const [recipient] = await findOrganisationsByIds(tx, [input.toOrganisationId]);
      if (!recipient) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { toOrganisationId: 'unknown organisation' });
      if (!(await getOrganisationReferralRule(tx, recipient.id))?.isActive) {
        throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { toOrganisationId: 'the organisation is deactivated' });
      }
      if (recipient.id === actor.organisationId) {
        throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { toOrganisationId: 'a referral goes to another organisation' });
      }
      const consent = await getConsent(tx, input.consentId);
      if (!consent || consent.caseId !== caseId) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { consentId: 'not a consent of this case' });
      const now = ctx.clock.now();
      const coverage = consentCoverage(
        { ...consent, purposes: consent.purposes as ConsentPurpose[], dataCategories: consent.dataCategories as DataCategory[] },
        { recipientOrganisationId: recipient.id, purpose: input.purpose, at: now },
      );
      if (!coverage.covered) {
        throw new AppError('CONFLICT', `No consent covers this referral: ${coverageRefusalText[coverage.reason]}. Record a consent for ${recipient.name} and this purpose first.`, {
          consentId: coverage.reason,
        });
      }
      const rules = await deadlineRulesOf(tx, recipient.id);
      const clock = referralClock(requireLand(recipient.land), now.getTime(), deadlineSettingsFor(rules, input.purpose));
      const row = await insertReferralOnce(tx, {
        caseId,
        consentId: consent.id,
        fromOrganisationId: actor.organisationId,
        fromUserId: actor.userId,
        toOrganisationId: recipient.id,
        purpose: input.purpose,
        message: input.message,
        state: 'open',
        dueAt: new Date(clock.dueAt),
        remindAt: new Date(clock.remindAt),
        idempotencyKey: idempotencyKey ?? null,
        requestHash,
        createdAt: now,
        updatedAt: now,
      });
      if (!row) throw new IdempotencyRace();
      await recordReferralStep(tx, ctx, row, { type: 'sent', text: input.message, data: { toOrganisationId: recipient.id, consentId: consent.id, dueAt: row.dueAt.toISOString() } });
      await scheduleReferralJobs(tx, row, now);
      const view = await getReferralView(tx, row.id);
      if (!view) throw new Error('referral vanished after insert');
      await notifyAboutReferral(tx, ctx, 'referral.received', view, { organisationIds: [recipient.id] }, { exceptUserId: actor.userId });
      return { referral: view, replayed: false };
    });
  } catch (error) {
    // A concurrent request with the same key committed first: answer as a replay of it.
    if (error instanceof IdempotencyRace && idempotencyKey) {
      const replay = await replayOf(ctx, actor.userId, idempotencyKey, requestHash);
      if (replay) return replay;
    }
    throw error;
  }
}

async function replayOf(ctx: CommandContext, userId: string, key: string, requestHash: string): Promise<SentReferral | undefined> {
  const existing = await getReferralByIdempotencyKey(ctx.db, userId, key);
  if (!existing) return undefined;
  if (existing.requestHash !== requestHash) {
    throw new AppError('UNPROCESSABLE', 'This Idempotency-Key was already used for a different request.', { 'idempotency-key': 'used before with another body' });
  }
  const view = await getReferralView(ctx.db, existing.id);
  if (!view) throw new AppError('NOT_FOUND', 'No such referral.');
  return { referral: view, replayed: true };
}

/** The reminder and the escalation of a referral, at its current instants (moved when it pauses). */
export async function scheduleReferralJobs(tx: Parameters<typeof scheduleJob>[0], referral: Pick<ReferralRow, 'id' | 'remindAt' | 'dueAt'>, now: Date): Promise<void> {
  await scheduleJob(tx, { kind: 'referral.remind', dedupeKey: `referral.remind:${referral.id}`, runAt: referral.remindAt, payload: { referralId: referral.id }, createdAt: now });
  await scheduleJob(tx, { kind: 'referral.escalate', dedupeKey: `referral.escalate:${referral.id}`, runAt: referral.dueAt, payload: { referralId: referral.id }, createdAt: now });
}
