import { describe, expect, it } from 'vitest';
import { documentMediaTypes, documentTypes, extensionOf, isDocumentMediaType, maxDocumentBytes, mediaTypeEssence, sniffMediaType } from './media-types';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ihdrLength = [0, 0, 0, 13];

describe('document media types', () => {
  it('accepts PDF, PNG, JPEG and WebP and allows 10 MiB', () => {
    expect(documentMediaTypes).toEqual(['application/pdf', 'image/png', 'image/jpeg', 'image/webp']);
    // One signature entry per accepted type, in the same order.
    expect(documentTypes.map((type) => type.mediaType)).toEqual(documentMediaTypes);
    expect(maxDocumentBytes).toBe(10_485_760);
    expect(isDocumentMediaType('image/png')).toBe(true);
    expect(isDocumentMediaType('image/gif')).toBe(false);
    expect(extensionOf('image/jpeg')).toBe('jpg');
  });

  it.each([
    ['application/pdf', bytes('%PDF-1.4\n%%EOF\n')],
    ['image/png', bytes(pngSignature, ihdrLength, 'IHDR', [0, 0, 0, 1])],
    ['image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')],
    ['image/webp', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
  ])('recognises %s by its first bytes', (mediaType, content) => {
    expect(sniffMediaType(content)).toBe(mediaType);
  });

  it.each([
    ['empty', bytes()],
    ['PDF without the dash', bytes('%PDF1.4')],
    ['PNG signature without IHDR', bytes(pngSignature, ihdrLength, 'IDAT')],
    ['truncated PNG signature', bytes(pngSignature.slice(0, 7))],
    ['JPEG start of image only', bytes([0xff, 0xd8])],
    ['RIFF that is not WebP (WAV)', bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt ')],
    ['GIF', bytes('GIF89a')],
    ['HTML', bytes('<!doctype html><script>')],
    ['PDF marker later in the file', bytes('   %PDF-1.4')],
  ])('recognises nothing in %s', (_name, content) => {
    expect(sniffMediaType(content)).toBeUndefined();
  });

  it('reduces a Content-Type to its essence', () => {
    expect(mediaTypeEssence('Application/PDF; name="x.pdf"')).toBe('application/pdf');
    expect(mediaTypeEssence(' image/png ')).toBe('image/png');
    expect(mediaTypeEssence('')).toBeUndefined();
    expect(mediaTypeEssence('pdf')).toBeUndefined();
    expect(mediaTypeEssence(undefined)).toBeUndefined();
  });
});
