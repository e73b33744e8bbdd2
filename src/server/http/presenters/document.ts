import type { CaseDocument, ChecklistItem } from '../../../contract/documents';
import type { ChecklistItemState, DocumentMediaType } from '../../../domain/documents/index';
import type { DocumentWithUploader } from '../../db/repositories/documents.repository';

const reviewStatusOf = (value: string): CaseDocument['reviewStatus'] => (value === 'accepted' || value === 'rejected' ? value : 'received');

export function presentDocument(row: DocumentWithUploader): CaseDocument {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType as DocumentMediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    checklistItemId: row.checklistItemId,
    personId: row.personId,
    uploadedAt: row.uploadedAt.toISOString(),
    uploadedBy: row.uploader,
    reviewStatus: reviewStatusOf(row.reviewStatus),
    reviewReason: row.reviewReason,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    requestId: row.requestId,
  };
}

export function presentChecklistItem(item: ChecklistItemState): ChecklistItem {
  return { id: item.id, name: item.name, titleIds: item.titleIds, uploaded: item.uploaded, documentIds: item.documentIds };
}

// RFC 5987 attr-char: letters, digits and !#$&+-.^_`|~ stay; everything else is %-encoded as UTF-8.
const encodeRfc5987 = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition` for a download: always an attachment (never rendered inline), the name
 * as UTF-8 in `filename*` (RFC 6266) and an ASCII stand-in in `filename` for old clients.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** Headers of every document download: the stored type, no sniffing, no caching of personal data. */
export function downloadHeaders(row: Pick<DocumentWithUploader, 'fileName' | 'mediaType'>): Record<string, string> {
  return {
    'content-type': row.mediaType,
    'content-disposition': attachmentDisposition(row.fileName),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
}
