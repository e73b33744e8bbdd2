import { checkUpload, mediaTypeEssence } from '../../domain/documents/index';
import { recordAudit } from '../audit/record-audit';
import { insertEvents } from '../db/repositories/case-records.repository';
import { getDocument, insertDocument, type DocumentRow, type DocumentWithUploader } from '../db/repositories/documents.repository';
import { isThreadAttachment } from '../db/repositories/messages.repository';
import { AppError } from '../errors';
import { openFileStorage } from '../storage/index';
import type { CommandContext } from './context';
import { loadPortalAccount, selfServicePurpose } from './portal-access';
import { problemError } from './upload-case-document';

/**
 * An attachment the person uploads in the portal becomes a document of their case, for their own
 * person. It goes through exactly the checks of a staff upload (accepted type, content matching the
 * declared type, size, file name): the same `checkUpload` and the same 4xx answers.
 */
export function uploadMyAttachment(ctx: CommandContext, upload: { contentType: string | undefined; bytes: Buffer; fileName: string }): Promise<DocumentRow> {
  return ctx.db.transaction(async (tx) => {
    const { actor, account } = await loadPortalAccount(tx, ctx);
    const checked = checkUpload({ declaredMediaType: mediaTypeEssence(upload.contentType), bytes: upload.bytes, fileName: upload.fileName });
    if (!checked.ok) throw problemError(checked.problem);
    const stored = await openFileStorage(ctx.config, tx).put(upload.bytes);
    const now = ctx.clock.now();
    const document = await insertDocument(tx, {
      caseId: account.caseId,
      personId: account.personId,
      checklistItemId: null,
      fileName: checked.value.fileName,
      mediaType: checked.value.mediaType,
      sizeBytes: stored.size,
      sha256: stored.sha256,
      storageKey: stored.storageKey,
      uploadedBy: actor.userId,
      uploadedAt: now,
    });
    // Ids, type and size only: a file name can name the person.
    const data = { documentId: document.id, checklistItemId: null, personId: document.personId, mediaType: document.mediaType, sizeBytes: document.sizeBytes, via: 'message' };
    await insertEvents(tx, [{ caseId: account.caseId, type: 'document_uploaded', at: now, actorUserId: actor.userId, data }]);
    await recordAudit(tx, ctx, { action: 'case.document_uploaded', subjectType: 'case', subjectId: account.caseId, purpose: selfServicePurpose, details: data });
    return document;
  });
}

/**
 * An attachment of a message the person can see, for download (audited as every download).
 * Anything else — another case's document, a document not attached to their thread — is NOT_FOUND.
 */
export function getMyAttachment(ctx: CommandContext, documentId: string): Promise<{ document: DocumentWithUploader; content: Buffer }> {
  return ctx.db.transaction(async (tx) => {
    const { account } = await loadPortalAccount(tx, ctx);
    const part = account.relation === 'main' ? null : account.personId;
    const document = (await isThreadAttachment(tx, account.caseId, part, documentId)) ? await getDocument(tx, account.caseId, documentId) : undefined;
    if (!document) throw new AppError('NOT_FOUND', 'No such document.');
    const content = await openFileStorage(ctx.config, tx).get(document.storageKey);
    if (!content) throw new Error(`document ${document.id}: content ${document.storageKey} is missing from the file store`);
    await recordAudit(tx, ctx, {
      action: 'document.downloaded',
      subjectType: 'case',
      subjectId: account.caseId,
      purpose: selfServicePurpose,
      details: { documentId: document.id, sizeBytes: document.sizeBytes, via: 'message' },
    });
    return { document, content };
  });
}
