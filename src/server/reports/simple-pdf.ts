import PDFDocument from 'pdfkit';

const margin = 56;
const colours = { text: '#1b1b1b', muted: '#555555', accent: '#0b3c5d' };

export type PdfBlock = { heading?: string; lines: string[]; muted?: boolean };

/** A plain A4 document of headed blocks: enough for declarations and data exports. */
export function renderSimplePdf(options: { title: string; subtitle?: string; language: string; blocks: PdfBlock[] }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    lang: options.language,
    displayTitle: true,
    info: { Title: options.title, Creator: 'Lotse', Producer: 'Lotse' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(18).fillColor(colours.accent).text(options.title);
  if (options.subtitle) doc.font('Helvetica').fontSize(9).fillColor(colours.muted).text(options.subtitle);
  for (const block of options.blocks) {
    doc.moveDown(0.7);
    if (block.heading) doc.font('Helvetica-Bold').fontSize(12).fillColor(colours.accent).text(block.heading).moveDown(0.2);
    doc.font('Helvetica').fontSize(10).fillColor(block.muted ? colours.muted : colours.text);
    for (const line of block.lines) doc.text(line, { paragraphGap: 3 });
  }
  doc.end();
  return finished;
}
