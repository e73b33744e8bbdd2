/**
 * §81a deadlines per step: the steps due in the period (a step without a countable period: done
 * or begun in it), the share whose deadline was kept, the median days the step took, and the
 * steps overdue now.
 */
import { sql } from 'drizzle-orm';
import type { StatsTable } from '../../../contract/steering';
import { acceleratedProcedureSteps } from '../../../domain/journey/procedure-steps';
import { rows, type FactQuery } from './scope';
import { col, figure, listTable, share } from './tables';

type Row = { step_id: string; n: number; decidable: number; kept: number; completed: number; median_days: number | null; overdue: number };

/** The steps with a deadline of some kind (a counted period or "unverzüglich"), in their order. */
const deadlineSteps = acceleratedProcedureSteps.filter((step) => step.deadline.kind !== 'none');

export async function procedureDeadlineTables(q: FactQuery): Promise<StatsTable[]> {
  const when = sql`COALESCE(f.due_on, f.completed_on, f.started_on)`;
  const result = await rows<Row>(
    q,
    sql`SELECT f.step_id,
        count(*) FILTER (WHERE ${when} BETWEEN ${q.period.from}::date AND ${q.period.to}::date)::int AS n,
        count(*) FILTER (WHERE f.due_on BETWEEN ${q.period.from}::date AND ${q.period.to}::date AND (f.completed_on IS NOT NULL OR f.due_on < ${q.today}::date))::int AS decidable,
        count(*) FILTER (WHERE f.due_on BETWEEN ${q.period.from}::date AND ${q.period.to}::date AND f.completed_on <= f.due_on)::int AS kept,
        count(*) FILTER (WHERE ${when} BETWEEN ${q.period.from}::date AND ${q.period.to}::date AND f.completed_on IS NOT NULL AND f.started_on IS NOT NULL)::int AS completed,
        percentile_disc(0.5) WITHIN GROUP (ORDER BY f.completed_on - f.started_on)
          FILTER (WHERE ${when} BETWEEN ${q.period.from}::date AND ${q.period.to}::date)::float8 AS median_days,
        count(*) FILTER (WHERE f.status = 'open' AND f.completed_on IS NULL AND f.due_on < ${q.today}::date)::int AS overdue
      FROM stats_procedure_steps f
      WHERE (${when} BETWEEN ${q.period.from}::date AND ${q.period.to}::date OR (f.status = 'open' AND f.due_on < ${q.today}::date)) AND ${q.dims}
      GROUP BY f.step_id`,
  );
  const table = listTable(
    {
      id: 'procedure-steps',
      title: { de: 'Fristen im beschleunigten Fachkräfteverfahren (§ 81a AufenthG)', en: 'Deadlines of the accelerated skilled-worker procedure (§ 81a AufenthG)' },
      description: {
        de: 'Schritte mit Fristende im Zeitraum (ohne zählbare Frist: erledigt oder begonnen im Zeitraum). Eingehalten: erledigt bis zum Fristende; Dauer vom Fristbeginn bis zur Erledigung. Überfällig: jetzt offen nach Fristende.',
        en: 'Steps whose deadline fell in the period (without a countable period: done or begun in it). Kept: done by the deadline; duration from the start of the period to completion. Overdue: open now after the deadline.',
      },
      chart: 'bar',
      columns: [
        col('steps', 'Schritte', 'Steps', 'count'),
        col('kept', 'Anteil Frist eingehalten', 'Share of deadlines kept', 'share'),
        col('medianDays', 'Median der Dauer (Tage)', 'Median duration (days)', 'days'),
        col('overdue', 'Jetzt überfällig', 'Overdue now', 'count'),
      ],
    },
    deadlineSteps.map((step) => {
      const row = result.find((candidate) => candidate.step_id === step.id);
      return {
        key: step.id,
        label: step.title,
        counts: { steps: row?.n ?? 0, overdue: row?.overdue ?? 0 },
        figures: { kept: share(row?.kept ?? 0, row?.decidable ?? 0), medianDays: figure(row?.median_days ?? null, row?.completed ?? 0, 1) },
      };
    }),
    { kept: share(result.reduce((sum, row) => sum + row.kept, 0), result.reduce((sum, row) => sum + row.decidable, 0)) },
  );
  return [table];
}
