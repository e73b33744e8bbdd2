import { consentCoverage, coverageRefusalText, type ConsentPurpose, type DataCategory } from '../../domain/consent/index';
import { isLiveReferral, type ReferralState } from '../../domain/referrals/state-machine';
import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import { getReferralWithConsent, loadReferredCase, type ReferredCaseData } from '../db/repositories/referred-case.repository';
import { AppError } from '../errors';
import { isReferralStaff } from '../policies/referral.policy';
import { requireActor } from './case-access';
import type { CommandContext } from './context';

export type ReferredCaseView = ReferredCaseData & {
  referralId: string;
  caseId: string;
  purpose: ConsentPurpose;
  categories: DataCategory[];
  consent: { id: string; validUntil: Date | null };
};

/**
 * The recipient's view of a referred case: only the data categories the person consented to for
 * this recipient and the referral's purpose, only while the referral is live and the consent
 * valid — checked on every request against the declaration itself, so a withdrawal counts for the
 * very next one. Not the recipient: 404. Recipient, but the referral finished or the consent no
 * longer covers it: 403 naming why. Every read is audited on the case under the referral's purpose.
 */
export async function getReferredCase(ctx: CommandContext, referralId: string): Promise<ReferredCaseView> {
  // The check reads committed state with one prepared statement on the root handle; the reads
  // and their audit entry then commit together. (Read committed: a transaction would see the same.)
  const granted = await checkReferredCaseAccess(ctx.db, ctx, referralId);
  return ctx.db.transaction(async (tx) => {
    const data = await loadReferredCase(tx, granted.caseId, granted.personId, granted.categories);
    if (!data) throw new AppError('NOT_FOUND', 'No such referral.');
    await recordAudit(tx, ctx, {
      action: 'case.read_by_recipient',
      subjectType: 'case',
      subjectId: granted.caseId,
      purpose: granted.purpose,
      details: { referralId, consentId: granted.consent.id, categories: granted.categories },
    });
    return { ...data, referralId, caseId: granted.caseId, purpose: granted.purpose, categories: granted.categories, consent: granted.consent };
  });
}

/** The consent check alone (one query and a pure decision); also what the benchmark measures. */
export async function checkReferredCaseAccess(db: Database, ctx: CommandContext, referralId: string) {
  const actor = requireActor(ctx);
  const row = await getReferralWithConsent(db, referralId);
  if (!row || !isReferralStaff(actor.roles) || actor.organisationId !== row.toOrganisationId) throw new AppError('NOT_FOUND', 'No such referral.');
  const purpose = row.purpose as ConsentPurpose;
  const coverage = consentCoverage(
    { ...row.consent, purposes: row.consent.purposes as ConsentPurpose[], dataCategories: row.consent.dataCategories as DataCategory[] },
    { recipientOrganisationId: row.toOrganisationId, purpose, at: ctx.clock.now() },
  );
  // The consent first: when it has ended, that (not the referral's resulting state) is the reason to name.
  if (!coverage.covered) throw new AppError('FORBIDDEN', `The case data is not shared: ${coverageRefusalText[coverage.reason]}.`);
  if (!isLiveReferral(row.state as ReferralState)) throw new AppError('FORBIDDEN', `The referral is ${row.state}: its case data is no longer shared.`);
  return { caseId: row.caseId, personId: row.consent.personId, purpose, categories: coverage.categories, consent: { id: row.consent.id, validUntil: row.consent.validUntil } };
}
