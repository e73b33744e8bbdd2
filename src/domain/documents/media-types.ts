/**
 * The file types a case accepts as documents, recognised by their first bytes ("magic bytes").
 * The type a client declares must be the type the content turns out to be: a JPEG sent as
 * `application/pdf` is refused, so a download is always of the type it claims.
 */

/** A run of bytes expected at an offset from the start of the file. */
export type ByteRun = { readonly offset: number; readonly bytes: readonly number[] };

/** The accepted media types, in the order they are documented. */
export const documentMediaTypes = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;

export type DocumentMediaType = (typeof documentMediaTypes)[number];

export type DocumentType = {
  readonly mediaType: DocumentMediaType;
  /** File name extensions, the first one canonical. */
  readonly extensions: readonly string[];
  /** The content is of this type when every run of one of the signatures matches. */
  readonly signatures: readonly (readonly ByteRun[])[];
};

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

/**
 * Scans and photos: what applicants and authorities exchange, one entry per accepted media type.
 * TIFF, HEIC and office files are left out on purpose (viewer attack surface, no browser preview).
 */
export const documentTypes: readonly DocumentType[] = [
  { mediaType: 'application/pdf', extensions: ['pdf'], signatures: [[{ offset: 0, bytes: ascii('%PDF-') }]] },
  {
    mediaType: 'image/png',
    extensions: ['png'],
    // The 8-byte signature, then the first chunk, which must be the header chunk IHDR.
    signatures: [[{ offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }, { offset: 12, bytes: ascii('IHDR') }]],
  },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], signatures: [[{ offset: 0, bytes: [0xff, 0xd8, 0xff] }]] },
  { mediaType: 'image/webp', extensions: ['webp'], signatures: [[{ offset: 0, bytes: ascii('RIFF') }, { offset: 8, bytes: ascii('WEBP') }]] },
];

/** The largest document accepted: 10 MiB (a multi-page scan at 300 dpi fits). */
export const maxDocumentBytes = 10 * 1024 * 1024;

export const isDocumentMediaType = (value: string): value is DocumentMediaType =>
  (documentMediaTypes as readonly string[]).includes(value);

const typeOf = (mediaType: DocumentMediaType): DocumentType | undefined => documentTypes.find((candidate) => candidate.mediaType === mediaType);

/** The canonical file name extension of an accepted type, without the dot. */
export const extensionOf = (mediaType: DocumentMediaType): string => typeOf(mediaType)?.extensions[0] ?? 'bin';

/** Every file name extension of an accepted type, lower case, without the dot. */
export const extensionsOf = (mediaType: DocumentMediaType): readonly string[] => typeOf(mediaType)?.extensions ?? [];

const matchesRun = (bytes: Uint8Array, run: ByteRun): boolean =>
  bytes.length >= run.offset + run.bytes.length && run.bytes.every((byte, index) => bytes[run.offset + index] === byte);

/** The accepted type the content is of, or undefined when it is none of them. */
export function sniffMediaType(bytes: Uint8Array): DocumentMediaType | undefined {
  const type = documentTypes.find((candidate) => candidate.signatures.some((signature) => signature.every((run) => matchesRun(bytes, run))));
  return type?.mediaType;
}

/**
 * The essence of a Content-Type value (`type/subtype`, lower case, parameters dropped):
 * `Application/PDF; name=x` → `application/pdf`. Undefined when it is not of that form.
 */
export function mediaTypeEssence(value: string | undefined | null): string | undefined {
  const essence = value?.split(';')[0]?.trim().toLowerCase();
  return essence && /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(essence) ? essence : undefined;
}
