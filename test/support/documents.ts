import type { SignedInClient, TestApp } from './test-app';

/**
 * Small but real files for the document tests. The PDF carries a binary comment line (bytes
 * above 0x7f, as real PDFs do) and a NUL byte, so a round trip proves the store is binary-safe.
 */
export function samplePdf(text = 'Lotse'): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.4\n%'),
    Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
    Buffer.from(
      [
        '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
        '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
        `3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj % ${text}`,
        'trailer << /Root 1 0 R >>',
        '%%EOF',
        '',
      ].join('\n'),
    ),
    Buffer.from([0x00]),
  ]);
}

/** A 1×1 PNG: the 8-byte signature, IHDR, IDAT and IEND with their checksums. */
export const samplePng = (): Buffer =>
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The start of a JFIF JPEG (SOI, APP0) and its end marker: enough to be recognised as JPEG. */
export const sampleJpeg = (): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.from([0x01, 0x01, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9])]);

/** POST /api/v1/cases/{id}/documents the way the web app does it: the file as the body, metadata in the query. */
export function uploadDocument(
  t: TestApp,
  client: SignedInClient | null,
  caseId: string,
  file: { bytes: Buffer; contentType: string; fileName?: string; checklistItemId?: string; personId?: string },
) {
  const query = new URLSearchParams({ fileName: file.fileName ?? 'dokument.pdf' });
  if (file.checklistItemId) query.set('checklistItemId', file.checklistItemId);
  if (file.personId) query.set('personId', file.personId);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/documents?${query.toString()}`,
    headers: { ...(client?.headers ?? {}), 'content-type': file.contentType },
    payload: file.bytes,
  });
}
