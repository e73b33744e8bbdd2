import PDFDocument from 'pdfkit';
import { isPortalLanguage, textDirection } from '../../domain/portal/languages';
import { PdfTextWriter, registerFonts } from './pdf-text';

const margin = 56;
const colours = { text: '#1b1b1b', muted: '#555555', accent: '#0b3c5d' };

export type PdfBlock = { heading?: string; lines: string[]; muted?: boolean };

/**
 * A plain, tagged (accessible) A4 document of headed blocks: enough for declarations and data
 * exports, in any portal language. The title is H1, block headings H2, every line a paragraph;
 * the document language is set and Arabic documents are laid out right to left.
 */
export function renderSimplePdf(options: { title: string; subtitle?: string; language: string; blocks: PdfBlock[] }): Promise<Buffer> {
  const direction = isPortalLanguage(options.language) ? textDirection(options.language) : 'ltr';
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    tagged: true,
    pdfVersion: '1.7',
    lang: options.language,
    displayTitle: true,
    info: { Title: options.title, Creator: 'Lotse', Producer: 'Lotse' },
  });
  if (direction === 'rtl') {
    // Viewers show the pages of a right-to-left document from right to left.
    const root = (doc as unknown as { _root: { data: { ViewerPreferences?: { data: Record<string, unknown> } } } })._root;
    if (root.data.ViewerPreferences) root.data.ViewerPreferences.data.Direction = 'R2L';
  }
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const writer = new PdfTextWriter(doc, direction, { left: margin, width: doc.page.width - 2 * margin, bottom: () => doc.page.height - margin });
  const root = doc.struct('Document');
  doc.addStructure(root);
  writer.paragraph(root, 'H1', options.title, { weight: 'bold', size: 18, colour: colours.accent }, { gapAfter: 2 });
  if (options.subtitle) writer.paragraph(root, 'P', options.subtitle, { weight: 'regular', size: 9, colour: colours.muted });
  for (const block of options.blocks) {
    doc.y += 9;
    const section = doc.struct('Sect');
    root.add(section);
    if (block.heading) writer.paragraph(section, 'H2', block.heading, { weight: 'bold', size: 12, colour: colours.accent }, { gapAfter: 3 });
    const style = { weight: 'regular', size: 10, colour: block.muted ? colours.muted : colours.text } as const;
    for (const line of block.lines) writer.paragraph(section, 'P', line, style, { gapAfter: 3 });
    section.end();
  }
  root.end();
  doc.end();
  return finished;
}
