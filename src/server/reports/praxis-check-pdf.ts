import PDFDocument from 'pdfkit';
import type { PraxisCheckFigures, PraxisCheckReport, PraxisCheckVersionSummary } from '../../contract/praxis-check';
import type { StatsTable } from '../../contract/steering';
import { praxisCheckSectionNames, praxisCheckSections, type PraxisCheckSection } from '../../domain/steering/index';
import { registerFonts } from './pdf-text';
import { chartColumns, chartHeight, drawBarChart } from './praxis-check-chart';
import { hasText, renderMarkdownInto } from './praxis-check-markdown';
import { colours, margins, PdfKit, type Struct } from './praxis-check-pdf-kit';
import { figure, longDate, longDateTime, monthName, viewTitles, word, type PraxisLanguage } from './praxis-check-words';

export type PraxisCheckPdfInput = {
  report: PraxisCheckReport;
  version: PraxisCheckVersionSummary;
  sections: Record<PraxisCheckSection, string>;
  figures: PraxisCheckFigures;
  language: PraxisLanguage;
};

type TocEntry = { title: string; level: 1 | 2; destination: string };

/** The chapters of the report in order: the written sections, the figures per view, the obstacles. */
function tableOfContents(input: PraxisCheckPdfInput): TocEntry[] {
  const { language } = input;
  return [
    ...praxisCheckSections.map((section, index) => ({ title: praxisCheckSectionNames[section][language], level: 1 as const, destination: `section-${index}` })),
    { title: word(language, 'figures'), level: 1, destination: 'figures' },
    ...input.figures.views.map((view, index) => ({ title: viewTitles[view.view]?.[language] ?? word(language, 'figures'), level: 2 as const, destination: `view-${index}` })),
    { title: word(language, 'obstacles'), level: 1, destination: 'obstacles' },
    { title: word(language, 'practice'), level: 1, destination: 'practice' },
  ];
}

/**
 * Renders a Praxis-Check as a tagged (accessible) A4 PDF: cover, table of contents with page
 * numbers, the steering body's sections, the key figures as charts with their tables, the
 * obstacles with counts and the anonymised descriptions from practice; "Seite 3 von 12" below.
 * Laid out twice: the first run finds the pages the contents list.
 */
export async function renderPraxisCheckPdf(input: PraxisCheckPdfInput): Promise<Buffer> {
  const first = await layout(input, null);
  return (await layout(input, first.pages)).buffer;
}

