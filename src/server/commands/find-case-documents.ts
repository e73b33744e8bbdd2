import { recordAudit } from '../audit/record-audit';
import { findDocumentsOfCase, type DocumentWithUploader } from '../db/repositories/documents.repository';
import { casePurpose, loadAccessibleCase } from './case-access';
import type { CommandContext } from './context';

/** The documents of a case (no contents), newest first; the read is audited. */
export async function findCaseDocuments(ctx: CommandContext, caseId: string): Promise<DocumentWithUploader[]> {
  return ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId);
    const documents = await findDocumentsOfCase(tx, caseId);
    await recordAudit(tx, ctx, { action: 'case.documents_read', subjectType: 'case', subjectId: caseId, purpose: casePurpose, details: { count: documents.length } });
    return documents;
  });
}
