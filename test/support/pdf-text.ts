import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF written by pdfkit with its standard fonts (Helvetica, WinAnsi encoding), in
 * plain JS so the tests need no poppler: every Flate stream is inflated and the strings of its
 * `TJ` operators are decoded. One entry per drawn line fragment, in drawing order (header and
 * footer come last: they are drawn after the body). Not a general PDF parser.
 */
export function pdfTextFragments(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const fragments: string[] = [];
  const streamPattern = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let match = streamPattern.exec(raw); match; match = streamPattern.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (!/\/FlateDecode/.test(match[1] ?? '') || /\/Subtype\s*\/(Image|Type1C|CIDFontType0C)/.test(match[1] ?? '')) continue;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => part[1] ?? '').join('');
      fragments.push(decodeWinAnsi(Buffer.from(hex, 'hex')));
    }
  }
  return fragments;
}

/**
 * WinAnsi (Windows-1252) bytes as text. Not via TextDecoder: Node's 'windows-1252' decodes as
 * ISO-8859-1 and turns € „ “ – • into control characters.
 */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function decodeWinAnsi(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? cp1252High[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

/** All text of the PDF as one string, whitespace (including no-break spaces) collapsed to single spaces. */
export function pdfText(pdf: Buffer): string {
  // A line broken after a hyphen ("ZAB-" / "Zeugnisbewertung") joins without a space.
  return normaliseSpace(pdfTextFragments(pdf).reduce((text, fragment) => (/\S-$/.test(text) ? `${text}${fragment}` : `${text} ${fragment}`), ''));
}

export const normaliseSpace = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();
