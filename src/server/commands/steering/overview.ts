/**
 * Overview: open cases by journey stage and by Ausländerbehörde, new and closed cases per month,
 * cases by family size, and the time from first contact to the visa decision and to entry.
 */
import { sql } from 'drizzle-orm';
import type { StatsTable } from '../../../contract/steering';
import { activeStages } from '../../../domain/journey/stages';
import { minimumCount } from '../../../domain/steering/index';
import { monthLabel, monthsBetween, notAssigned, stageNames } from './labels';
import { dayEnd, inPeriod, monthOf, rows, type FactQuery } from './scope';
import { col, figure, listTable, shown } from './tables';

type Counted = { key: string | null; name?: string | null; n: number };

/** Open cases at the end of the period: from the cases when it ends today, else from the stage visits. */
async function openCases(q: FactQuery, by: 'stage' | 'authority'): Promise<Counted[]> {
  const group = by === 'stage' ? sql`f.stage` : sql`f.authority_organisation_id::text`;
  const name = by === 'stage' ? sql`NULL::text` : sql`(SELECT o.name FROM organisations o WHERE o.id = f.authority_organisation_id)`;
  const end = dayEnd(q.period.to);
  const source =
    q.period.to >= q.today
      ? sql`stats_cases f WHERE f.stage <> 'closed'`
      : sql`stats_stage_visits f WHERE f.stage <> 'closed' AND f.entered_at < ${end} AND (f.left_at IS NULL OR f.left_at >= ${end})`;
  return rows<Counted>(q, sql`SELECT ${group} AS key, ${name} AS name, count(*)::int AS n FROM ${source} AND ${q.dims} GROUP BY ${by === 'stage' ? sql`f.stage` : sql`f.authority_organisation_id`}`);
}

