import { recordAudit } from '../audit/record-audit';
import { getCaseHeader } from '../db/repositories/cases.repository';
import { AppError } from '../errors';
import { actorAsCaseSubject, canAccessCase, caseScope } from '../policies/case.policy';
import { casePurpose, requireActor, todayOf } from './case-access';
import { loadCaseDetail, type CaseDetail } from './case-detail';
import type { CommandContext } from './context';

/**
 * One case with everything in it; NOT_FOUND for a case outside the caller's scope. The hot read
 * of the product, so no transaction (READ COMMITTED gives each statement its own snapshot either
 * way) and prepared statements on the pool; the audit entry is written before the data leaves,
 * so a read whose entry could not be written fails instead of going unrecorded.
 */
export async function getCase(ctx: CommandContext, caseId: string): Promise<CaseDetail> {
  const actor = requireActor(ctx);
  const header = await getCaseHeader(ctx.db, caseId);
  if (!header || !canAccessCase(caseScope(actorAsCaseSubject(actor)), header)) throw new AppError('NOT_FOUND', 'No such case.');
  const detail = await loadCaseDetail(ctx.db, caseId, todayOf(ctx), header);
  await recordAudit(ctx.db, ctx, { action: 'case.read', subjectType: 'case', subjectId: caseId, purpose: casePurpose });
  return detail;
}
