/**
 * Stage durations: median and 90th percentile days per journey stage over the stays that ended
 * in the period, against the previous period of the same length, and per authority. The stage
 * of the procedure with the longest median stay is named as the bottleneck ("Engpass"); the
 * stage "integration" is where a journey is meant to arrive and stay, so it is never a bottleneck.
 */
import { sql } from 'drizzle-orm';
import type { StatsTable, StatsValue } from '../../../contract/steering';
import { activeStages, type ActiveStage } from '../../../domain/journey/stages';
import { minimumCount } from '../../../domain/steering/index';
import { notAssigned, stageNames } from './labels';
import { dayEnd, dayStart, rows, type FactQuery } from './scope';
import { col, figure, listTable, round, shown, spoken } from './tables';

type StageRow = { stage: string; current: boolean; n: number; median: number | null; p90: number | null };
type AuthorityRow = { key: string | null; name: string | null; stage: string; n: number; median: number | null };

const days = sql`extract(epoch FROM f.left_at - f.entered_at) / 86400`;

export async function stageDurationTables(q: FactQuery): Promise<StatsTable[]> {
  const [byStage, byAuthority] = await Promise.all([
    rows<StageRow>(
      q,
      sql`SELECT f.stage, f.left_at >= ${dayStart(q.period.from)} AS current, count(*)::int AS n,
          percentile_disc(0.5) WITHIN GROUP (ORDER BY ${days})::float8 AS median,
          percentile_disc(0.9) WITHIN GROUP (ORDER BY ${days})::float8 AS p90
        FROM stats_stage_visits f
        WHERE f.stage <> 'closed' AND f.left_at >= ${dayStart(q.previous.from)} AND f.left_at < ${dayEnd(q.period.to)} AND ${q.dims}
        GROUP BY 1, 2`,
    ),
    rows<AuthorityRow>(
      q,
      sql`SELECT f.authority_organisation_id::text AS key, (SELECT o.name FROM organisations o WHERE o.id = f.authority_organisation_id) AS name,
          f.stage, count(*)::int AS n, percentile_disc(0.5) WITHIN GROUP (ORDER BY ${days})::float8 AS median
        FROM stats_stage_visits f
        WHERE f.stage <> 'closed' AND f.left_at >= ${dayStart(q.period.from)} AND f.left_at < ${dayEnd(q.period.to)} AND ${q.dims}
        GROUP BY f.authority_organisation_id, f.stage`,
    ),
  ]);

  const of = (stage: ActiveStage, current: boolean) => byStage.find((row) => row.stage === stage && row.current === current) ?? { n: 0, median: null, p90: null };
  const published = (value: StatsValue) => (value.suppressed ? null : value.value);
  let bottleneck: { stage: ActiveStage; median: number } | null = null;
  const input = activeStages.map((stage) => {
    const current = of(stage, true);
    const previous = of(stage, false);
    const median = figure(current.median, current.n, 1);
    const previousMedian = figure(previous.median, previous.n, 1);
    const now = published(median);
    const before = published(previousMedian);
    if (stage !== 'integration' && now !== null && (bottleneck === null || now > bottleneck.median)) bottleneck = { stage, median: now };
    return {
      key: stage,
      label: stageNames[stage],
      counts: { stays: current.n },
      figures: {
        median,
        p90: figure(current.p90, current.n, 1),
        previousMedian,
        change: shown(now !== null && before !== null ? round(now - before, 1) : null),
      },
    };
  });
  const found = bottleneck as { stage: ActiveStage; median: number } | null;
  const stageTable = listTable(
    {
      id: 'duration-by-stage',
      title: { de: 'Verweildauer je Phase', en: 'Time spent per stage' },
      description: {
        de: 'Tage in einer Phase, über die Aufenthalte, die im Zeitraum endeten; verglichen mit dem gleich langen Zeitraum davor. Median und Perzentil nur bei mindestens 5 Aufenthalten.',
        en: 'Days in a stage, over the stays that ended in the period; compared with the period of the same length before. Median and percentile only over at least 5 stays.',
      },
      chart: 'bar',
      columns: [
        col('stays', 'Beendete Aufenthalte', 'Completed stays', 'count'),
        col('median', 'Median (Tage)', 'Median (days)', 'days'),
        col('p90', '90. Perzentil (Tage)', '90th percentile (days)', 'days'),
        col('previousMedian', 'Median im Vorzeitraum (Tage)', 'Median in the previous period (days)', 'days'),
        col('change', 'Veränderung des Medians (Tage)', 'Change of the median (days)', 'days'),
      ],
      highlight: found
        ? {
            de: `Engpass: ${stageNames[found.stage].de} – hier bleiben Fälle am längsten (Median ${spoken(found.median, 'de')} Tage).`,
            en: `Bottleneck: ${stageNames[found.stage].en} – cases stay here longest (median ${spoken(found.median, 'en')} days).`,
          }
        : null,
    },
    input,
  );

  const authorities = new Map<string, { key: string; label: { de: string; en: string } }>();
  for (const row of byAuthority) {
    const key = row.key ?? 'none';
    if (!authorities.has(key)) authorities.set(key, { key, label: row.key === null ? notAssigned : { de: row.name ?? '', en: row.name ?? '' } });
  }
  const authorityHeads = [...authorities.values()].sort((a, b) => (a.key === 'none' ? 1 : b.key === 'none' ? -1 : a.label.de.localeCompare(b.label.de, 'de')));
  const authorityTable: StatsTable = {
    id: 'duration-by-authority',
    title: { de: 'Median der Verweildauer je Ausländerbehörde und Phase', en: 'Median time per immigration office and stage' },
    description: {
      de: 'Median in Tagen über die im Zeitraum beendeten Aufenthalte; leer, wenn es weniger als 5 waren.',
      en: 'Median in days over the stays that ended in the period; empty when there were fewer than 5.',
    },
    chart: 'heatmap',
    columns: activeStages.map((stage) => ({ key: stage, label: stageNames[stage], unit: 'days' as const })),
    rows: authorityHeads
      .map((head) => ({
        ...head,
        values: Object.fromEntries(
          activeStages.map((stage) => {
            const row = byAuthority.find((candidate) => (candidate.key ?? 'none') === head.key && candidate.stage === stage);
            return [stage, figure(row?.median ?? null, row?.n ?? 0, 1)] as const;
          }),
        ),
      }))
      .filter((row) => byAuthority.some((candidate) => (candidate.key ?? 'none') === row.key && candidate.n >= minimumCount)),
    total: null,
    highlight: null,
  };
  return [stageTable, authorityTable];
}
