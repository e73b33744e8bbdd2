import { recordAudit } from '../audit/record-audit';
import { getDocument, type DocumentWithUploader } from '../db/repositories/documents.repository';
import { AppError } from '../errors';
import { openFileStorage } from '../storage/index';
import { casePurpose, loadAccessibleCase } from './case-access';
import type { CommandContext } from './context';

/**
 * A document's content for download. Every download is audited (`document.downloaded`, on the
 * case, so it shows in the case's audit trail). NOT_FOUND for a deleted document.
 */
export async function getCaseDocumentContent(
  ctx: CommandContext,
  caseId: string,
  documentId: string,
): Promise<{ document: DocumentWithUploader; content: Buffer }> {
  return ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId);
    const document = await getDocument(tx, caseId, documentId);
    if (!document) throw new AppError('NOT_FOUND', 'No such document.');
    const content = await openFileStorage(ctx.config, tx).get(document.storageKey);
    // A record without content is a broken store, not a missing document: logged as INTERNAL.
    if (!content) throw new Error(`document ${document.id}: content ${document.storageKey} is missing from the file store`);
    await recordAudit(tx, ctx, {
      action: 'document.downloaded',
      subjectType: 'case',
      subjectId: caseId,
      purpose: casePurpose,
      details: { documentId: document.id, checklistItemId: document.checklistItemId, sizeBytes: document.sizeBytes },
    });
    return { document, content };
  });
}