export async function overviewTables(q: FactQuery): Promise<StatsTable[]> {
  const [byStage, byAuthority, months, families, durations] = await Promise.all([
    openCases(q, 'stage'),
    openCases(q, 'authority'),
    rows<{ month: string; kind: 'new' | 'closed'; n: number }>(
      q,
      sql`SELECT ${monthOf(sql`f.created_at`)} AS month, 'new' AS kind, count(*)::int AS n FROM stats_cases f WHERE ${inPeriod(sql`f.created_at`, q.period)} AND ${q.dims} GROUP BY 1
        UNION ALL
        SELECT ${monthOf(sql`f.closed_at`)}, 'closed', count(*)::int FROM stats_cases f WHERE ${inPeriod(sql`f.closed_at`, q.period)} AND ${q.dims} GROUP BY 1`,
    ),
    rows<{ size: number; n: number }>(
      q,
      sql`SELECT least(f.family_size, 5) AS size, count(*)::int AS n FROM stats_cases f WHERE ${inPeriod(sql`f.created_at`, q.period)} AND ${q.dims} GROUP BY 1`,
    ),
    rows<{ kind: 'visa' | 'entry'; n: number; median: number | null; p90: number | null }>(
      q,
      sql`SELECT 'visa' AS kind, count(*)::int AS n,
          percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.visa_decided_at - f.created_at) / 86400)::float8 AS median,
          percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM f.visa_decided_at - f.created_at) / 86400)::float8 AS p90
        FROM stats_cases f WHERE ${inPeriod(sql`f.visa_decided_at`, q.period)} AND ${q.dims}
        UNION ALL
        SELECT 'entry', count(*)::int,
          percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.entered_at - f.created_at) / 86400)::float8,
          percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM f.entered_at - f.created_at) / 86400)::float8
        FROM stats_cases f WHERE ${inPeriod(sql`f.entered_at`, q.period)} AND ${q.dims}`,
    ),
  ]);

  const countOf = (list: Counted[], key: string) => list.filter((row) => row.key === key).reduce((sum, row) => sum + row.n, 0);
  const stageTable = listTable(
    {
      id: 'open-by-stage',
      title: { de: 'Offene Fälle nach Phase', en: 'Open cases by stage' },
      description: { de: 'Fälle, die am Ende des Zeitraums nicht abgeschlossen waren, nach ihrer Phase.', en: 'Cases not closed at the end of the period, by their journey stage.' },
      chart: 'bar',
      columns: [col('cases', 'Fälle', 'Cases', 'count')],
    },
    activeStages.map((stage) => ({ key: stage, label: stageNames[stage], counts: { cases: countOf(byStage, stage) } })),
  );

  const authorities = [...byAuthority].sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : (a.name ?? '').localeCompare(b.name ?? '', 'de')));
  const authorityTable = listTable(
    {
      id: 'open-by-authority',
      title: { de: 'Offene Fälle nach Ausländerbehörde', en: 'Open cases by immigration office' },
      description: {
        de: 'Fälle, die am Ende des Zeitraums nicht abgeschlossen waren, nach der zuständigen Ausländerbehörde.',
        en: 'Cases not closed at the end of the period, by the responsible immigration office.',
      },
      chart: 'bar',
      columns: [col('cases', 'Fälle', 'Cases', 'count')],
    },
    authorities.map((row) => ({ key: row.key ?? 'none', label: row.key === null ? notAssigned : { de: row.name ?? '', en: row.name ?? '' }, counts: { cases: row.n } })),
  );

  const monthCount = (month: string, kind: 'new' | 'closed') => months.find((row) => row.month === month && row.kind === kind)?.n ?? 0;
  const monthTable = listTable(
    {
      id: 'cases-per-month',
      title: { de: 'Neue und abgeschlossene Fälle je Monat', en: 'New and closed cases per month' },
      description: { de: 'Fälle nach dem Monat des Erstkontakts und nach dem Monat des Abschlusses.', en: 'Cases by the month of first contact and by the month they were closed.' },
      chart: 'line',
      columns: [col('new', 'Neue Fälle', 'New cases', 'count'), col('closed', 'Abgeschlossene Fälle', 'Closed cases', 'count')],
    },
    monthsBetween(q.period.from, q.period.to).map((month) => ({ key: month, label: monthLabel(month), counts: { new: monthCount(month, 'new'), closed: monthCount(month, 'closed') } })),
  );

  const familyTable = listTable(
    {
      id: 'cases-by-family-size',
      title: { de: 'Fälle nach Zahl der Personen', en: 'Cases by number of people' },
      description: {
        de: 'Neue Fälle im Zeitraum nach der Zahl der Personen im Fall (Hauptperson und Familienangehörige).',
        en: 'New cases in the period by the number of people in the case (main person and family members).',
      },
      chart: 'bar',
      columns: [col('cases', 'Fälle', 'Cases', 'count')],
    },
    [1, 2, 3, 4, 5].map((size) => ({
      key: String(size),
      label: size === 1 ? { de: '1 Person', en: '1 person' } : size === 5 ? { de: '5 und mehr Personen', en: '5 or more people' } : { de: `${size} Personen`, en: `${size} people` },
      counts: { cases: families.find((row) => row.size === size)?.n ?? 0 },
    })),
  );

  const durationRow = (kind: 'visa' | 'entry') => durations.find((row) => row.kind === kind) ?? { n: 0, median: null, p90: null };
  const durationLabels = {
    visa: { de: 'Erstkontakt bis Visumentscheidung', en: 'First contact to visa decision' },
    entry: { de: 'Erstkontakt bis Einreise', en: 'First contact to entry' },
  };
  const hasDurations = durations.some((row) => row.n > 0);
  const durationTable: StatsTable = {
    id: 'time-to-visa-and-entry',
    title: { de: 'Dauer vom Erstkontakt bis Visum und Einreise', en: 'Time from first contact to visa and entry' },
    description: {
      de: 'Tage vom Erstkontakt bis zur Visumentscheidung bzw. Einreise, für Fälle, bei denen diese im Zeitraum lag; Median und 90. Perzentil nur bei mindestens 5 Fällen.',
      en: 'Days from first contact to the visa decision or entry, for cases where it fell in the period; median and 90th percentile only over at least 5 cases.',
    },
    chart: 'bar',
    columns: [col('cases', 'Fälle', 'Cases', 'count'), col('median', 'Median (Tage)', 'Median (days)', 'days'), col('p90', '90. Perzentil (Tage)', '90th percentile (days)', 'days')],
    rows: hasDurations
      ? (['visa', 'entry'] as const).map((kind) => {
          const row = durationRow(kind);
          return {
            key: kind,
            label: durationLabels[kind],
            values: {
              cases: row.n >= 1 && row.n < minimumCount ? { value: null, suppressed: true } : shown(row.n),
              median: figure(row.median, row.n, 0),
              p90: figure(row.p90, row.n, 0),
            },
          };
        })
      : [],
    total: null,
    highlight: null,
  };
  return [stageTable, authorityTable, monthTable, familyTable, durationTable];
}
