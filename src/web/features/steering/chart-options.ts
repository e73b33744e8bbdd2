import type { EChartsCoreOption } from 'echarts/core';
import type { StatsColumn, StatsTable, StatsUnit } from '../../../contract/steering';
import { localized } from '../wegweiser/format';

/**
 * The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), ordered so that the first
 * colours keep at least 3:1 against white; distinguishable for the common forms of colour blindness.
 */
export const okabeIto = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'] as const;
/** Light to dark blue for the heat map (one hue: readable without telling colours apart). */
export const heatScale = ['#f0f6fb', '#9ecae1', '#4292c6', '#08519c', '#08306b'] as const;

const lineTypes = ['solid', 'dashed', 'dotted'] as const;
const textColour = '#1b1b1b';
const MAX_SERIES = 6;

export type ChartWords = {
  language: string;
  /** A number in its unit for labels ("12,5 Tage"). */
  format(value: number, unit: StatsUnit): string;
  lessThanFive: string;
};

/**
 * The columns a chart draws, on one value axis. A table with several durations or shares (median
 * and 90th percentile) draws the first three of them, its counts being their base; any other
 * table draws the columns of its first column's unit (at most six).
 */
export function chartColumns(table: StatsTable): StatsColumn[] {
  if (table.chart === 'heatmap') return table.columns;
  const measure = table.columns.find((column) => column.unit !== 'count');
  const measures = measure ? table.columns.filter((column) => column.unit === measure.unit) : [];
  if (measures.length >= 2) return measures.slice(0, 3);
  const first = table.columns[0];
  return first ? table.columns.filter((column) => column.unit === first.unit).slice(0, MAX_SERIES) : [];
}

/** Whether the table has any figure a chart could draw (otherwise the view says "no data"). */
export const hasFigures = (table: StatsTable): boolean =>
  table.rows.some((row) => Object.values(row.values).some((figure) => figure.value !== null || figure.suppressed));

/** How tall the drawing is: bars and heat-map rows need room each, a line a fixed height. */
export function chartHeight(table: StatsTable): number {
  const series = chartColumns(table).length;
  // A category label breaks into lines of about 20 characters (140 px), 15 px each.
  const lines = Math.max(1, ...table.rows.map((row) => Math.ceil(Math.max(row.label.de.length, row.label.en.length) / 20)));
  const labelHeight = lines * 15 + 8;
  switch (table.chart) {
    case 'bar':
      return Math.max(180, 70 + table.rows.length * Math.max(28, labelHeight, 14 * series + 10));
    case 'stacked':
      return Math.max(180, 90 + table.rows.length * Math.max(32, labelHeight));
    case 'heatmap':
      return Math.max(200, 110 + table.rows.length * Math.max(34, labelHeight));
    default:
      return 320;
  }
}

const valueOf = (table: StatsTable, rowIndex: number, column: StatsColumn): number | null => table.rows[rowIndex]?.values[column.key]?.value ?? null;
const isSuppressed = (table: StatsTable, rowIndex: number, column: StatsColumn): boolean => table.rows[rowIndex]?.values[column.key]?.suppressed ?? false;
const categoryLabel = { width: 140, overflow: 'break', lineHeight: 15, color: textColour } as const;

const axisValueFormatter = (unit: StatsUnit, words: ChartWords) => (value: number) =>
  unit === 'share' ? words.format(value, 'share') : value.toLocaleString(words.language === 'de' ? 'de-DE' : 'en-GB');

const base = (legend: boolean): EChartsCoreOption => ({
  backgroundColor: '#ffffff',
  color: [...okabeIto],
  animation: false,
  textStyle: { color: textColour, fontFamily: 'system-ui, sans-serif', fontSize: 13 },
  tooltip: { trigger: 'item', confine: true },
  legend: legend ? { top: 0, left: 0, textStyle: { color: textColour } } : undefined,
});

