import type { CreateDocumentRequest, DocumentReview } from '../../contract/portal';
import { recordAudit } from '../audit/record-audit';
import { getCasePerson } from '../db/repositories/case-persons.repository';
import {
  findDocumentRequests,
  getDocumentRequest,
  insertDocumentRequest,
  updateDocumentReview,
  withdrawDocumentRequest,
  type DocumentRequestWithRequester,
} from '../db/repositories/document-requests.repository';
import { findDocumentsOfCase, getDocument, type DocumentWithUploader } from '../db/repositories/documents.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { casePurpose, loadAccessibleCase, recordCaseChanges } from './case-access';
import type { CommandContext } from './context';

/**
 * Case staff review an upload: accepted, or rejected with a reason the person reads in the portal.
 * A review can be changed again later (a correction). Timeline event and audit entry with the
 * status only: the reason is free text and stays out of the log.
 */
export async function reviewCaseDocument(ctx: CommandContext, caseId: string, documentId: string, review: DocumentReview): Promise<DocumentWithUploader> {
  return ctx.db.transaction(async (tx) => {
    const { actor } = await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const document = await getDocument(tx, caseId, documentId);
    if (!document) throw new AppError('NOT_FOUND', 'No such document.');
    const reason = review.status === 'rejected' ? (review.reason ?? '').trim() : null;
    const at = ctx.clock.now();
    await updateDocumentReview(tx, documentId, { status: review.status, reason, at, by: actor.userId });
    await recordCaseChanges(tx, ctx, caseId, [
      { kind: 'document_reviewed', data: { documentId, status: review.status, previousStatus: document.reviewStatus, personId: document.personId } },
    ]);
    return { ...document, reviewStatus: review.status, reviewReason: reason, reviewedAt: at, reviewedBy: actor.userId };
  });
}

export type DocumentRequestView = DocumentRequestWithRequester & { documentIds: string[] };

async function withDocuments(tx: Database, caseId: string, requests: DocumentRequestWithRequester[]): Promise<DocumentRequestView[]> {
  const documents = await findDocumentsOfCase(tx, caseId);
  return requests.map((request) => ({ ...request, documentIds: documents.filter((document) => document.requestId === request.id).map((document) => document.id) }));
}

/** The document requests of a case (open and withdrawn) with the uploads answering them; audited. */
export async function findCaseDocumentRequests(ctx: CommandContext, caseId: string): Promise<DocumentRequestView[]> {
  return ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId);
    const requests = await withDocuments(tx, caseId, await findDocumentRequests(tx, caseId));
    await recordAudit(tx, ctx, { action: 'case.document_requests_read', subjectType: 'case', subjectId: caseId, purpose: casePurpose, details: { count: requests.length } });
    return requests;
  });
}

/** Case staff ask the person (main person by default, or a family member) for a further document. */
export async function requestCaseDocument(ctx: CommandContext, caseId: string, input: CreateDocumentRequest): Promise<DocumentRequestView> {
  return ctx.db.transaction(async (tx) => {
    const { actor } = await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    if (input.personId !== undefined && !(await getCasePerson(tx, caseId, input.personId))) {
      throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { personId: 'not a person of this case' });
    }
    const row = await insertDocumentRequest(tx, {
      caseId,
      personId: input.personId ?? null,
      title: input.title,
      note: input.note && input.note.length > 0 ? input.note : null,
      requestedBy: actor.userId,
      requestedAt: ctx.clock.now(),
    });
    await recordCaseChanges(tx, ctx, caseId, [{ kind: 'document_requested', data: { requestId: row.id, personId: row.personId } }]);
    return { ...row, requester: { id: actor.userId, name: actor.name }, documentIds: [] };
  });
}

/** Withdraws a document request: it leaves the person's checklist (uploads answering it stay). */
export async function withdrawCaseDocumentRequest(ctx: CommandContext, caseId: string, requestId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const request = await getDocumentRequest(tx, caseId, requestId);
    if (!request) throw new AppError('NOT_FOUND', 'No such document request.');
    if (!(await withdrawDocumentRequest(tx, requestId, ctx.clock.now()))) throw new AppError('CONFLICT', 'The document request was already withdrawn.');
    await recordCaseChanges(tx, ctx, caseId, [{ kind: 'document_request_withdrawn', data: { requestId } }]);
  });
}
