import type PDFDocument from 'pdfkit';

/**
 * Typesetting of the Praxis-Check PDF: tagged headings, paragraphs with emphasis, lists, quotes and
 * tables on A4 in the vendored Noto Sans (registered as latin-regular / latin-bold). Rules and
 * page furniture are artifacts; every text is inside a structure element.
 */
type Doc = InstanceType<typeof PDFDocument>;
export type Struct = ReturnType<Doc['struct']>;

export const margins = { top: 64, bottom: 64, left: 62, right: 62 };
export const colours = { text: '#1b1b1b', muted: '#4a4a4a', accent: '#0b3c5d', rule: '#b8b8b8', band: '#eef2f6' };

/** A piece of text with its emphasis (Markdown `**strong**`, `*em*`, `code`). */
export type Run = { text: string; bold?: boolean; italic?: boolean; link?: string };

export class PdfKit {
  readonly left: number;
  readonly width: number;

  constructor(readonly doc: Doc) {
    this.left = margins.left;
    this.width = doc.page.width - margins.left - margins.right;
  }

  bottom(): number {
    return this.doc.page.height - margins.bottom;
  }

  /** A new page unless `height` points still fit. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom()) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = margins.top;
  }

  style(weight: 'regular' | 'bold', size: number, colour: string = colours.text): Doc {
    return this.doc.font(`latin-${weight}`).fontSize(size).fillColor(colour);
  }

  /** A heading; it never stands alone at the foot of a page. Returns the page it is on (1-based). */
  heading(parent: Struct, level: 'H1' | 'H2' | 'H3', text: string): number {
    const size = level === 'H1' ? 20 : level === 'H2' ? 15 : 12;
    this.doc.y += level === 'H1' ? 0 : level === 'H2' ? 10 : 6;
    // A chapter or part heading is followed by a table title, a sentence and a chart: keep room for them.
    this.ensureSpace(level === 'H3' ? size * 4 : 180);
    const page = this.pageNumber();
    parent.add(
      this.doc.struct(level, {}, () => {
        this.style('bold', size, colours.accent).text(text, this.left, this.doc.y, { width: this.width });
      }),
    );
    this.doc.y += size * 0.35;
    return page;
  }

  pageNumber(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count;
  }

  /** Draws runs as one flowing paragraph (pdfkit's `continued`), inside the current marked content. */
  private runs(runs: readonly Run[], x: number, width: number, size: number, colour: string): void {
    const pieces = runs.filter((run) => run.text.length > 0);
    if (pieces.length === 0) return;
    pieces.forEach((run, index) => {
      const last = index === pieces.length - 1;
      this.style(run.bold ? 'bold' : 'regular', size, run.link ? colours.accent : colour);
      const options = { width, continued: !last, oblique: run.italic ? 12 : false, underline: run.link !== undefined, ...(run.link ? { link: run.link } : {}), lineGap: 1.5 };
      if (index === 0) this.doc.text(run.text, x, this.doc.y, options);
      else this.doc.text(run.text, options);
    });
  }

  private heightOf(runs: readonly Run[], width: number, size: number): number {
    this.style('regular', size);
    return this.doc.heightOfString(runs.map((run) => run.text).join(''), { width, lineGap: 1.5 });
  }

  paragraph(parent: Struct, runs: readonly Run[] | string, options: { size?: number; colour?: string; gapAfter?: number; indent?: number; tag?: string } = {}): void {
    const list = typeof runs === 'string' ? [{ text: runs }] : runs;
    const size = options.size ?? 10.5;
    const indent = options.indent ?? 0;
    this.ensureSpace(Math.min(this.heightOf(list, this.width - indent, size), 3 * size * 1.4));
    parent.add(this.doc.struct(options.tag ?? 'P', {}, () => this.runs(list, this.left + indent, this.width - indent, size, options.colour ?? colours.text)));
    this.doc.x = this.left;
    this.doc.y += options.gapAfter ?? 6;
  }

