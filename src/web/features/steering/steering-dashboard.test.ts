import { describe, expect, it } from 'vitest';
import { statsTableSchema, type StatsTable } from '../../../contract/steering';
import { chartColumns, chartOption, hasFigures, okabeIto } from './chart-options';
import { dateAndTime, formatFigure, type FigureWords } from './stats-format';
import { draftFromSearch, emptyDraft, presetPeriod, searchFromDraft, viewBySlug } from './steering-views';

const words: FigureWords = {
  lessThanFive: '< 5',
  tooFew: '< 5 Fälle',
  none: '–',
  days: (value, count) => `${value} ${count === 1 ? 'Tag' : 'Tage'}`,
  hours: (value) => `${value} Stunden`,
};

const label = (de: string) => ({ de, en: de });
const table: StatsTable = statsTableSchema.parse({
  id: 'open-by-stage',
  title: label('Offene Fälle nach Stufe'),
  description: label('Fälle, die am Ende des Zeitraums offen sind.'),
  chart: 'bar',
  columns: [
    { key: 'open', label: label('Offen'), unit: 'count' },
    { key: 'median', label: label('Median'), unit: 'days' },
  ],
  rows: [
    { key: 'a', label: label('Anerkennung'), values: { open: { value: 12, suppressed: false }, median: { value: 40.5, suppressed: false } } },
    { key: 'b', label: label('Visum'), values: { open: { value: null, suppressed: true }, median: { value: null, suppressed: true } } },
  ],
  total: null,
  highlight: null,
});

describe('the figures of the steering dashboards', () => {
  it('reads counts, suppressed cells, days and shares in German', () => {
    expect(formatFigure({ value: 1234, suppressed: false }, 'count', 'de', words)).toBe('1.234');
    expect(formatFigure({ value: null, suppressed: true }, 'count', 'de', words)).toBe('< 5');
    expect(formatFigure({ value: null, suppressed: true }, 'days', 'de', words)).toBe('< 5 Fälle');
    expect(formatFigure({ value: 12.25, suppressed: false }, 'days', 'de', words)).toBe('12,3 Tage');
    expect(formatFigure({ value: 0.875, suppressed: false }, 'share', 'de', words)).toBe('88\u00a0%');
    expect(formatFigure(undefined, 'count', 'de', words)).toBe('–');
  });

  it('says when the figures were computed, on German time', () => {
    expect(dateAndTime('2026-12-08T13:05:00Z', 'de')).toEqual({ date: '8. Dezember 2026', time: '14:05' });
  });

  it('keeps the selection in the page address and offers the period presets', () => {
    const draft = { ...emptyDraft, land: 'RP', from: '2025-12-09', to: '2026-12-08' };
    const search = searchFromDraft(draft);
    expect(search.toString()).toBe('from=2025-12-09&to=2026-12-08&land=RP');
    expect(draftFromSearch(search)).toEqual(draft);
    const today = new Date(2026, 11, 8);
    expect(presetPeriod('last12Months', today)).toEqual({ from: '2025-12-09', to: '2026-12-08' });
    expect(presetPeriod('currentYear', today)).toEqual({ from: '2026-01-01', to: '2026-12-08' });
    expect(presetPeriod('previousYear', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(viewBySlug('fristen-81a')?.view).toBe('procedure-deadlines');
    expect(viewBySlug('unbekannt')).toBeUndefined();
  });

  it('draws one value axis in the Okabe–Ito colours, with a suppressed bar drawn as "< 5" and no length', () => {
    expect(chartColumns(table).map((column) => column.key)).toEqual(['median']);
    const counts = { ...table, columns: table.columns.slice(0, 1) };
    expect(chartColumns(counts).map((column) => column.key)).toEqual(['open']);
    const option = chartOption(counts, { language: 'de', lessThanFive: '< 5', format: (value) => String(value) }) as { color: string[]; series: { data: unknown[] }[] };
    expect(option.color).toEqual([...okabeIto]);
    expect(option.series[0]?.data[0]).toBe(12);
    expect(option.series[0]?.data[1]).toMatchObject({ value: 0, label: { formatter: '< 5' } });
    expect(hasFigures(table)).toBe(true);
    expect(hasFigures({ ...table, rows: [] })).toBe(false);
  });
});
