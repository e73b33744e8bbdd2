import type { StatsTable } from '../../contract/steering';
import { colours, type PdfKit, type Struct } from './praxis-check-pdf-kit';
import { barValue, figure, number, word, type PraxisLanguage } from './praxis-check-words';

/** Okabe–Ito colours, readable for colour-blind readers (blue, orange, bluish green). */
const palette = ['#0072B2', '#E69F00', '#009E73'];
const maxRows = 14;

/**
 * The columns a chart shows, as the web dashboards draw them: a table with a distribution (two or
 * more durations or shares, e.g. median and 90th percentile) charts those; any other table up to
 * three columns of its first column's unit.
 */
export function chartColumns(table: StatsTable): StatsTable['columns'] {
  const measure = table.columns.find((column) => column.unit !== 'count');
  const measures = measure ? table.columns.filter((column) => column.unit === measure.unit) : [];
  if (table.chart !== 'heatmap' && measures.length >= 2) return measures.slice(0, 3);
  const first = table.columns[0];
  if (!first) return [];
  return table.columns.filter((column) => column.unit === first.unit).slice(0, 3);
}

/** A rounded axis maximum (1, 2, 2.5, 5 × 10ⁿ). */
function niceMaximum(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= value) ?? 10;
  return step * power;
}

/** The height a table's chart takes (0 without a chart). */
export function chartHeight(table: StatsTable): number {
  const columns = chartColumns(table).length;
  const rows = Math.min(table.rows.length, maxRows);
  if (columns === 0 || rows === 0 || table.chart === 'none') return 0;
  return rows * ((columns === 1 ? 11 : 7) * columns + 6) + 22 + (columns > 1 ? 16 : 0);
}

/**
 * A horizontal bar chart of a table's rows, drawn as vectors and tagged as one Figure with an alt
 * text that lists the values (the same figures are in the table that follows). A suppressed value
 * has no bar and reads "< 5".
 */
export function drawBarChart(kit: PdfKit, parent: Struct, table: StatsTable, language: PraxisLanguage): void {
  const columns = chartColumns(table);
  const rows = table.rows.slice(0, maxRows);
  if (columns.length === 0 || rows.length === 0) return;
  const { doc } = kit;
  const barHeight = columns.length === 1 ? 11 : 7;
  const rowGap = 6;
  const rowHeight = barHeight * columns.length + rowGap;
  const legendHeight = columns.length > 1 ? 16 : 0;
  const height = rows.length * rowHeight + 22 + legendHeight;
  kit.ensureSpace(height + 8);
  const labelWidth = kit.width * 0.34;
  const plotLeft = kit.left + labelWidth + 6;
  const plotWidth = kit.width - labelWidth - 6 - 54;
  const values = rows.flatMap((row) => columns.map((column) => row.values[column.key]?.value ?? null)).filter((value): value is number => value !== null);
  const unit = columns[0]?.unit ?? 'count';
  const maximum = niceMaximum(Math.max(0, ...values.map((value) => barValue(value, unit))));
  const alt = word(language, 'chartAlt', {
    title: table.title[language],
    values: rows
      .map((row) => `${row.label[language]}: ${columns.map((column) => `${columns.length > 1 ? `${column.label[language]} ` : ''}${figure(row.values[column.key], column.unit, language)}`).join(', ')}`)
      .join('; '),
  });
  const top = doc.y;
  parent.add(
    doc.struct('Figure', { alt }, () => {
      // Grid lines and axis labels at 0, ½ and the maximum.
      doc.save().lineWidth(0.4).strokeColor(colours.rule);
      for (const share of [0, 0.5, 1]) {
        const x = plotLeft + plotWidth * share;
        doc.moveTo(x, top).lineTo(x, top + rows.length * rowHeight).stroke();
        kit.style('regular', 7.5, colours.muted).text(number(maximum * share, language), x - 20, top + rows.length * rowHeight + 3, { width: 40, align: 'center', lineBreak: false });
      }
      doc.restore();
      rows.forEach((row, rowIndex) => {
        const y = top + rowIndex * rowHeight;
        kit.style('regular', 8.5, colours.text).text(row.label[language], kit.left, y + Math.max(0, (barHeight * columns.length - 10) / 2), {
          width: labelWidth,
          height: rowHeight,
          ellipsis: true,
          lineBreak: false,
        });
        columns.forEach((column, columnIndex) => {
          const value = row.values[column.key];
          const barTop = y + columnIndex * barHeight;
          const length = value && !value.suppressed && value.value !== null ? (barValue(value.value, column.unit) / maximum) * plotWidth : 0;
          if (length > 0) doc.save().rect(plotLeft, barTop, Math.max(length, 0.8), barHeight - 1).fill(palette[columnIndex] ?? palette[0]).restore();
          kit.style('regular', 7.5, colours.text).text(figure(value, column.unit, language), plotLeft + length + 3, barTop + (barHeight - 1) / 2 - 4, { width: 60, lineBreak: false });
        });
      });
      if (columns.length > 1) {
        let x = plotLeft;
        const y = top + rows.length * rowHeight + 16;
        columns.forEach((column, index) => {
          doc.save().rect(x, y + 1, 8, 8).fill(palette[index] ?? palette[0]).restore();
          const label = column.label[language];
          kit.style('regular', 8, colours.text).text(label, x + 11, y, { lineBreak: false });
          x += 11 + doc.widthOfString(label) + 14;
        });
      }
    }),
  );
  doc.x = kit.left;
  doc.y = top + height;
}
