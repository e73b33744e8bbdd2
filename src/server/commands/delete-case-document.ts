import { getDocument, markDocumentDeleted } from '../db/repositories/documents.repository';
import { AppError } from '../errors';
import { loadAccessibleCase, recordCaseChanges } from './case-access';
import type { CommandContext } from './context';

/**
 * Deletes a document softly: it leaves lists, the checklist and downloads, while the record and
 * its content stay for the retention period (removing them is a later purge job's work).
 */
export async function deleteCaseDocument(ctx: CommandContext, caseId: string, documentId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const document = await getDocument(tx, caseId, documentId);
    if (!document || !(await markDocumentDeleted(tx, documentId, ctx.clock.now()))) throw new AppError('NOT_FOUND', 'No such document.');
    await recordCaseChanges(tx, ctx, caseId, [{ kind: 'document_deleted', data: { documentId, checklistItemId: document.checklistItemId } }]);
  });
}
