import PDFDocument from 'pdfkit';
import {
  ruleSetDefinitions,
  type ConditionResult,
  type Evaluation,
  type FamilyEvaluation,
  type LocalizedText,
  type Profile,
} from '../../domain/pathway/index';
import { reportText, type ReportKey, type ReportLanguage } from './report-catalogue';
import { answerRows, count, euro, longDate, typeset, winAnsi } from './report-words';
import { checklist, evaluationNotices, groupTitles, nearMiss } from './pathway-report-content';

/** Page geometry (A4 in points) and colours; the top and bottom margins leave room for header and footer. */
const margins = { top: 70, bottom: 64, left: 56, right: 56 };
const colours = { text: '#1b1b1b', muted: '#4a4a4a', accent: '#0b3c5d', rule: '#b8b8b8', notice: '#8a3b00' };
const fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold' };

/** A responsible office as the PDF prints it. */
export type ReportOfficeInput = { name: string; kind: string | LocalizedText; email?: string };

export type ReportFamilyInput =
  | { status: 'evaluated'; sponsorTitle: LocalizedText; firstIssuedOn: string; evaluation: FamilyEvaluation; ages: readonly number[] }
  | { status: 'no-open-title' };

export type PathwayReportInput = {
  evaluation: Evaluation;
  profile: Profile;
  language: ReportLanguage;
  /** The calendar day of creation (ISO), shown in words. */
  createdOn: string;
  family?: ReportFamilyInput;
  offices?: readonly ReportOfficeInput[];
  /** The absolute (or, without LOTSE_PUBLIC_URL, relative) address of the result. */
  permalink?: string;
};

const statusKeys = { met: 'statusMet', not_met: 'statusNotMet', unknown: 'statusUnknown' } as const satisfies Record<ConditionResult['status'], ReportKey>;
const decisionKeys = { entitlement: 'decisionEntitlement', regular: 'decisionRegular', discretionary: 'decisionDiscretionary' } as const;
const roleKeys: Record<string, ReportKey> = { spouse: 'roleSpouse', child: 'roleChild', parent: 'roleParent' };
const familyOutcomeKeys = { eligible: 'familyOutcomeEligible', not_eligible: 'familyOutcomeNotEligible', needs_info: 'familyOutcomeNeedsInfo' } as const;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Renders a Wegweiser evaluation as a tagged (accessible) A4 PDF: the answers given, every title
 * with all its conditions, the Chancenkarte points, the document checklist, optionally family
 * reunification, the responsible offices and the permalink, and the legal state. Headings,
 * paragraphs, lists and tables are tagged; header, footer and rules are artifacts. The evaluation
 * is computed per request and never stored: the PDF is the person's own copy.
 */
