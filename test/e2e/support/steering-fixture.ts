import type { StatsFilterOptions, StatsResponse, StatsTable } from '../../../src/contract/steering';

/**
 * A made-up answer of the steering figures with every chart kind, suppressed cells and an empty
 * table: for the dashboard's components, independent of the demo data's figures.
 */
const label = (de: string, en: string) => ({ de, en });
const v = (value: number | null) => ({ value, suppressed: value === null });

const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
const tables: StatsTable[] = [
  {
    id: 'open-by-stage',
    title: label('Offene Fälle nach Phase', 'Open cases by stage'),
    description: label('Fälle, die am Ende des Zeitraums nicht abgeschlossen waren.', 'Cases not closed at the end of the period.'),
    chart: 'bar',
    columns: [{ key: 'open', label: label('Offene Fälle', 'Open cases'), unit: 'count' }],
    rows: [
      { key: 'orientation', label: label('Orientierung', 'Orientation'), values: { open: v(41) } },
      { key: 'recognition', label: label('Anerkennung', 'Recognition'), values: { open: v(87) } },
      { key: 'visa', label: label('Visum', 'Visa'), values: { open: v(null) } },
      { key: 'arrival', label: label('Ankunft', 'Arrival'), values: { open: v(23) } },
    ],
    total: { key: 'total', label: label('Insgesamt', 'Total'), values: { open: v(null) } },
    highlight: null,
  },
  {
    id: 'stage-durations',
    title: label('Verweildauer je Phase', 'Time per stage'),
    description: label('Median und 90. Perzentil der Tage in einer Phase.', 'Median and 90th percentile of days in a stage.'),
    chart: 'bar',
    columns: [
      { key: 'median', label: label('Median', 'Median'), unit: 'days' },
      { key: 'p90', label: label('90. Perzentil', '90th percentile'), unit: 'days' },
      { key: 'share', label: label('Anteil fristgerecht', 'Share on time'), unit: 'share' },
    ],
    rows: [
      { key: 'recognition', label: label('Anerkennung', 'Recognition'), values: { median: v(84.5), p90: v(161), share: v(0.62) } },
      { key: 'visa', label: label('Visum', 'Visa'), values: { median: v(null), p90: v(null), share: v(null) } },
    ],
    total: null,
    highlight: label('Engpass: Die Anerkennung hält die Fälle am längsten (Median 84,5 Tage).', 'Bottleneck: recognition holds cases longest (median 84.5 days).'),
  },
  {
    id: 'new-closed',
    title: label('Neue und abgeschlossene Fälle je Monat', 'New and closed cases per month'),
    description: label('Fälle nach Monat der Anlage und des Abschlusses.', 'Cases by month created and closed.'),
    chart: 'line',
    columns: [
      { key: 'new', label: label('Neu', 'New'), unit: 'count' },
      { key: 'closed', label: label('Abgeschlossen', 'Closed'), unit: 'count' },
    ],
    rows: months.map((month, index) => ({ key: month, label: label(`Monat ${index + 1}`, `Month ${index + 1}`), values: { new: v(10 + index * 3), closed: v(index === 2 ? null : 6 + index) } })),
    total: null,
    highlight: null,
  },
  {
    id: 'by-authority',
    title: label('Offene Fälle nach Behörde und Phase', 'Open cases by authority and stage'),
    description: label('Gestapelt nach Phase.', 'Stacked by stage.'),
    chart: 'stacked',
    columns: [
      { key: 'recognition', label: label('Anerkennung', 'Recognition'), unit: 'count' },
      { key: 'visa', label: label('Visum', 'Visa'), unit: 'count' },
    ],
    rows: [
      { key: 'a', label: label('Ausländerbehörde Stadt Ludwigshafen am Rhein', 'Immigration authority Ludwigshafen'), values: { recognition: v(31), visa: v(12) } },
      { key: 'b', label: label('Ausländerbehörde Mannheim', 'Immigration authority Mannheim'), values: { recognition: v(45), visa: v(null) } },
    ],
    total: null,
    highlight: null,
  },
  {
    id: 'obstacles-by-stage',
    title: label('Hemmnisse nach Kategorie und Phase', 'Obstacles by category and stage'),
    description: label('Gemeldete Hemmnisse im Zeitraum.', 'Obstacles reported in the period.'),
    chart: 'heatmap',
    columns: [
      { key: 'recognition', label: label('Anerkennung', 'Recognition'), unit: 'count' },
      { key: 'visa', label: label('Visum', 'Visa'), unit: 'count' },
    ],
    rows: [
      { key: 'documents', label: label('Unterlagen', 'Documents'), values: { recognition: v(14), visa: v(6) } },
      { key: 'appointments', label: label('Termine', 'Appointments'), values: { recognition: v(null), visa: v(22) } },
    ],
    total: null,
    highlight: null,
  },
  {
    id: 'escalations',
    title: label('Eskalationen', 'Escalations'),
    description: label('Weiterleitungen, die eskaliert wurden.', 'Referrals that were escalated.'),
    chart: 'bar',
    columns: [{ key: 'n', label: label('Anzahl', 'Number'), unit: 'count' }],
    rows: [],
    total: null,
    highlight: null,
  },
];

export function fixtureResponse(view: StatsResponse['view'], search: URLSearchParams, organisationName: string | null = null): StatsResponse {
  const land = search.get('land');
  return {
    view,
    asOf: '2026-12-08T13:05:00.000Z',
    period: { from: search.get('from') ?? '2025-12-09', to: search.get('to') ?? '2026-12-08' },
    scope: organisationName ? { kind: 'organisation', organisationName } : { kind: 'network', organisationName: null },
    filters: land ? [{ key: 'land', label: label('Land', 'Land'), value: label('Rheinland-Pfalz', 'Rhineland-Palatinate') }] : [],
    tables,
  };
}

export const fixtureOptions: StatsFilterOptions = {
  laender: [
    { code: 'RP', name: label('Rheinland-Pfalz', 'Rhineland-Palatinate') },
    { code: 'BW', name: label('Baden-Württemberg', 'Baden-Württemberg') },
  ],
  authorities: [
    { id: '00000000-0000-4000-8000-000000000001', name: 'Ausländerbehörde Stadt Ludwigshafen am Rhein', land: 'RP' },
    { id: '00000000-0000-4000-8000-000000000002', name: 'Ausländerbehörde Mannheim', land: 'BW' },
  ],
  titles: [{ id: 'skilled_vocational', name: label('Fachkraft mit Berufsausbildung (§ 18a AufenthG)', 'Skilled worker with vocational training (§ 18a AufenthG)') }],
  countryGroups: [{ id: 'south_asia', name: label('Südasien', 'South Asia') }],
  scope: { kind: 'network', organisationName: null },
};