  /** A list of items (bulleted, or numbered from `start`); an item is one or more paragraphs of runs. */
  list(parent: Struct, items: readonly (readonly Run[])[], ordered: { start: number } | null, depth = 0): void {
    if (items.length === 0) return;
    const l = this.doc.struct('L');
    parent.add(l);
    const indent = 16 + depth * 16;
    items.forEach((runs, index) => {
      const x = this.left + indent;
      const width = this.width - indent;
      this.ensureSpace(Math.min(this.heightOf(runs, width, 10.5), 30) + 4);
      const y = this.doc.y;
      const li = this.doc.struct('LI');
      l.add(li);
      const label = ordered ? `${ordered.start + index}.` : '•';
      li.add(this.doc.struct('Lbl', {}, () => void this.style('regular', 10.5).text(label, x - 14, y, { width: 12, lineBreak: false })));
      this.doc.y = y;
      li.add(this.doc.struct('LBody', {}, () => this.runs(runs, x, width, 10.5, colours.text)));
      li.end();
      this.doc.x = this.left;
      this.doc.y += 3;
    });
    l.end();
    this.doc.y += 3;
  }

  /** A quotation with a rule on its left (the rule is an artifact). */
  quote(parent: Struct, runs: readonly Run[], note: string | null): void {
    const indent = 14;
    const width = this.width - indent;
    const noteHeight = note ? this.style('regular', 8.5).heightOfString(note, { width }) + 2 : 0;
    this.ensureSpace(this.heightOf(runs, width, 10) + noteHeight + 6);
    const top = this.doc.y;
    const quote = this.doc.struct('BlockQuote');
    parent.add(quote);
    quote.add(this.doc.struct('P', {}, () => this.runs(runs, this.left + indent, width, 10, colours.text)));
    if (note) quote.add(this.doc.struct('P', {}, () => void this.style('regular', 8.5, colours.muted).text(note, this.left + indent, this.doc.y + 2, { width })));
    quote.end();
    const bottom = this.doc.y;
    this.artifact(() => this.doc.save().lineWidth(2).strokeColor(colours.accent).moveTo(this.left + 3, top).lineTo(this.left + 3, bottom).stroke().restore());
    this.doc.x = this.left;
    this.doc.y = bottom + 8;
  }

  artifact(draw: () => void): void {
    this.doc.markContent('Artifact');
    draw();
    this.doc.endMarkedContent();
  }

  /**
   * A table: a header row of TH (scope column), body rows whose first cell is a row header (TH,
   * scope row). Rows never split over pages; the header is repeated on a new page.
   */
  table(parent: Struct, columns: readonly { header: string; width: number; align?: 'left' | 'right' }[], rows: readonly { cells: readonly string[]; bold?: boolean }[]): void {
    const table = this.doc.struct('Table');
    parent.add(table);
    const padding = 3.5;
    const size = 9;
    const heightOf = (cells: readonly string[], bold: boolean) =>
      Math.max(...cells.map((cell, index) => this.style(bold || index === 0 ? 'bold' : 'regular', size).heightOfString(cell, { width: (columns[index]?.width ?? 80) - 2 * padding }))) + 2 * padding;
    const draw = (cells: readonly string[], kind: 'header' | 'body', bold = false) => {
      const height = heightOf(cells, kind === 'header' || bold);
      if (this.doc.y + height > this.bottom()) {
        this.newPage();
        if (kind === 'body') draw(columns.map((column) => column.header), 'header');
      }
      const y = this.doc.y;
      if (kind === 'header') this.artifact(() => this.doc.save().rect(this.left, y, this.width, height).fill(colours.band).restore());
      const tr = this.doc.struct('TR');
      table.add(tr);
      let x = this.left;
      cells.forEach((cell, index) => {
        const column = columns[index] ?? { header: '', width: 80 };
        const isHeader = kind === 'header' || index === 0;
        const options = kind === 'header' ? { scope: 'Column' } : index === 0 ? { scope: 'Row' } : {};
        tr.add(
          this.doc.struct(isHeader ? 'TH' : 'TD', options as Record<string, unknown>, () => {
            this.style(isHeader || bold ? 'bold' : 'regular', size, kind === 'header' ? colours.accent : colours.text).text(cell, x + padding, y + padding, {
              width: column.width - 2 * padding,
              align: index === 0 ? 'left' : (column.align ?? 'left'),
            });
          }),
        );
        x += column.width;
      });
      tr.end();
      this.artifact(() => this.doc.save().lineWidth(0.5).strokeColor(colours.rule).moveTo(this.left, y + height).lineTo(this.left + this.width, y + height).stroke().restore());
      this.doc.x = this.left;
      this.doc.y = y + height;
    };
    draw(
      columns.map((column) => column.header),
      'header',
    );
    for (const row of rows) draw(row.cells, 'body', row.bold);
    table.end();
    this.doc.x = this.left;
    this.doc.y += 10;
  }
}
