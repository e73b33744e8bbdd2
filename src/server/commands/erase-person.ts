import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import { clearQualificationIdentifiers } from '../db/repositories/case-qualifications.repository';
import { anonymisePerson, consentsOfPerson, getActiveLegalHold, getErasure, insertErasure } from '../db/repositories/data-subject.repository';
import { findLiveReferralsOfConsent } from '../db/repositories/referrals.repository';
import { AppError } from '../errors';
import { openFileStorage } from '../storage/index';
import type { CommandContext } from './context';
import { dataSubjectPurpose, loadPersonForRights } from './data-subject-access';
import { endReferralsOfConsent } from './withdraw-consent';

export type Erasure = { personId: string; caseId: string; cause: 'request' | 'retention'; erasedAt: Date };

/**
 * Erasure on request (Art. 17 GDPR), done as anonymisation: the person's data rows are overwritten
 * and document contents deleted, ids stay so the audit trail (which holds ids, never personal data,
 * ADR 6) still verifies and still says who did what. Refused while the case is under a legal hold.
 */
export async function erasePerson(ctx: CommandContext, caseId: string, personId: string): Promise<Erasure> {
  return ctx.db.transaction(async (tx) => {
    const { relation } = await loadPersonForRights(tx, ctx, caseId, personId, { allowPerson: false, forUpdate: true });
    const hold = await getActiveLegalHold(tx, caseId);
    if (hold) throw new AppError('CONFLICT', 'The case is under a legal hold: nothing of it may be erased until the hold is released.', { legalHold: hold.id });
    if (await getErasure(tx, personId)) throw new AppError('CONFLICT', 'This person’s data has already been erased.', { personId: 'already erased' });
    return anonymise(tx, ctx, caseId, personId, relation === 'main', 'request');
  });
}

/** Anonymises one person in the caller's transaction (also used by the retention job). */
export async function anonymise(tx: Database, ctx: CommandContext, caseId: string, personId: string, isMain: boolean, cause: 'request' | 'retention'): Promise<Erasure> {
  const now = ctx.clock.now();
  // Their consents end first, so no recipient keeps reading while the rows change.
  for (const consentId of await consentsOfPerson(tx, personId)) {
    if ((await findLiveReferralsOfConsent(tx, consentId)).length > 0) await endReferralsOfConsent(tx, ctx, consentId, 'consent_withdrawn');
  }
  const storageKeys = await anonymisePerson(tx, caseId, personId, isMain, now);
  await clearQualificationIdentifiers(tx, personId);
  const storage = openFileStorage(ctx.config, tx);
  for (const key of storageKeys) await storage.delete(key);
  await insertErasure(tx, { personId, caseId, cause, erasedAt: now, erasedBy: ctx.actor?.userId ?? null });
  await recordAudit(tx, ctx, { action: 'person.erased', subjectType: 'case', subjectId: caseId, purpose: dataSubjectPurpose, details: { personId, cause, documents: storageKeys.length } });
  return { personId, caseId, cause, erasedAt: now };
}
