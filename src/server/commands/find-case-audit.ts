import { recordAudit } from '../audit/record-audit';
import { findSubjectAuditPage, type AuditRowWithNames } from '../db/repositories/audit.repository';
import { casePurpose, loadAccessibleCase } from './case-access';
import type { CommandContext } from './context';

/**
 * Who read or changed a case, when and why: the audit entries about it, newest first. Reading
 * them is itself recorded (after the page is read, so it shows up on the next read).
 */
export async function findCaseAudit(
  ctx: CommandContext,
  caseId: string,
  page: { page: number; pageSize: number },
): Promise<{ items: AuditRowWithNames[]; total: number }> {
  return ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId);
    const { rows, total } = await findSubjectAuditPage(
      tx,
      { type: 'case', id: caseId },
      { limit: page.pageSize, offset: (page.page - 1) * page.pageSize },
    );
    await recordAudit(tx, ctx, { action: 'case.audit_read', subjectType: 'case', subjectId: caseId, purpose: casePurpose, details: { count: rows.length } });
    return { items: rows, total };
  });
}
