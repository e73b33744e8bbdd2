import { checkUpload, documentMediaTypes, isKnownChecklistItem, mediaTypeEssence, type ChecklistEvaluation, type UploadProblem } from '../../domain/documents/index';
import { getCasePerson } from '../db/repositories/case-persons.repository';
import { insertDocument, type DocumentWithUploader } from '../db/repositories/documents.repository';
import { AppError } from '../errors';
import { openFileStorage } from '../storage/index';
import { loadAccessibleCase, recordCaseChanges } from './case-access';
import type { Actor, CommandContext } from './context';
import type { Database } from '../db/client';
import type { CaseRow } from '../db/repositories/cases.repository';

export type DocumentUpload = {
  /** The Content-Type the client declared, as sent. */
  contentType: string | undefined;
  bytes: Buffer;
  fileName: string;
  checklistItemId?: string | undefined;
  personId?: string | undefined;
};

const acceptedTypes = documentMediaTypes.join(', ');

/** The 4xx answer to a refused upload; shared with every other upload (portal attachments). */
export function problemError(problem: UploadProblem): AppError {
  switch (problem.kind) {
    case 'too_large':
      return new AppError('PAYLOAD_TOO_LARGE', `A document may have at most ${problem.maxBytes} bytes (10 MiB).`, { body: `at most ${problem.maxBytes} bytes` });
    case 'type_not_allowed':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', `Send the file with one of these Content-Types: ${acceptedTypes}.`, {
        'headers.content-type': `must be one of ${acceptedTypes}`,
      });
    case 'content_mismatch':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', `The content of the file is not ${problem.declared}.`, {
        body: problem.detected ? `content is ${problem.detected}, not ${problem.declared}` : `content is not ${problem.declared}`,
      });
    case 'empty':
      return new AppError('VALIDATION_FAILED', 'The file is empty.', { body: 'empty' });
  }
}

/**
 * Files a document with a case: the content must be of an accepted type that matches the declared
 * one; the checklist item must belong to the case's stored evaluation (when it has one) and the
 * person to the case. Content, record, timeline event and audit entry commit together.
 */
export async function uploadCaseDocument(ctx: CommandContext, caseId: string, upload: DocumentUpload): Promise<DocumentWithUploader> {
  return ctx.db.transaction(async (tx) => {
    const { actor, row } = await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    return fileCaseDocument(tx, ctx, { actor, row }, upload);
  });
}

/**
 * The checks and the filing of every upload, by staff or by the person in the portal (the caller
 * has locked the case row and decided who may upload): type, content, size, checklist item, person.
 */
export async function fileCaseDocument(
  tx: Database,
  ctx: CommandContext,
  { actor, row }: { actor: Actor; row: CaseRow },
  upload: DocumentUpload & { requestId?: string | undefined },
  options: { purpose?: string } = {},
): Promise<DocumentWithUploader> {
  const caseId = row.id;
  const checked = checkUpload({ declaredMediaType: mediaTypeEssence(upload.contentType), bytes: upload.bytes, fileName: upload.fileName });
  if (!checked.ok) throw problemError(checked.problem);
  const evaluation = (row.evaluation ?? null) as ChecklistEvaluation | null;
  if (upload.checklistItemId !== undefined && !isKnownChecklistItem(evaluation, upload.checklistItemId)) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'query.checklistItemId': 'not a document of this case’s checklist' });
  }
  if (upload.personId !== undefined && !(await getCasePerson(tx, caseId, upload.personId))) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'query.personId': 'not a person of this case' });
  }
  const stored = await openFileStorage(ctx.config, tx).put(upload.bytes);
  const document = await insertDocument(tx, {
    caseId,
    personId: upload.personId ?? null,
    checklistItemId: upload.checklistItemId ?? null,
    requestId: upload.requestId ?? null,
    fileName: checked.value.fileName,
    mediaType: checked.value.mediaType,
    sizeBytes: stored.size,
    sha256: stored.sha256,
    storageKey: stored.storageKey,
    uploadedBy: actor.userId,
    uploadedAt: ctx.clock.now(),
  });
  // Ids, type and size only: a file name can name the person.
  const data = {
    documentId: document.id,
    checklistItemId: document.checklistItemId,
    ...(document.requestId ? { requestId: document.requestId } : {}),
    personId: document.personId,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
  };
  await recordCaseChanges(tx, ctx, caseId, [{ kind: 'document_uploaded', data }], options.purpose ? { purpose: options.purpose } : {});
  return { ...document, uploader: { id: actor.userId, name: actor.name } };
}
