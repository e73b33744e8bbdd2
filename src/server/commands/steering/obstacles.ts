/**
 * Obstacles (Hemmnisse) recorded in the period: by category (with the time to resolve them), by
 * the stage the case was in, by authority, and per month. The free-text drill-down lives apart.
 */
import { sql } from 'drizzle-orm';
import type { StatsTable } from '../../../contract/steering';
import { obstacleCategories } from '../../../domain/journey/obstacles';
import { journeyStages } from '../../../domain/journey/stages';
import { monthLabel, monthsBetween, notAssigned, obstacleCategoryNames, stageNames } from './labels';
import { inPeriod, monthOf, rows, type FactQuery } from './scope';
import { col, crossTable, figure, listTable } from './tables';

type Row = { category: string; stage: string; authority: string | null; name: string | null; n: number; open: number };

export async function obstacleTables(q: FactQuery): Promise<StatsTable[]> {
  const now = q.now.toISOString();
  const [cells, resolving, months] = await Promise.all([
    rows<Row>(
      q,
      sql`SELECT f.category, f.stage, f.authority_organisation_id::text AS authority,
          (SELECT o.name FROM organisations o WHERE o.id = f.authority_organisation_id) AS name,
          count(*)::int AS n, count(*) FILTER (WHERE f.resolved_at IS NULL OR f.resolved_at > ${now}::timestamptz)::int AS open
        FROM stats_obstacles f WHERE ${inPeriod(sql`f.created_at`, q.period)} AND ${q.dims}
        GROUP BY f.category, f.stage, f.authority_organisation_id`,
    ),
    rows<{ category: string | null; n: number; median: number | null }>(
      q,
      sql`SELECT f.category, count(*)::int AS n,
          percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.resolved_at - f.created_at) / 86400)::float8 AS median
        FROM stats_obstacles f WHERE ${inPeriod(sql`f.created_at`, q.period)} AND f.resolved_at <= ${now}::timestamptz AND ${q.dims}
        GROUP BY ROLLUP (f.category)`,
    ),
    rows<{ month: string; kind: 'recorded' | 'resolved'; n: number }>(
      q,
      sql`SELECT ${monthOf(sql`f.created_at`)} AS month, 'recorded' AS kind, count(*)::int AS n FROM stats_obstacles f WHERE ${inPeriod(sql`f.created_at`, q.period)} AND ${q.dims} GROUP BY 1
        UNION ALL
        SELECT ${monthOf(sql`f.resolved_at`)}, 'resolved', count(*)::int FROM stats_obstacles f WHERE ${inPeriod(sql`f.resolved_at`, q.period)} AND ${q.dims} GROUP BY 1`,
    ),
  ]);
  const sum = (filter: (row: Row) => boolean, field: 'n' | 'open' = 'n') => cells.filter(filter).reduce((total, row) => total + row[field], 0);
  const overall = resolving.find((row) => row.category === null);

  const counts = obstacleCategories.map((category) => sum((row) => row.category === category));
  const top = Math.max(0, ...counts);
  const topCategory = top >= 5 ? obstacleCategories[counts.indexOf(top)] : undefined;
  const byCategory = listTable(
    {
      id: 'obstacles-by-category',
      title: { de: 'Hemmnisse nach Art', en: 'Obstacles by kind' },
      description: {
        de: 'Im Zeitraum erfasste Hemmnisse, davon heute noch bestehende; Median der Tage bis zur Lösung über mindestens 5 gelöste.',
        en: 'Obstacles recorded in the period, of them still unresolved today; median days to resolution over at least 5 resolved ones.',
      },
      chart: 'bar',
      columns: [
        col('obstacles', 'Hemmnisse', 'Obstacles', 'count'),
        col('open', 'Davon bestehend', 'Of them unresolved', 'count'),
        col('medianDays', 'Median bis zur Lösung (Tage)', 'Median days to resolve', 'days'),
      ],
      highlight: topCategory
        ? { de: `Am häufigsten: ${obstacleCategoryNames[topCategory].de}.`, en: `Most frequent: ${obstacleCategoryNames[topCategory].en}.` }
        : null,
    },
    obstacleCategories.map((category) => {
      const resolved = resolving.find((row) => row.category === category);
      return {
        key: category,
        label: obstacleCategoryNames[category],
        counts: { obstacles: sum((row) => row.category === category), open: sum((row) => row.category === category, 'open') },
        figures: { medianDays: figure(resolved?.median ?? null, resolved?.n ?? 0, 1) },
      };
    }),
    { medianDays: figure(overall?.median ?? null, overall?.n ?? 0, 1) },
  );

  const byStage = crossTable(
    {
      id: 'obstacles-by-stage',
      title: { de: 'Hemmnisse nach Phase und Art', en: 'Obstacles by stage and kind' },
      description: { de: 'Im Zeitraum erfasste Hemmnisse nach der Phase, in der der Fall damals war.', en: 'Obstacles recorded in the period by the stage the case was in at the time.' },
      chart: 'heatmap',
    },
    journeyStages.map((stage) => ({ key: stage, label: stageNames[stage] })),
    obstacleCategories.map((category) => ({ key: category, label: obstacleCategoryNames[category] })),
    journeyStages.map((stage) => obstacleCategories.map((category) => sum((row) => row.stage === stage && row.category === category))),
  );

  // The kinds' counts are the cross table's column totals: one suppression pattern for both tables,
  // so neither can be combined with the other to compute back a suppressed count.
  if (byStage.total && byCategory.total) {
    for (const row of byCategory.rows) row.values.obstacles = byStage.total.values[row.key] ?? row.values.obstacles!;
    byCategory.total.values.obstacles = byStage.total.values.total ?? byCategory.total.values.obstacles!;
  }

  const authorityKeys = [...new Map(cells.map((row) => [row.authority ?? 'none', row.name] as const)).entries()].sort(([a, nameA], [b, nameB]) =>
    a === 'none' ? 1 : b === 'none' ? -1 : (nameA ?? '').localeCompare(nameB ?? '', 'de'),
  );
  const byAuthority = listTable(
    {
      id: 'obstacles-by-authority',
      title: { de: 'Hemmnisse nach Ausländerbehörde', en: 'Obstacles by immigration office' },
      description: { de: 'Im Zeitraum erfasste Hemmnisse nach der zuständigen Ausländerbehörde des Falls.', en: 'Obstacles recorded in the period by the responsible immigration office of the case.' },
      chart: 'bar',
      columns: [col('obstacles', 'Hemmnisse', 'Obstacles', 'count'), col('open', 'Davon bestehend', 'Of them unresolved', 'count')],
    },
    authorityKeys.map(([key, name]) => ({
      key,
      label: key === 'none' ? notAssigned : { de: name ?? '', en: name ?? '' },
      counts: { obstacles: sum((row) => (row.authority ?? 'none') === key), open: sum((row) => (row.authority ?? 'none') === key, 'open') },
    })),
  );

  const monthCount = (month: string, kind: 'recorded' | 'resolved') => months.find((row) => row.month === month && row.kind === kind)?.n ?? 0;
  const perMonth = listTable(
    {
      id: 'obstacles-per-month',
      title: { de: 'Erfasste und gelöste Hemmnisse je Monat', en: 'Obstacles recorded and resolved per month' },
      description: { de: 'Hemmnisse nach dem Monat ihrer Erfassung und dem Monat ihrer Lösung.', en: 'Obstacles by the month they were recorded and the month they were resolved.' },
      chart: 'line',
      columns: [col('recorded', 'Erfasst', 'Recorded', 'count'), col('resolved', 'Gelöst', 'Resolved', 'count')],
    },
    monthsBetween(q.period.from, q.period.to).map((month) => ({ key: month, label: monthLabel(month), counts: { recorded: monthCount(month, 'recorded'), resolved: monthCount(month, 'resolved') } })),
  );
  return [byCategory, byStage, byAuthority, perMonth];
}
