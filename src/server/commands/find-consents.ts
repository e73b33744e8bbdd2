import { recordAudit } from '../audit/record-audit';
import { findConsentsOfCase, getConsentWithNames, type ConsentWithNames } from '../db/repositories/consents.repository';
import { AppError } from '../errors';
import { consentPurpose, loadCaseForConsent, personMaySeeConsent } from './consent-access';
import type { CommandContext } from './context';

/** The consent declarations of a case, for case staff and the person; the read is audited. */
export async function findConsents(ctx: CommandContext, caseId: string): Promise<ConsentWithNames[]> {
  return ctx.db.transaction(async (tx) => {
    const access = await loadCaseForConsent(tx, ctx, caseId);
    const items = (await findConsentsOfCase(tx, caseId)).filter((consent) => personMaySeeConsent(access, consent));
    await recordAudit(tx, ctx, { action: 'case.consents_read', subjectType: 'case', subjectId: caseId, purpose: consentPurpose, details: { consentIds: items.map((item) => item.id) } });
    return items;
  });
}

/** One declaration, if the actor may manage the consents of its case (404 otherwise). */
export async function getConsentForActor(ctx: CommandContext, consentId: string, action: string): Promise<ConsentWithNames> {
  return ctx.db.transaction(async (tx) => {
    const consent = await getConsentWithNames(tx, consentId);
    if (!consent) throw new AppError('NOT_FOUND', 'No such consent.');
    if (!personMaySeeConsent(await loadCaseForConsent(tx, ctx, consent.caseId), consent)) throw new AppError('NOT_FOUND', 'No such consent.');
    await recordAudit(tx, ctx, { action, subjectType: 'consent', subjectId: consentId, purpose: consentPurpose, details: { caseId: consent.caseId } });
    return consent;
  });
}
