import type { PraxisCheckFigures, PraxisCheckReport, PraxisCheckVersionSummary } from '../../contract/praxis-check';
import type { StatsColumn, StatsValue } from '../../contract/steering';
import { longDate, viewTitles, word, type PraxisLanguage } from './praxis-check-words';

/**
 * Every figure of a Praxis-Check as CSV for spreadsheets: UTF-8 with BOM, semicolons, German
 * decimal comma, "< 5" for a suppressed count, one figure per line (chapter, table, row, column).
 */
const headers = {
  de: ['Kapitel', 'Tabelle', 'Zeile', 'Spalte', 'Wert', 'Einheit'],
  en: ['Chapter', 'Table', 'Row', 'Column', 'Value', 'Unit'],
} as const;

const unitNames: Record<StatsColumn['unit'], { de: string; en: string }> = {
  count: { de: 'Anzahl', en: 'count' },
  days: { de: 'Tage', en: 'days' },
  hours: { de: 'Stunden', en: 'hours' },
  share: { de: 'Prozent', en: 'percent' },
  score: { de: 'Punktwert', en: 'score' },
};

const quote = (value: string) => (/[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

function value(figure: StatsValue | undefined, unit: StatsColumn['unit'], language: PraxisLanguage): string {
  if (!figure || (figure.value === null && !figure.suppressed)) return '';
  if (figure.suppressed || figure.value === null) return word(language, 'suppressed');
  const shown = unit === 'share' && figure.value <= 1 ? figure.value * 100 : figure.value;
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 2, useGrouping: false }).format(shown);
}

export function renderPraxisCheckCsv(input: { report: PraxisCheckReport; version: PraxisCheckVersionSummary; figures: PraxisCheckFigures; language: PraxisLanguage }): Buffer {
  const { report, version, figures, language } = input;
  const lines: string[][] = [];
  // The first lines say what the file is: title, period, scope, version.
  lines.push([word(language, 'documentKind'), report.title]);
  lines.push([word(language, 'period'), `${longDate(report.period.from, language)} – ${longDate(report.period.to, language)}`]);
  lines.push([word(language, 'scope'), report.scopeWords.length === 0 ? word(language, 'wholeNetwork') : report.scopeWords.map((item) => `${item.label[language]}: ${item.value[language]}`).join(', ')]);
  lines.push([word(language, 'version'), String(version.version), version.publishedAt ? `${word(language, 'published')} ${longDate(version.publishedAt, language)}` : word(language, 'draft')]);
  lines.push([]);
  lines.push([...headers[language]]);
  for (const view of figures.views) {
    const chapter = viewTitles[view.view]?.[language] ?? word(language, 'figures');
    for (const table of view.tables) {
      for (const row of [...table.rows, ...(table.total ? [table.total] : [])]) {
        for (const column of table.columns) {
          lines.push([chapter, table.title[language], row.label[language], column.label[language], value(row.values[column.key], column.unit, language), unitNames[column.unit][language]]);
        }
      }
    }
  }
  const count = (figure: number | null) => value({ value: figure, suppressed: figure === null }, 'count', language);
  for (const row of figures.obstacles) {
    lines.push([word(language, 'obstacles'), word(language, 'obstacles'), row.name[language], word(language, 'inCases'), count(row.cases), unitNames.count[language]]);
    lines.push([word(language, 'obstacles'), word(language, 'obstacles'), row.name[language], word(language, 'reported'), count(row.reports), unitNames.count[language]]);
  }
  const text = lines.map((line) => line.map(quote).join(';')).join('\r\n');
  return Buffer.from(`\ufeff${text}\r\n`, 'utf8');
}
