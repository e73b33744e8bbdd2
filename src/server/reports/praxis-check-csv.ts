import type { PraxisCheckFigures, PraxisCheckReport, PraxisCheckVersionSummary } from '../../contract/praxis-check';
import { exportStatsCsv } from './stats-export';
import { longDate, viewTitles, word, type PraxisLanguage } from './praxis-check-words';

/**
 * Every figure of a Praxis-Check as CSV for spreadsheets, in the format of the dashboards' downloads
 * (stats-export.ts: UTF-8 with BOM, semicolons, German decimal comma, "< 5"): what the file is,
 * then each view as the dashboard exports it, then the obstacles with their counts.
 */
const csvField = (text: string): string => (/[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const line = (fields: readonly string[]) => fields.map(csvField).join(';');

export function renderPraxisCheckCsv(input: { report: PraxisCheckReport; version: PraxisCheckVersionSummary; figures: PraxisCheckFigures; language: PraxisLanguage }): Buffer {
  const { report, version, figures, language } = input;
  const t = (key: Parameters<typeof word>[1]) => word(language, key);
  const parts: string[] = [
    line([t('documentKind'), report.title]),
    line([t('period'), `${longDate(report.period.from, language)} – ${longDate(report.period.to, language)}`]),
    line([t('scope'), report.scopeWords.length === 0 ? t('wholeNetwork') : report.scopeWords.map((item) => `${item.label[language]}: ${item.value[language]}`).join(', ')]),
    line([t('version'), String(version.version), version.publishedAt ? `${t('published')} ${longDate(version.publishedAt, language)}` : t('draft')]),
  ];
  for (const view of figures.views) {
    parts.push('', line([viewTitles[view.view]?.[language] ?? t('figures')]), exportStatsCsv(view, language).replace(/^\uFEFF/, '').trimEnd());
  }
  parts.push('', line([t('obstacles')]), line([t('category'), t('inCases'), t('reported')]));
  const count = (value: number | null) => (value === null ? t('suppressed') : String(value));
  for (const row of figures.obstacles) parts.push(line([row.name[language], count(row.cases), count(row.reports)]));
  return Buffer.from(`\uFEFF${parts.join('\r\n')}\r\n`, 'utf8');
}
