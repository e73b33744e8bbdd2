import { sanitiseFileName } from './file-name';
import { isDocumentMediaType, maxDocumentBytes, sniffMediaType, type DocumentMediaType } from './media-types';

/** Why an upload is refused, as a value the server maps to its error codes. */
export type UploadProblem =
  | { kind: 'too_large'; maxBytes: number }
  | { kind: 'type_not_allowed'; declared: string | undefined }
  | { kind: 'content_mismatch'; declared: DocumentMediaType; detected: DocumentMediaType | undefined }
  | { kind: 'empty' };

export type AcceptedUpload = { mediaType: DocumentMediaType; fileName: string; sizeBytes: number };

export type UploadCheck = { ok: true; value: AcceptedUpload } | { ok: false; problem: UploadProblem };

/**
 * Decides whether a file may become a case document: at most `maxDocumentBytes`, of an accepted
 * declared type, not empty, and with content of exactly the declared type.
 * `declaredMediaType` is the essence of the declared Content-Type (see `mediaTypeEssence`).
 */
export function checkUpload(input: { declaredMediaType: string | undefined; bytes: Uint8Array; fileName: string }): UploadCheck {
  const { declaredMediaType: declared, bytes } = input;
  if (bytes.length > maxDocumentBytes) return { ok: false, problem: { kind: 'too_large', maxBytes: maxDocumentBytes } };
  if (declared === undefined || !isDocumentMediaType(declared)) return { ok: false, problem: { kind: 'type_not_allowed', declared } };
  if (bytes.length === 0) return { ok: false, problem: { kind: 'empty' } };
  const detected = sniffMediaType(bytes);
  if (detected !== declared) return { ok: false, problem: { kind: 'content_mismatch', declared, detected } };
  return { ok: true, value: { mediaType: declared, fileName: sanitiseFileName(input.fileName, declared), sizeBytes: bytes.length } };
}
