import { recordAudit } from '../audit/record-audit';
import { casePurpose, loadAccessibleCase, todayOf } from './case-access';
import { loadCaseDetail, type CaseDetail } from './case-detail';
import type { CommandContext } from './context';

/** One case with everything in it; the read is audited. NOT_FOUND for a case outside the caller's scope. */
export async function getCase(ctx: CommandContext, caseId: string): Promise<CaseDetail> {
  return ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId);
    const detail = await loadCaseDetail(tx, caseId, todayOf(ctx));
    await recordAudit(tx, ctx, { action: 'case.read', subjectType: 'case', subjectId: caseId, purpose: casePurpose });
    return detail;
  });
}