/** The ECharts option for a table, by its chart kind; null for `none`. */
export function chartOption(table: StatsTable, words: ChartWords): EChartsCoreOption | null {
  const columns = chartColumns(table);
  const unit = columns[0]?.unit ?? 'count';
  const rowLabels = table.rows.map((row) => localized(row.label, words.language));
  const legend = columns.length > 1;
  const top = legend ? 40 : 12;
  const label = (value: number | null) => (value === null ? '' : words.format(value, unit));

  switch (table.chart) {
    case 'bar':
    case 'stacked': {
      const stacked = table.chart === 'stacked';
      return {
        ...base(legend),
        grid: { top, left: 8, right: stacked ? 16 : 72, bottom: 8, containLabel: true },
        xAxis: { type: 'value', axisLabel: { formatter: axisValueFormatter(unit, words), color: textColour } },
        yAxis: { type: 'category', inverse: true, data: rowLabels, axisLabel: categoryLabel },
        series: columns.map((column) => ({
          type: 'bar',
          name: localized(column.label, words.language),
          stack: stacked ? 'total' : undefined,
          // A suppressed figure has no bar, but says "< 5" where the bar would start.
          data: table.rows.map((_row, index) =>
            !stacked && isSuppressed(table, index, column) ? { value: 0, label: { show: true, position: 'right', formatter: words.lessThanFive }, tooltip: { show: false } } : valueOf(table, index, column),
          ),
          itemStyle: { borderColor: '#ffffff', borderWidth: stacked ? 1 : 0 },
          label: stacked
            ? { show: false }
            : { show: true, position: 'right', color: textColour, formatter: (item: { value: number | null }) => label(item.value) },
          tooltip: { valueFormatter: (value: number | null) => label(value) },
        })),
      };
    }
    case 'line':
      return {
        ...base(legend),
        tooltip: { trigger: 'axis', confine: true, valueFormatter: (value: number | null) => label(value) },
        grid: { top, left: 8, right: 16, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: rowLabels, axisLabel: { color: textColour, hideOverlap: true } },
        yAxis: { type: 'value', axisLabel: { formatter: axisValueFormatter(unit, words), color: textColour } },
        series: columns.map((column, index) => ({
          type: 'line',
          name: localized(column.label, words.language),
          data: table.rows.map((_row, rowIndex) => valueOf(table, rowIndex, column)),
          symbol: ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin'][index % 6],
          symbolSize: 7,
          lineStyle: { width: 2.5, type: lineTypes[index % lineTypes.length] },
        })),
      };
    case 'heatmap': {
      const cells = table.rows.flatMap((row, y) =>
        table.columns.map((column, x) => {
          const figure = row.values[column.key];
          // Suppressed: a grey cell (below the colour scale) saying "< 5".
          if (figure?.suppressed) return { value: [x, y, -1], label: { show: true, formatter: words.lessThanFive } };
          return { value: [x, y, figure?.value ?? '-'] };
        }),
      );
      const values = cells.map((cell) => cell.value[2]).filter((value): value is number => typeof value === 'number' && value >= 0);
      return {
        ...base(false),
        grid: { top: 8, left: 8, right: 8, bottom: 56, containLabel: true },
        xAxis: { type: 'category', data: table.columns.map((column) => localized(column.label, words.language)), axisLabel: { ...categoryLabel, interval: 0, width: 90 } },
        yAxis: { type: 'category', inverse: true, data: rowLabels, axisLabel: categoryLabel },
        visualMap: {
          min: 0,
          max: Math.max(1, ...values),
          calculable: false,
          text: [words.format(Math.max(1, ...values), unit), words.format(0, unit)],
          outOfRange: { color: ['#d9d9d9'] },
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          inRange: { color: [...heatScale] },
          textStyle: { color: textColour },
        },
        series: [
          {
            type: 'heatmap',
            data: cells,
            label: {
              show: true,
              color: textColour,
              textBorderColor: '#ffffff',
              textBorderWidth: 3,
              formatter: (item: { value: [number, number, number | string] }) => (typeof item.value[2] === 'number' && item.value[2] >= 0 ? words.format(item.value[2], unit) : ''),
            },
            // A narrow screen leaves no room for every cell's figure: overlapping ones are left out (the table has them all).
            labelLayout: { hideOverlap: true },
            itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          },
        ],
      };
    }
    case 'none':
      return null;
  }
}
