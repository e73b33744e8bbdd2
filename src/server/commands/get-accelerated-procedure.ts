import { recordAudit } from '../audit/record-audit';
import { casePurpose, loadAccessibleCase, todayOf } from './case-access';
import type { CommandContext } from './context';
import { loadProcedureView, type ProcedureView } from './procedure-access';

/** The §81a procedure of a case, for whoever may see the case (404 otherwise, or when it has none); audited. */
export async function getAcceleratedProcedure(ctx: CommandContext, caseId: string): Promise<ProcedureView> {
  return ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId);
    const view = await loadProcedureView(tx, caseId, todayOf(ctx));
    await recordAudit(tx, ctx, {
      action: 'case.procedure_read',
      subjectType: 'case',
      subjectId: caseId,
      purpose: casePurpose,
      details: { procedureId: view.procedure.id },
    });
    return view;
  });
}
