import { recordAudit } from '../audit/record-audit';
import { getActiveLegalHold, insertLegalHold, releaseLegalHolds } from '../db/repositories/data-subject.repository';
import { AppError } from '../errors';
import { loadAccessibleCase } from './case-access';
import type { CommandContext } from './context';
import { dataSubjectPurpose } from './data-subject-access';

export type LegalHold = { id: string; caseId: string; reason: string; setAt: Date; releasedAt: Date | null };

/** Sets a legal hold on a case (case staff): erasure and retention anonymisation stop until it is released. */
export async function setLegalHold(ctx: CommandContext, caseId: string, reason: string): Promise<LegalHold> {
  return ctx.db.transaction(async (tx) => {
    const { actor } = await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const existing = await getActiveLegalHold(tx, caseId);
    if (existing) throw new AppError('CONFLICT', 'The case is already under a legal hold.', { legalHold: existing.id });
    const hold = await insertLegalHold(tx, { caseId, reason, setAt: ctx.clock.now(), setBy: actor.userId });
    await recordAudit(tx, ctx, { action: 'case.legal_hold_set', subjectType: 'case', subjectId: caseId, purpose: dataSubjectPurpose, details: { legalHoldId: hold.id } });
    return hold;
  });
}

export async function releaseLegalHold(ctx: CommandContext, caseId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { actor } = await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const released = await releaseLegalHolds(tx, caseId, ctx.clock.now(), actor.userId);
    if (released === 0) throw new AppError('NOT_FOUND', 'The case has no active legal hold.');
    await recordAudit(tx, ctx, { action: 'case.legal_hold_released', subjectType: 'case', subjectId: caseId, purpose: dataSubjectPurpose });
  });
}

export async function getLegalHold(ctx: CommandContext, caseId: string): Promise<LegalHold | null> {
  return ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId);
    return (await getActiveLegalHold(tx, caseId)) ?? null;
  });
}
