import { KolButton } from '@public-ui/react-v19';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatsRow, StatsTable, StatsUnit } from '../../../contract/steering';
import { download } from '../network/network-map-data';
import { localized } from '../wegweiser/format';
import { chartColumns, chartHeight, chartOption, hasFigures } from './chart-options';
import { StatsChart, type PngMaker } from './stats-chart';
import { formatFigure, formatNumber, type FigureWords } from './stats-format';
import '../../styles/steering.css';

/** The words for figures in the interface language. */
export function useFigureWords(): FigureWords {
  const { t } = useTranslation();
  return {
    lessThanFive: t('steering.lessThanFive'),
    tooFew: t('steering.tooFew'),
    none: t('steering.none'),
    days: (value, count) => t('steering.days', { value, count }),
    hours: (value, count) => t('steering.hours', { value, count }),
  };
}

type Props = {
  table: StatsTable;
  /** The heading level of the table's title (2 on a page of its own, 3 inside a section). */
  level?: 2 | 3;
  /** The PNG's file name without extension (default: the table's id). */
  fileName?: string;
};

/**
 * One `StatsTable` of the steering contract: title, description, the finding in words, the chart,
 * the data table (its accessible equivalent, with "< 5" for suppressed counts) and the chart as PNG.
 */
export function StatsTableView({ table, level = 2, fileName }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const words = useFigureWords();
  const [png, setPng] = useState<{ make: PngMaker } | null>(null);
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = `stats-${table.id}-title`;
  const captionId = `stats-${table.id}-caption`;
  const empty = !hasFigures(table);

  const option = useMemo(
    () => (empty ? null : chartOption(table, { language, lessThanFive: words.lessThanFive, format: (value: number, unit: StatsUnit) => formatNumber(value, unit, language, words) })),
    // `words` follows the language; the table is replaced by each load.
    [table, language, empty],
  );
  const title = localized(table.title, language);
  const kinds: Record<StatsTable['chart'], string> = {
    bar: t('steering.chartBar'),
    stacked: t('steering.chartStacked'),
    line: t('steering.chartLine'),
    heatmap: t('steering.chartHeatmap'),
    none: '',
  };
  const summary = t('steering.chartSummary', {
    kind: kinds[table.chart],
    title,
    series: chartColumns(table)
      .map((column) => localized(column.label, language))
      .join(', '),
  });
  const suppressedUnits = new Set(
    [...table.rows, ...(table.total ? [table.total] : [])].flatMap((row) =>
      table.columns.filter((column) => row.values[column.key]?.suppressed).map((column) => (column.unit === 'count' ? 'count' : 'other')),
    ),
  );
  const footnotes = [suppressedUnits.has('count') && t('steering.suppressedNote'), suppressedUnits.has('other') && t('steering.tooFewNote')].filter(Boolean).join(' ');
  // Side by side only when the table is narrow enough to sit next to the chart.
  const bodyClass = !option ? 'stats-table__body stats-table__body--table-only' : table.columns.length > 2 ? 'stats-table__body stats-table__body--stacked' : 'stats-table__body';

  const cells = (row: StatsRow) =>
    table.columns.map((column) => {
      const figure = row.values[column.key];
      return (
        <td key={column.key} className="numeric" data-suppressed={figure?.suppressed ? 'true' : undefined}>
          {formatFigure(figure, column.unit, language, words)}
        </td>
      );
    });

  return (
    <section className="stats-table" aria-labelledby={headingId} data-testid={`stats-table-${table.id}`}>
      <Heading id={headingId} className="stats-table__title">
        {title}
      </Heading>
      <p className="stats-table__description">{localized(table.description, language)}</p>
      {table.highlight && (
        <p className="stats-table__highlight" data-testid="stats-highlight">
          {localized(table.highlight, language)}
        </p>
      )}
      {empty ? (
        <p className="stats-table__empty" data-testid="stats-empty">
          {t('steering.empty')}
        </p>
      ) : (
        <div className={bodyClass}>
          {option && (
            <div className="stats-table__chart">
              <StatsChart option={option} height={chartHeight(table)} summary={summary} onReady={(make) => setPng(make ? { make } : null)} testId={`stats-chart-${table.id}`} />
              {png && (
                <KolButton
                  className="stats-table__png"
                  data-testid="stats-png"
                  _label={t('steering.png')}
                  _variant="secondary"
                  _on={{ onClick: () => void png.make().then((blob) => download(`${fileName ?? table.id}.png`, blob)) }}
                />
              )}
            </div>
          )}
          <div className="stats-table__data">
            <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
              <table className="data-table stats-table__table">
                <caption id={captionId}>{t('steering.tableCaption', { title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('steering.rowHeader')}</th>
                    {table.columns.map((column) => (
                      <th key={column.key} scope="col" className="numeric">
                        {localized(column.label, language)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={row.key} data-row={row.key}>
                      <th scope="row">{localized(row.label, language)}</th>
                      {cells(row)}
                    </tr>
                  ))}
                </tbody>
                {table.total && (
                  <tfoot>
                    <tr data-row="total">
                      <th scope="row">{localized(table.total.label, language)}</th>
                      {cells(table.total)}
                    </tr>
                  </tfoot>
                )}
              </table>
            </div>
            {footnotes && (
              <p className="stats-table__footnote" data-testid="stats-footnote">
                {footnotes}
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
