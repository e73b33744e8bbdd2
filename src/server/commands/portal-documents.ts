import { recordAudit } from '../audit/record-audit';
import { getCaseRow } from '../db/repositories/cases.repository';
import { getDocumentRequest } from '../db/repositories/document-requests.repository';
import { getDocument, type DocumentWithUploader } from '../db/repositories/documents.repository';
import { AppError } from '../errors';
import { openFileStorage } from '../storage/index';
import type { CommandContext } from './context';
import { loadPortalAccount, portalCanSeePerson, selfServicePurpose } from './portal-access';
import { fileCaseDocument, type DocumentUpload } from './upload-case-document';
import { getCasePerson } from '../db/repositories/case-persons.repository';
import type { Database } from '../db/client';
import { getPersonOfCase } from '../db/repositories/consents.repository';

export type MyUpload = DocumentUpload & { requestId?: string | undefined };

/**
 * The person uploads a document for a checklist item or a document request, for themself or (the
 * main person) a family member: the same checks as a staff upload (fileCaseDocument); the person
 * must be one the account may see, a request must be open. Audited with the purpose self_service.
 */
export async function uploadMyDocument(ctx: CommandContext, upload: MyUpload): Promise<DocumentWithUploader> {
  return ctx.db.transaction(async (tx) => {
    const { actor, account } = await loadPortalAccount(tx, ctx);
    const row = await getCaseRow(tx, account.caseId, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND', 'No such case.');
    if (upload.checklistItemId !== undefined && upload.requestId !== undefined) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'query.requestId': 'give either checklistItemId or requestId' });
    }
    let personId = upload.personId;
    if (upload.requestId !== undefined) {
      const request = await getDocumentRequest(tx, account.caseId, upload.requestId);
      if (!request || request.withdrawnAt !== null || !portalCanSeePerson(account, account.caseId, request.personId ?? (await mainPersonOf(tx, account)))) {
        throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'query.requestId': 'not an open document request of yours' });
      }
      if (personId !== undefined && request.personId !== null && personId !== request.personId) {
        throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'query.personId': 'differs from the person the document was asked of' });
      }
      personId = personId ?? request.personId ?? undefined;
    }
    personId = personId ?? account.personId;
    if (!portalCanSeePerson(account, account.caseId, personId) || !(await getCasePerson(tx, account.caseId, personId))) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'query.personId': 'not a person you may upload for' });
    }
    // The Wegweiser checklist is the main person's.
    if (upload.checklistItemId !== undefined && personId !== (await mainPersonOf(tx, account))) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'query.checklistItemId': 'the checklist belongs to the main person' });
    }
    return fileCaseDocument(tx, ctx, { actor, row }, { ...upload, personId }, { purpose: selfServicePurpose });
  });
}

/** The main person of the account's case: documents and requests without a person are theirs. */
async function mainPersonOf(tx: Database, account: { caseId: string; personId: string; relation: string }): Promise<string> {
  if (account.relation === 'main') return account.personId;
  const main = await getPersonOfCase(tx, account.caseId, undefined);
  return main?.id ?? '';
}

/** The content of one of the person's own (visible) documents; every download is audited. */
export async function getMyDocumentContent(ctx: CommandContext, documentId: string): Promise<{ document: DocumentWithUploader; content: Buffer }> {
  return ctx.db.transaction(async (tx) => {
    const { account } = await loadPortalAccount(tx, ctx);
    const document = await getDocument(tx, account.caseId, documentId);
    if (!document || !portalCanSeePerson(account, account.caseId, document.personId ?? (await mainPersonOf(tx, account)))) {
      throw new AppError('NOT_FOUND', 'No such document.');
    }
    const content = await openFileStorage(ctx.config, tx).get(document.storageKey);
    if (!content) throw new Error(`document ${document.id}: content ${document.storageKey} is missing from the file store`);
    await recordAudit(tx, ctx, {
      action: 'document.downloaded',
      subjectType: 'case',
      subjectId: account.caseId,
      purpose: selfServicePurpose,
      details: { documentId: document.id, checklistItemId: document.checklistItemId, sizeBytes: document.sizeBytes },
    });
    return { document, content };
  });
}
