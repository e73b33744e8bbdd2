import { recordAudit } from '../audit/record-audit';
import { AppError } from '../errors';
import { actorAsCaseSubject, canAccessCase, caseScope } from '../policies/case.policy';
import { casePurpose, requireActor, todayOf } from './case-access';
import { loadCaseDetail, type CaseDetail } from './case-detail';
import type { CommandContext } from './context';

/**
 * One case with everything in it; NOT_FOUND for a case outside the caller's scope. The hot read
 * of the product: one statement, no transaction; the audit entry is written before the data
 * leaves, so a read whose entry could not be written fails instead of going unrecorded.
 */
export async function getCase(ctx: CommandContext, caseId: string): Promise<CaseDetail> {
  const actor = requireActor(ctx);
  // One statement reads the case and everything in it (NOT_FOUND when there is no such case);
  // nothing leaves unless the caller may see it.
  const detail = await loadCaseDetail(ctx.db, caseId, todayOf(ctx));
  if (!canAccessCase(caseScope(actorAsCaseSubject(actor)), detail.header)) throw new AppError('NOT_FOUND', 'No such case.');
  await recordAudit(ctx.db, ctx, { action: 'case.read', subjectType: 'case', subjectId: caseId, purpose: casePurpose });
  return detail;
}
