import PDFDocument from 'pdfkit';
import type { Evaluation, TitleEvaluation } from '../../domain/pathway/index';
import { reportText, type ReportKey, type ReportLanguage } from './report-catalogue';

const margin = 56;
const colours = { text: '#1b1b1b', muted: '#555555', accent: '#0b3c5d', rule: '#c8c8c8' };

/** The shortfall of the closest salary condition, if that is what keeps a title closed. */
export function salaryShortfall(title: TitleEvaluation): number | undefined {
  const shortfalls = title.conditions
    .filter((condition) => condition.status === 'not_met' && typeof condition.values?.shortfallEur === 'number')
    .map((condition) => condition.values?.shortfallEur as number);
  return shortfalls.length > 0 ? Math.min(...shortfalls) : undefined;
}

/** Documents of the open paths, each once, in the order they first appear. */
export function checklist(evaluation: Evaluation): TitleEvaluation['documents'] {
  const seen = new Map<string, TitleEvaluation['documents'][number]>();
  for (const title of evaluation.titles.filter((t) => t.outcome === 'eligible')) {
    for (const document of title.documents) if (!seen.has(document.id)) seen.set(document.id, document);
  }
  return [...seen.values()];
}

/**
 * Renders result and checklist of a Wegweiser evaluation as an A4 PDF. The evaluation is
 * computed per request and never stored: the PDF is the person's own copy.
 */
export function renderPathwayReport(evaluation: Evaluation, language: ReportLanguage, createdOn: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    bufferPages: true,
    lang: language,
    displayTitle: true,
    info: { Title: reportText(language, 'title'), Creator: 'Lotse', Producer: 'Lotse' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const t = (key: ReportKey, values?: Record<string, string | number>) => reportText(language, key, values);
  const money = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const heading = (text: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor(colours.accent).text(text).moveDown(0.3);
    doc.font('Helvetica').fontSize(10).fillColor(colours.text);
  };
  const bullet = (text: string) => doc.text(`•  ${text}`, { indent: 8, paragraphGap: 2 });

  doc.font('Helvetica-Bold').fontSize(20).fillColor(colours.accent).text(t('title'));
  doc.font('Helvetica').fontSize(11).fillColor(colours.text).text(t('subtitle')).moveDown(0.3);
  doc.fontSize(9).fillColor(colours.muted).text(t('evaluatedOn', { date: evaluation.evaluationDate, ruleSet: evaluation.ruleSet.id }));
  doc.moveDown(0.4).text(t('disclaimer'));

  const open = evaluation.titles.filter((title) => title.outcome === 'eligible');
  heading(t('openPaths'));
  if (open.length === 0) doc.text(t('noOpenPaths'));
  for (const title of open) {
    doc.font('Helvetica-Bold').text(`${title.name[language]} (${title.legalRef})`);
    doc.font('Helvetica').fillColor(colours.muted).text(title.baApprovalRequired ? t('baApproval') : t('noBaApproval')).fillColor(colours.text);
    doc.moveDown(0.3);
  }

  for (const [outcome, key] of [['needs_info', 'needsInfo'], ['not_eligible', 'notEligible']] as const) {
    const titles = evaluation.titles.filter((title) => title.outcome === outcome);
    if (titles.length === 0) continue;
    heading(t(key));
    for (const title of titles) {
      doc.font('Helvetica-Bold').text(`${title.name[language]} (${title.legalRef})`).font('Helvetica');
      const shortfall = salaryShortfall(title);
      if (shortfall !== undefined) doc.text(t('shortfall', { amount: money.format(shortfall) }));
      const gaps = title.conditions.filter((condition) => condition.status !== 'met');
      if (gaps.length > 0) doc.fillColor(colours.muted).text(t('missing')).fillColor(colours.text);
      for (const condition of gaps) bullet(`${condition.explanation[language]} (${condition.legalRef})`);
      doc.moveDown(0.3);
    }
  }

  heading(t('chancenkarte'));
  for (const item of evaluation.chancenkarte.breakdown) {
    const label = (item as { label?: { de: string; en: string } }).label?.[language] ?? item.criterion;
    doc.text(`${label} (${item.legalRef}): ${item.points} ${t('points')}`, { paragraphGap: 1 });
  }
  doc.font('Helvetica-Bold').text(t('total', { points: evaluation.chancenkarte.points, minimum: evaluation.chancenkarte.minimumPoints })).font('Helvetica');

  const documents = checklist(evaluation);
  if (documents.length > 0) {
    heading(t('documents'));
    for (const document of documents) bullet(document.name[language]);
  }
  const steps = open.flatMap((title) => title.nextSteps.map((step) => step[language]));
  if (steps.length > 0) {
    heading(t('nextSteps'));
    for (const step of [...new Set(steps)]) bullet(step);
  }

  doc.moveDown(1).fontSize(8).fillColor(colours.muted).text(t('generated', { date: createdOn }));
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // Writing into the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc.fontSize(8).fillColor(colours.muted).text(t('page', { page: index + 1, pages: range.count }), margin, doc.page.height - margin / 2, {
      align: 'right',
      width: doc.page.width - margin * 2,
      lineBreak: false,
    });
  }
  doc.end();
  return finished;
}