async function layout(input: PraxisCheckPdfInput, tocPages: readonly number[] | null): Promise<{ buffer: Buffer; pages: number[] }> {
  const { report, version, figures, language } = input;
  const t = (key: Parameters<typeof word>[1], values?: Record<string, string | number>) => word(language, key, values);
  const doc = new PDFDocument({
    size: 'A4',
    margins,
    bufferPages: true,
    tagged: true,
    pdfVersion: '1.7',
    lang: language === 'de' ? 'de-DE' : 'en-GB',
    displayTitle: true,
    info: { Title: `${t('documentKind')}: ${report.title}`, Subject: t('subtitle'), Creator: 'Lotse', Producer: 'Lotse' },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const kit = new PdfKit(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const pages: number[] = [];
  const entries = tableOfContents(input);
  let entryIndex = 0;
  /** A chapter heading that the contents list: remembers its page, is a link target. */
  const chapter = (parent: Struct, level: 'H2' | 'H3', text: string) => {
    const entry = entries[entryIndex];
    entryIndex += 1;
    pages.push(kit.heading(parent, level, text));
    if (entry) doc.addNamedDestination(entry.destination, 'XYZ', kit.left, doc.page.height - (doc.y - 30), null);
  };

  // Cover.
  const cover = doc.struct('Sect');
  root.add(cover);
  doc.y = 150;
  kit.paragraph(cover, t('documentKind').toUpperCase(), { size: 11, colour: colours.muted, gapAfter: 8 });
  kit.heading(cover, 'H1', report.title);
  kit.paragraph(cover, t('subtitle'), { size: 12, colour: colours.muted, gapAfter: 40 });
  const scope = report.scopeWords.length === 0 ? t('wholeNetwork') : report.scopeWords.map((item) => `${item.label[language]}: ${item.value[language]}`).join(' · ');
  const facts: [string, string][] = [
    [t('period'), `${longDate(report.period.from, language)} – ${longDate(report.period.to, language)}`],
    [t('scope'), scope],
    [t('asOf'), longDateTime(figures.asOf, language)],
    [t('version'), version.status === 'published' && version.publishedAt ? `${version.version}, ${t('published').toLowerCase()} ${longDate(version.publishedAt, language)}` : `${version.version} – ${t('draft')}`],
  ];
  for (const [label, value] of facts) {
    kit.paragraph(cover, [{ text: `${label}: `, bold: true }, { text: value }], { size: 11, gapAfter: 8 });
  }
  cover.end();

  // Table of contents, on its own page; the page numbers come from the first layout.
  kit.newPage();
  const toc = doc.struct('Sect');
  root.add(toc);
  kit.heading(toc, 'H2', t('contents'));
  const list = doc.struct('TOC');
  toc.add(list);
  entries.forEach((entry, index) => {
    const page = tocPages?.[index];
    const indent = entry.level === 2 ? 18 : 0;
    const size = entry.level === 1 ? 11 : 10;
    const y = doc.y;
    list.add(
      doc.struct('TOCI', {}, () => {
        const pageText = page === undefined ? '' : String(page);
        kit.style(entry.level === 1 ? 'bold' : 'regular', size).text(entry.title, kit.left + indent, y, { width: kit.width - indent - 40, goTo: entry.destination });
        kit.style('regular', size).text(pageText, kit.left + kit.width - 40, y, { width: 40, align: 'right', lineBreak: false });
      }),
    );
    doc.y = Math.max(doc.y, y + size * 1.4) + (entry.level === 1 ? 5 : 3);
  });
  list.end();
  toc.end();

  // The sections the steering body wrote.
  kit.newPage();
  praxisCheckSections.forEach((section) => {
    const part = doc.struct('Sect');
    root.add(part);
    chapter(part, 'H2', praxisCheckSectionNames[section][language]);
    const source = input.sections[section];
    if (hasText(source)) renderMarkdownInto(kit, part, source);
    else kit.paragraph(part, t('emptySection'), { colour: colours.muted });
    part.end();
  });

  // Key figures: one chapter per view, each table as a chart with its table.
  kit.newPage();
  const figuresPart = doc.struct('Sect');
  root.add(figuresPart);
  chapter(figuresPart, 'H2', t('figures'));
  kit.paragraph(figuresPart, t('figuresIntro'), { size: 9.5, colour: colours.muted });
  figures.views.forEach((view) => {
    const viewPart = doc.struct('Sect');
    figuresPart.add(viewPart);
    chapter(viewPart, 'H3', viewTitles[view.view]?.[language] ?? t('figures'));
    const tables = view.tables.filter((table) => table.rows.length > 0);
    if (tables.length === 0) kit.paragraph(viewPart, t('noData'), { colour: colours.muted });
    for (const table of tables) statsTable(kit, viewPart, table, language);
    viewPart.end();
  });
  figuresPart.end();

  // Obstacles with counts.
  const obstaclesPart = doc.struct('Sect');
  root.add(obstaclesPart);
  chapter(obstaclesPart, 'H2', t('obstacles'));
  kit.paragraph(obstaclesPart, t('obstaclesIntro'));
  if (figures.obstacles.length === 0) kit.paragraph(obstaclesPart, t('noObstacles'), { colour: colours.muted });
  else {
    const count = (value: number | null) => figure({ value, suppressed: value === null }, 'count', language);
    kit.table(
      obstaclesPart,
      [
        { header: t('category'), width: kit.width * 0.56 },
        { header: t('inCases'), width: kit.width * 0.22, align: 'right' },
        { header: t('reported'), width: kit.width * 0.22, align: 'right' },
      ],
      figures.obstacles.map((row) => ({ cells: [row.name[language], count(row.cases), count(row.reports)] })),
    );
  }
  obstaclesPart.end();

  // Anonymised descriptions, grouped by category.
  const practicePart = doc.struct('Sect');
  root.add(practicePart);
  chapter(practicePart, 'H2', t('practice'));
  kit.paragraph(practicePart, t('practiceIntro'));
  if (figures.practice.length === 0) kit.paragraph(practicePart, t('noPractice'), { colour: colours.muted });
  const categories = [...new Set(figures.practice.map((item) => item.category))];
  for (const category of categories) {
    const items = figures.practice.filter((item) => item.category === category);
    const first = items[0];
    if (!first) continue;
    kit.heading(practicePart, 'H3', first.categoryName[language]);
    for (const item of items) {
      const note = [monthName(item.month, language), item.source === 'case' ? t('fromCase') : t('fromReport'), item.legalReference ? `${t('legalReference')}: ${item.legalReference}` : null]
        .filter(Boolean)
        .join(' · ');
      kit.quote(practicePart, [{ text: language === 'de' ? `„${item.text}“` : `“${item.text}”` }], note);
    }
  }
  practicePart.end();
  root.end();

  // Page furniture on every page: the title above (not on the cover), "Seite 3 von 12" below.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    if (index > range.start) {
      kit.style('regular', 8, colours.muted).text(`${t('documentKind')} · ${report.title}`, kit.left, 36, { width: kit.width, lineBreak: false, ellipsis: true });
      doc.save().lineWidth(0.5).strokeColor(colours.rule).moveTo(kit.left, 48).lineTo(kit.left + kit.width, 48).stroke().restore();
    }
    kit.style('regular', 8, colours.muted).text(t('page', { page: index + 1, pages: range.count }), kit.left, doc.page.height - 40, { width: kit.width, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottomMargin;
  }
  doc.end();
  return { buffer: await finished, pages };
}

/** One figure table: its title, what it counts, the finding, the chart and the table itself. */
function statsTable(kit: PdfKit, parent: Struct, table: StatsTable, language: PraxisLanguage): void {
  const part = kit.doc.struct('Sect');
  parent.add(part);
  // Title, description and finding stay on the page of their chart.
  kit.ensureSpace(Math.min(90 + chartHeight(table), kit.bottom() - margins.top));
  kit.paragraph(part, [{ text: table.title[language], bold: true }], { size: 11, gapAfter: 2, tag: 'H4' });
  kit.paragraph(part, table.description[language], { size: 9, colour: colours.muted, gapAfter: 4 });
  if (table.highlight) kit.paragraph(part, [{ text: table.highlight[language], bold: true }], { size: 10 });
  if (table.chart !== 'none' && chartColumns(table).length > 0) drawBarChart(kit, part, table, language);
  // Wide tables give the figures more room, so that headers like "Veränderung" stay whole.
  const firstWidth = table.columns.length > 4 ? 0.26 : table.columns.length > 3 ? 0.34 : 0.46;
  const otherWidth = table.columns.length === 0 ? 0 : ((1 - firstWidth) * kit.width) / table.columns.length;
  const rows = [...table.rows, ...(table.total ? [table.total] : [])];
  kit.table(
    part,
    [{ header: word(language, 'rowHeader'), width: firstWidth * kit.width }, ...table.columns.map((column) => ({ header: column.label[language], width: otherWidth, align: 'right' as const }))],
    rows.map((row) => ({ cells: [row.label[language], ...table.columns.map((column) => figure(row.values[column.key], column.unit, language))], bold: row === table.total })),
  );
  part.end();
}
