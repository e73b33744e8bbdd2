import { describe, expect, it } from 'vitest';
import { maxDocumentBytes } from './media-types';
import { checkUpload } from './upload';

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);

describe('checkUpload', () => {
  it('accepts content of the declared type with a safe name', () => {
    expect(checkUpload({ declaredMediaType: 'application/pdf', bytes: pdf, fileName: '../Pass.pdf' })).toEqual({
      ok: true,
      value: { mediaType: 'application/pdf', fileName: 'Pass.pdf', sizeBytes: pdf.length },
    });
  });

  it('refuses a JPEG declared as PDF, naming both types', () => {
    expect(checkUpload({ declaredMediaType: 'application/pdf', bytes: jpeg, fileName: 'x.pdf' })).toEqual({
      ok: false,
      problem: { kind: 'content_mismatch', declared: 'application/pdf', detected: 'image/jpeg' },
    });
  });

  it('refuses types that are not accepted, and a missing type', () => {
    expect(checkUpload({ declaredMediaType: 'image/gif', bytes: jpeg, fileName: 'x.gif' })).toMatchObject({ ok: false, problem: { kind: 'type_not_allowed', declared: 'image/gif' } });
    expect(checkUpload({ declaredMediaType: undefined, bytes: pdf, fileName: 'x' })).toMatchObject({ ok: false, problem: { kind: 'type_not_allowed' } });
  });

  it('refuses empty content and content over 10 MiB, accepts exactly 10 MiB', () => {
    expect(checkUpload({ declaredMediaType: 'application/pdf', bytes: new Uint8Array(), fileName: 'x.pdf' })).toEqual({ ok: false, problem: { kind: 'empty' } });
    const limit = new Uint8Array(maxDocumentBytes);
    limit.set(pdf);
    expect(checkUpload({ declaredMediaType: 'application/pdf', bytes: limit, fileName: 'x.pdf' }).ok).toBe(true);
    const over = new Uint8Array(maxDocumentBytes + 1);
    over.set(pdf);
    expect(checkUpload({ declaredMediaType: 'application/pdf', bytes: over, fileName: 'x.pdf' })).toEqual({ ok: false, problem: { kind: 'too_large', maxBytes: maxDocumentBytes } });
  });
});
