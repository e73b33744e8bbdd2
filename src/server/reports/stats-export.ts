/**
 * Writes any StatsResponse as CSV (UTF-8 with BOM, semicolons, decimal comma in German — what
 * spreadsheet programs in Germany open directly) or as an XLSX workbook (a first sheet with the
 * period, filters, time of the figures and the suppression rule, then one sheet per table). A
 * suppressed count is written "< 5"; a figure not published (a group under 5) stays empty.
 */
import ExcelJS from 'exceljs';
import type { StatsResponse, StatsTable, StatsUnit, StatsValue } from '../../contract/steering';
import type { SteeringView } from '../../domain/steering/index';

export type ExportLanguage = 'de' | 'en';

const suppressedText = '< 5';

const words = {
  de: {
    period: 'Zeitraum',
    scope: 'Bereich',
    network: 'Gesamtes Netzwerk',
    filters: 'Filter',
    noFilters: 'keine',
    asOf: 'Stand der Zahlen',
    rule: 'Datenschutz',
    ruleText:
      'Fallzahlen von 1 bis 4 sind unterdrückt („< 5“), ebenso Zahlen, aus denen sich eine unterdrückte Zahl mit einer Summe errechnen ließe. Median und Perzentile nur bei Gruppen ab 5.',
    noRows: 'Für diesen Zeitraum und diese Filter liegen keine Zahlen vor.',
    about: 'Angaben',
    row: 'Gruppe',
  },
  en: {
    period: 'Period',
    scope: 'Scope',
    network: 'Whole network',
    filters: 'Filters',
    noFilters: 'none',
    asOf: 'Figures as of',
    rule: 'Privacy',
    ruleText:
      'Counts from 1 to 4 are suppressed ("< 5"), as are figures from which a suppressed count could be computed with a total. Medians and percentiles only over groups of at least 5.',
    noRows: 'There are no figures for this period and these filters.',
    about: 'About',
    row: 'Group',
  },
} as const;

const monthNames = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** "7. Dezember 2026" / "7 December 2026". */
function longDate(isoDate: string, language: ExportLanguage): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return language === 'de' ? `${day}. ${monthNames.de[month - 1]} ${year}` : `${day} ${monthNames.en[month - 1]} ${year}`;
}

const berlinParts = (instant: string) => {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
};

function asOfText(instant: string, language: ExportLanguage): string {
  const { date, time } = berlinParts(instant);
  return language === 'de' ? `${longDate(date, language)}, ${time} Uhr` : `${longDate(date, language)}, ${time}`;
}

/** The lines every file starts with: period, scope, filters, time of the figures, the rule. */
function aboutLines(response: StatsResponse, language: ExportLanguage): [string, string][] {
  const w = words[language];
  const filters = response.filters.map((filter) => `${filter.label[language]}: ${filter.value[language]}`).join(', ');
  return [
    [w.period, `${longDate(response.period.from, language)} – ${longDate(response.period.to, language)}`],
    [w.scope, response.scope.kind === 'network' ? w.network : (response.scope.organisationName ?? '')],
    [w.filters, filters === '' ? w.noFilters : filters],
    [w.asOf, asOfText(response.asOf, language)],
    [w.rule, w.ruleText],
  ];
}

function numberText(value: number, unit: StatsUnit, language: ExportLanguage): string {
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  if (unit === 'share') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value * 100)} %`;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false }).format(value);
}

const cellText = (value: StatsValue | undefined, unit: StatsUnit, language: ExportLanguage): string =>
  value === undefined ? '' : value.suppressed ? suppressedText : value.value === null ? '' : numberText(value.value, unit, language);

const csvField = (text: string): string => (/[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The rows of one table: header, rows, total. */
function tableLines(table: StatsTable, language: ExportLanguage): string[][] {
  const head = [words[language].row, ...table.columns.map((column) => column.label[language])];
  const body = [...table.rows, ...(table.total ? [table.total] : [])].map((row) => [
    row.label[language],
    ...table.columns.map((column) => cellText(row.values[column.key], column.unit, language)),
  ]);
  return [head, ...body];
}

/** The response as CSV text (with BOM), one block per table separated by an empty line. */
export function exportStatsCsv(response: StatsResponse, language: ExportLanguage): string {
  const lines: string[][] = aboutLines(response, language).map(([key, value]) => [key, value]);
  for (const table of response.tables) {
    lines.push([], [table.title[language]], [table.description[language]]);
    if (table.highlight) lines.push([table.highlight[language]]);
    if (table.rows.length === 0) lines.push([words[language].noRows]);
    else lines.push(...tableLines(table, language));
  }
  return `\uFEFF${lines.map((line) => line.map(csvField).join(';')).join('\r\n')}\r\n`;
}

/** A sheet name Excel accepts (≤ 31 characters, none of : \ / ? * [ ]), unique in the workbook. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 28).trim();
  let name = base;
  for (let index = 2; taken.has(name.toLowerCase()); index += 1) name = `${base} ${index}`;
  taken.add(name.toLowerCase());
  return name;
}

const numberFormats: Record<StatsUnit, string> = { count: '#,##0', days: '#,##0.0', hours: '#,##0.0', share: '0.0%', score: '0.00' };

/** The response as an XLSX workbook. */
export async function exportStatsXlsx(response: StatsResponse, language: ExportLanguage): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lotse';
  workbook.created = new Date(response.asOf);
  const taken = new Set<string>();
  const about = workbook.addWorksheet(sheetName(words[language].about, taken));
  about.columns = [{ width: 24 }, { width: 100 }];
  for (const [key, value] of aboutLines(response, language)) {
    const row = about.addRow([key, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  for (const table of response.tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title[language], taken));
    sheet.addRow([table.title[language]]).font = { bold: true, size: 13 };
    sheet.addRow([table.description[language]]);
    if (table.highlight) sheet.addRow([table.highlight[language]]);
    sheet.addRow([]);
    if (table.rows.length === 0) {
      sheet.addRow([words[language].noRows]);
      continue;
    }
    const header = sheet.addRow([words[language].row, ...table.columns.map((column) => column.label[language])]);
    header.font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: header.number }];
    for (const source of [...table.rows, ...(table.total ? [table.total] : [])]) {
      const row = sheet.addRow([
        source.label[language],
        ...table.columns.map((column) => {
          const value = source.values[column.key];
          if (!value) return null;
          return value.suppressed ? suppressedText : value.value;
        }),
      ]);
      table.columns.forEach((column, index) => {
        const cell = row.getCell(index + 2);
        if (typeof cell.value === 'number') cell.numFmt = numberFormats[column.unit];
        else if (cell.value === suppressedText) cell.alignment = { horizontal: 'right' };
      });
      if (source === table.total) row.font = { bold: true };
    }
    sheet.getColumn(1).width = 44;
    for (let index = 2; index <= table.columns.length + 1; index += 1) sheet.getColumn(index).width = 18;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const viewFileNames: Record<SteeringView, string> = {
  overview: 'ueberblick',
  'stage-durations': 'phasendauer',
  'referral-deadlines': 'weiterleitungsfristen',
  'procedure-deadlines': 'fristen-81a',
  obstacles: 'hemmnisse',
  shortage: 'engpassberufe',
};

/** `lotse-ueberblick-2026-12-08.xlsx`: the view in German and the day of the figures (Europe/Berlin). */
export const statsFileName = (response: StatsResponse, format: 'csv' | 'xlsx'): string =>
  `lotse-${viewFileNames[response.view]}-${berlinParts(response.asOf).date}.${format}`;
