import { extensionOf, extensionsOf, type DocumentMediaType } from './media-types';

/** The longest file name kept (characters, extension included); most file systems allow 255 bytes. */
export const maxFileNameLength = 120;

/** The name given to a file whose name has nothing usable left. */
export const fallbackFileName = 'dokument';

// Path separators and characters Windows refuses in names; replaced so a download saves anywhere.
const unsafeCharacters = /[<>:"|?*]/g;
// Control characters (C0, DEL, C1) and invisible format characters such as the right-to-left
// override, which can make `rechnung‮fdp.exe` look like `rechnungexe.pdf`.
const invisibleCharacters = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Splits off the extension: `a.b.pdf` → [`a.b`, `pdf`]; a leading dot is not an extension. */
function splitExtension(name: string): [string, string | undefined] {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return [name, undefined];
  return [name.slice(0, dot), name.slice(dot + 1)];
}

/** Shortens to `length` characters (code points, so no surrogate pair is cut in half). */
const truncate = (text: string, length: number): string => [...text].slice(0, length).join('');

/**
 * A file name safe to store and to offer for download: only the last path part, no control or
 * invisible characters, no characters file systems refuse, whitespace collapsed, no leading or
 * trailing dots and spaces, at most `maxFileNameLength` characters, and ending in an extension
 * of `mediaType` (appended when missing or different, so the file opens with the right program).
 */
export function sanitiseFileName(raw: string, mediaType: DocumentMediaType): string {
  const lastPart = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastPart
    .replace(invisibleCharacters, '')
    .replace(unsafeCharacters, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const [stem, extension] = splitExtension(cleaned);
  const hasOwnExtension = extension !== undefined && extensionsOf(mediaType).includes(extension.toLowerCase());
  const suffix = hasOwnExtension ? `.${extension}` : `.${extensionOf(mediaType)}`;
  const base = (hasOwnExtension ? stem : cleaned) || fallbackFileName;
  const kept = truncate(base, maxFileNameLength - [...suffix].length).replace(/[\s.]+$/, '') || fallbackFileName;
  return `${kept}${suffix}`;
}