export function renderPathwayReport(input: PathwayReportInput): Promise<Buffer> {
  const { evaluation, profile, language } = input;
  const t = (key: ReportKey, values?: Record<string, string | number>) => reportText(language, key, values);
  /** Every printed string passes here: readable words, German typography, WinAnsi for the standard fonts. */
  const prepare = (text: string) => winAnsi(typeset(text, language));
  const localized = (text: LocalizedText) => text[language];
  const createdOn = longDate(input.createdOn, language);

  const doc = new PDFDocument({
    size: 'A4',
    margins,
    bufferPages: true,
    tagged: true,
    pdfVersion: '1.7',
    lang: language === 'de' ? 'de-DE' : 'en-GB',
    displayTitle: true,
    info: { Title: t('title'), Subject: t('subtitle'), Creator: 'Lotse', Producer: 'Lotse' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const bottom = () => doc.page.height - margins.bottom;
  /** Starts a new page unless `height` points still fit (keeps headings with what follows). */
  const ensureSpace = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const style = (font: 'regular' | 'bold', size: number, colour: string) => doc.font(fonts[font]).fontSize(size).fillColor(colour);

  type Struct = ReturnType<typeof doc.struct>;
  const root = doc.struct('Document');
  doc.addStructure(root);

  const heading = (parent: Struct, level: 'H1' | 'H2' | 'H3', text: string) => {
    const size = level === 'H1' ? 20 : level === 'H2' ? 14 : 11.5;
    doc.moveDown(level === 'H1' ? 0 : level === 'H2' ? 0.9 : 0.5);
    ensureSpace(size * 3.2);
    parent.add(
      doc.struct(level, {}, () => {
        style('bold', size, colours.accent).text(prepare(text), left, doc.y, { width });
      }),
    );
    doc.moveDown(0.25);
    style('regular', 10, colours.text);
  };

  const paragraph = (parent: Struct, text: string, options: { muted?: boolean; bold?: boolean; size?: number; colour?: string } = {}) => {
    ensureSpace(14);
    parent.add(
      doc.struct('P', {}, () => {
        style(options.bold ? 'bold' : 'regular', options.size ?? 10, options.colour ?? (options.muted ? colours.muted : colours.text)).text(prepare(text), left, doc.y, {
          width,
          paragraphGap: 3,
        });
      }),
    );
    style('regular', 10, colours.text);
  };

  /** A bulleted list; an item may start with a bold lead ("erfüllt:") followed by the text. */
  const list = (parent: Struct, items: readonly { lead?: string; text: string; link?: { text: string; href: string } }[]) => {
    if (items.length === 0) return;
    const l = doc.struct('L');
    parent.add(l);
    const indent = 14;
    for (const item of items) {
      style('regular', 10, colours.text);
      const body = prepare(item.lead ? `${item.lead} ${item.text}` : item.text);
      ensureSpace(Math.min(doc.heightOfString(body, { width: width - indent }), 40) + 4);
      const y = doc.y;
      const li = doc.struct('LI');
      l.add(li);
      li.add(doc.struct('Lbl', {}, () => void doc.text('•', left + 3, y, { lineBreak: false })));
      li.add(
        doc.struct('LBody', {}, () => {
          const link = item.link;
          if (item.lead) style('bold', 10, colours.text).text(`${prepare(item.lead)} `, left + indent, y, { width: width - indent, continued: true });
          const options = { width: width - indent, paragraphGap: 3, continued: link !== undefined };
          style('regular', 10, colours.text);
          if (item.lead) doc.text(prepare(item.text), options);
          else doc.text(prepare(item.text), left + indent, y, options);
          // Addresses are printed as given (no typography applied) and are links.
          if (link) style('regular', 10, colours.accent).text(winAnsi(link.text), { link: link.href, underline: true, paragraphGap: 3 });
        }),
      );
      li.end();
    }
    l.end();
  };

  /** A table: header row of TH, body rows whose first cell is a row header. Rows never split over pages. */
  const table = (parent: Struct, columns: readonly { header: string; width: number; align?: 'left' | 'right' }[], rows: readonly { cells: readonly (string | { text: string; note?: string })[]; bold?: boolean }[]) => {
    const tableStruct = doc.struct('Table');
    parent.add(tableStruct);
    const padding = 3;
    const cellText = (cell: string | { text: string; note?: string }) => (typeof cell === 'string' ? { text: cell } : cell);
    const rowHeight = (cells: readonly (string | { text: string; note?: string })[], bold: boolean) =>
      Math.max(
        ...cells.map((raw, index) => {
          const cell = cellText(raw);
          const w = (columns[index]?.width ?? 100) - 2 * padding;
          style(bold || index === 0 ? 'bold' : 'regular', 9.5, colours.text);
          let height = doc.heightOfString(prepare(cell.text), { width: w });
          if (cell.note) height += style('regular', 8, colours.muted).heightOfString(prepare(cell.note), { width: w });
          return height;
        }),
      ) +
      2 * padding;
    const drawRow = (cells: readonly (string | { text: string; note?: string })[], kind: 'header' | 'body', bold = false) => {
      const height = rowHeight(cells, kind === 'header' || bold);
      if (doc.y + height > bottom()) doc.addPage();
      const y = doc.y;
      const tr = doc.struct('TR');
      tableStruct.add(tr);
      let x = left;
      cells.forEach((raw, index) => {
        const cell = cellText(raw);
        const column = columns[index] ?? { header: '', width: 100 };
        const isHeader = kind === 'header' || index === 0;
        tr.add(
          doc.struct(isHeader ? 'TH' : 'TD', {}, () => {
            style(isHeader || bold ? 'bold' : 'regular', 9.5, kind === 'header' ? colours.accent : colours.text).text(prepare(cell.text), x + padding, y + padding, {
              width: column.width - 2 * padding,
              align: column.align ?? 'left',
            });
            if (cell.note) style('regular', 8, colours.muted).text(prepare(cell.note), x + padding, doc.y, { width: column.width - 2 * padding });
          }),
        );
        x += column.width;
      });
      tr.end();
      doc.markContent('Artifact');
      doc.save().lineWidth(0.5).strokeColor(colours.rule).moveTo(left, y + height).lineTo(left + width, y + height).stroke().restore();
      doc.endMarkedContent();
      doc.x = left;
      doc.y = y + height + 1;
    };
    drawRow(columns.map((column) => column.header), 'header');
    for (const row of rows) drawRow(row.cells, 'body', row.bold);
    tableStruct.end();
    style('regular', 10, colours.text);
    doc.x = left;
  };

  // Title, legal state, notices, disclaimer.
  heading(root, 'H1', t('title'));
  paragraph(root, t('subtitle'), { size: 11 });
  const legal = doc.struct('Sect');
  root.add(legal);
  heading(legal, 'H2', t('legalState'));
  const framework = ruleSetDefinitions.find((ruleSet) => ruleSet.id === (evaluation.ruleSet as { frameworkId?: string }).frameworkId) ?? ruleSetDefinitions.find((ruleSet) => ruleSet.id === evaluation.ruleSet.id);
  const frameworkText = framework?.description?.[language] ?? (language === 'de' ? 'Fachkräfteeinwanderungsrecht' : 'skilled immigration law');
  const year = (evaluation.ruleSet as { parameterYear?: unknown }).parameterYear;
  const notices = evaluationNotices(evaluation);
  const missingYear = notices.find((notice) => notice.code === 'YEAR_FIGURES_MISSING')?.year;
  const figures = missingYear !== undefined ? t('figuresMissing', { year: missingYear }) : typeof year === 'number' ? t('figuresYear', { year }) : '';
  paragraph(legal, `${t('legalStateText', { date: longDate(evaluation.evaluationDate, language), framework: frameworkText })}${figures ? ` ${figures}` : ''}`);
  for (const notice of notices) paragraph(legal, `${t('notice')}: ${localized(notice.text)}`, { bold: true, colour: colours.notice });
  paragraph(legal, t('disclaimer'), { muted: true, size: 9 });
  legal.end();

  // The answers given.
  const answers = doc.struct('Sect');
  root.add(answers);
  heading(answers, 'H2', t('answers'));
  table(
    answers,
    [
      { header: t('question'), width: width * 0.38 },
      { header: t('answer'), width: width * 0.62 },
    ],
    answerRows(profile, language).map(([label, value]) => ({ cells: [label, value] })),
  );
  answers.end();

  // Every title with its outcome and all its conditions.
  const { open, needsInfo, closed } = groupTitles(evaluation);
  const result = doc.struct('Sect');
  root.add(result);
  heading(result, 'H2', t('resultTitle'));
  paragraph(result, open.length === 0 ? t('openCountZero') : open.length === 1 ? t('openCountOne') : t('openCountOther', { count: open.length }));
  result.end();
  const groups = [
    { key: 'openPaths', titles: open, intro: open.length === 0 ? t('openNone') : undefined, kind: 'open' },
    { key: 'needsInfo', titles: needsInfo, intro: t('needsInfoIntro'), kind: 'needsInfo' },
    { key: 'notEligible', titles: closed, intro: undefined, kind: 'closed' },
  ] as const;
  for (const group of groups) {
    if (group.titles.length === 0 && group.kind !== 'open') continue;
    const section = doc.struct('Sect');
    root.add(section);
    heading(section, 'H2', t(group.key));
    if (group.intro) paragraph(section, group.intro);
    for (const title of group.titles) {
      const name = localized(title.name);
      heading(section, 'H3', name);
      const facts = [`${t('legalRef')}: ${title.legalRef}.`];
      if (group.kind === 'open') {
        facts.push(t(decisionKeys[title.decision] ?? 'decisionRegular'));
        facts.push(title.baApprovalRequired ? t('baApproval') : t('noBaApproval'));
      }
      paragraph(section, facts.join(' '), { muted: true, size: 9 });
      const miss = nearMiss(title);
      if (miss) {
        const key = `${miss.kind === 'salary' ? 'nearMissSalary' : 'nearMissFunds'}${miss.wouldOpen ? 'Open' : ''}` as ReportKey;
        paragraph(section, t(key, { amount: euro(miss.shortfallEur, language), title: name }), { bold: true, colour: colours.notice });
      }
      paragraph(section, t('conditions'), { bold: true, size: 9.5 });
      list(
        section,
        title.conditions.map((condition) => ({ lead: `${capitalise(t(statusKeys[condition.status]))}:`, text: `${localized(condition.explanation)} (${condition.legalRef})` })),
      );
      if (group.kind !== 'closed' && title.nextSteps.length > 0) {
        paragraph(section, t(group.kind === 'open' ? 'nextSteps' : 'toClarify'), { bold: true, size: 9.5 });
        list(section, title.nextSteps.map((step) => ({ text: localized(step) })));
      }
    }
    section.end();
  }

  // Chancenkarte points, as the web table shows them.
  const points = doc.struct('Sect');
  root.add(points);
  heading(points, 'H2', t('chancenkarte'));
  const { chancenkarte } = evaluation;
  const reachable = chancenkarte.maximumReachablePoints;
  paragraph(
    points,
    `${t('chancenkarteSummary', { points: chancenkarte.points, minimum: chancenkarte.minimumPoints })}${typeof reachable === 'number' && reachable > chancenkarte.points ? ` ${t('chancenkarteReachable', { maximum: reachable })}` : ''}`,
  );
  paragraph(points, t('chancenkarteCaption'), { muted: true, size: 9 });
  table(
    points,
    [
      { header: t('criterion'), width: width * 0.62 },
      { header: t('status'), width: width * 0.2 },
      { header: t('points'), width: width * 0.18, align: 'right' },
    ],
    [
      ...chancenkarte.breakdown.map((item) => ({
        cells: [{ text: item.label ? localized(item.label) : item.criterion, note: item.legalRef }, item.status ? t(statusKeys[item.status]) : '–', String(item.points)],
      })),
      { cells: [t('total'), '', t('totalValue', { points: chancenkarte.points, minimum: chancenkarte.minimumPoints })], bold: true },
    ],
  );
  points.end();

  // Document checklist: the open paths, or those with open questions when none is open (as on the page).
  const documents = checklist(open.length > 0 ? open : needsInfo);
  const docs = doc.struct('Sect');
  root.add(docs);
  heading(docs, 'H2', t('documents'));
  paragraph(docs, documents.length === 0 ? t('documentsEmpty') : open.length > 0 ? t('documentsIntro') : t('documentsIntroNeedsInfo'));
  list(docs, documents.map((document) => ({ text: localized(document.name) })));
  docs.end();

  if (input.family) {
    const family = doc.struct('Sect');
    root.add(family);
    heading(family, 'H2', t('family'));
    if (input.family.status === 'no-open-title') paragraph(family, t('familyNoTitle'));
    else {
      paragraph(family, t('familySponsor', { title: localized(input.family.sponsorTitle), date: longDate(input.family.firstIssuedOn, language) }));
      const { ages } = input.family;
      input.family.evaluation.members.forEach((member, index) => {
        const role = roleKeys[member.role];
        const age = ages[index];
        heading(family, 'H3', `${role ? t(role) : member.role}${age === undefined ? '' : `, ${count(age, 'year', language)}`}`);
        paragraph(family, t(familyOutcomeKeys[member.outcome], { title: localized(member.name), ref: member.legalRef }), { bold: true });
        if (member.discretionary) paragraph(family, t('familyDiscretionary'), { muted: true, size: 9 });
        list(
          family,
          member.conditions.map((condition) => ({ lead: `${capitalise(t(statusKeys[condition.status]))}:`, text: `${localized(condition.explanation)} (${condition.legalRef})` })),
        );
      });
    }
    family.end();
  }

  if (input.offices && input.offices.length > 0) {
    const offices = doc.struct('Sect');
    root.add(offices);
    heading(offices, 'H2', t('offices'));
    paragraph(offices, t('officesIntro'));
    list(
      offices,
      input.offices.map((office) => {
        const kind = typeof office.kind === 'string' ? office.kind : office.kind[language];
        return {
          lead: office.name,
          text: `(${kind})${office.email ? ` – ${t('email')}: ` : ''}`,
          ...(office.email ? { link: { text: office.email, href: `mailto:${office.email}` } } : {}),
        };
      }),
    );
    offices.end();
  }

  if (input.permalink) {
    const link = doc.struct('Sect');
    root.add(link);
    heading(link, 'H2', t('permalink'));
    paragraph(link, t('permalinkIntro'), { muted: true, size: 9 });
    ensureSpace(30);
    const href = input.permalink;
    link.add(
      doc.struct('Link', {}, () => {
        style('regular', 8, colours.accent).text(winAnsi(href), left, doc.y, { width, link: href, underline: true });
      }),
    );
    link.end();
  }

  doc.moveDown(1);
  paragraph(root, t('generated', { date: createdOn }), { muted: true, size: 8 });
  root.end();

  // Header and footer on every page, marked as artifacts (pagination).
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    // Writing into the margins would otherwise make pdfkit start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    style('regular', 8, colours.muted).text(prepare(t('header', { date: createdOn })), left, 34, { width, lineBreak: false });
    doc.save().lineWidth(0.5).strokeColor(colours.rule).moveTo(left, 48).lineTo(left + width, 48).stroke().restore();
    style('regular', 8, colours.muted).text(prepare(t('page', { page: index + 1, pages: range.count })), left, doc.page.height - 40, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottomMargin;
  }
  doc.end();
  return finished;
}
