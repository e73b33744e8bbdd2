import { join } from 'node:path';
import type PDFDocument from 'pdfkit';
import { repoRoot } from '../paths';
import { breakLines, hasRtl, paragraphDirection, visualSegments, type Direction, type FontKind } from './bidi';

/**
 * Fonts and text drawing for the PDFs in every portal language: Noto Sans (Latin, Cyrillic) and
 * Noto Sans Arabic, vendored in ./fonts (OFL, see fonts/SOURCES.md) so that no system font is
 * needed. Text is broken into lines here and each line drawn in visual order (bidi.ts), so Arabic
 * reads right to left with its numbers and Latin names left to right.
 */
const fontDirectory = join(repoRoot, 'src/server/reports/fonts');
const fontFiles = {
  'latin-regular': 'NotoSans-Regular.ttf',
  'latin-bold': 'NotoSans-Bold.ttf',
  'arabic-regular': 'NotoSansArabic-Regular.ttf',
  'arabic-bold': 'NotoSansArabic-Bold.ttf',
} as const;

export type Weight = 'regular' | 'bold';
type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc['struct']>;

export function registerFonts(doc: Doc): void {
  for (const [name, file] of Object.entries(fontFiles)) doc.registerFont(name, join(fontDirectory, file));
}

export type TextStyle = { weight: Weight; size: number; colour: string };

/** Writes text into a tagged document at the current position, one line at a time. */
export class PdfTextWriter {
  constructor(
    private readonly doc: Doc,
    private readonly direction: Direction,
    private readonly box: { left: number; width: number; bottom: () => number },
  ) {}

  private use(font: FontKind, style: TextStyle): Doc {
    return this.doc.font(`${font}-${style.weight}`).fontSize(style.size).fillColor(style.colour);
  }

  private measure(text: string, direction: Direction, style: TextStyle): number {
    return visualSegments(text, direction).reduce((sum, segment) => sum + this.use(segment.font, style).widthOfString(segment.text, { features: [] }), 0);
  }

  /** Ascent and height of a line in the fonts it uses. */
  private metrics(line: string, style: TextStyle): { ascent: number; height: number } {
    const fonts: FontKind[] = hasRtl(line) ? ['latin', 'arabic'] : ['latin'];
    let ascent = 0;
    let height = 0;
    for (const font of fonts) {
      const doc = this.use(font, style);
      const current = (doc as unknown as { _font: { ascender: number } })._font;
      ascent = Math.max(ascent, (current.ascender / 1000) * style.size);
      height = Math.max(height, doc.currentLineHeight(true));
    }
    return { ascent, height };
  }

  /**
   * A paragraph as a structure element of `parent` (P, H1, H2, …). Lines that would cross the
   * bottom margin start a new page; the element gets each page's piece of content.
   */
  paragraph(parent: Struct, tag: string, text: string, style: TextStyle, options: { gapAfter?: number } = {}): void {
    const doc = this.doc;
    const rtlText = hasRtl(text);
    // A right-to-left paragraph is drawn in visual order; the element's ActualText gives assistive
    // technology the logical order. (Not as marked content: poppler would reverse that again.)
    const element = doc.struct(tag, rtlText ? { actual: text } : {});
    parent.add(element);
    // Each paragraph runs in the direction of its first letter (a Latin name in an Arabic document
    // reads left to right); it is aligned to the document's side.
    const direction = paragraphDirection(text, this.direction);
    const lines = text.split('\n').flatMap((part) => breakLines(part, this.box.width, (piece) => this.measure(piece, direction, style)));
    for (const line of lines) {
      const { ascent, height } = this.metrics(line, style);
      if (doc.y + height > this.box.bottom()) doc.addPage();
      const top = doc.y;
      const segments = visualSegments(line, direction);
      const widths = segments.map((segment) => this.use(segment.font, style).widthOfString(segment.text, { features: [] }));
      const total = widths.reduce((sum, width) => sum + width, 0);
      let x = this.direction === 'rtl' ? this.box.left + this.box.width - total : this.box.left;
      element.add(doc.markStructureContent(tag));
      segments.forEach((segment, index) => {
        this.use(segment.font, style).text(segment.text, x, top + ascent, { lineBreak: false, baseline: 'alphabetic', features: [] });
        x += widths[index] ?? 0;
      });
      doc.endMarkedContent();
      doc.x = this.box.left;
      doc.y = top + height;
    }
    element.end();
    doc.y += options.gapAfter ?? 0;
  }
}
