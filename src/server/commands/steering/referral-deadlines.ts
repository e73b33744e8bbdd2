/**
 * The 48-hour rule: referrals sent in the period, per receiving organisation and per purpose —
 * how many, the share answered by the deadline, the median answer time, how many are overdue
 * now and how many were escalated.
 */
import { sql } from 'drizzle-orm';
import type { StatsTable } from '../../../contract/steering';
import { referralPurposes, type ReferralPurpose } from '../../../domain/consent/vocabulary';
import { purposeName, type Bilingual } from './labels';
import { inPeriod, rows, type FactQuery } from './scope';
import { col, figure, listTable, share, type ListRow } from './tables';

type Row = {
  organisation: string | null;
  name: string | null;
  purpose: string | null;
  n: number;
  decidable: number;
  on_time: number;
  answered: number;
  median_hours: number | null;
  overdue: number;
  escalated: number;
};

const columns = [
  col('referrals', 'Weiterleitungen', 'Referrals', 'count'),
  col('onTime', 'Anteil fristgerecht beantwortet', 'Share answered on time', 'share'),
  col('medianHours', 'Median der Antwortzeit (Stunden)', 'Median answer time (hours)', 'hours'),
  col('overdue', 'Jetzt überfällig', 'Overdue now', 'count'),
  col('escalated', 'Eskaliert', 'Escalated', 'count'),
];

const description: Bilingual = {
  de: 'Im Zeitraum gesendete Weiterleitungen. Fristgerecht: Antwort bis zum Fristende, gezählt über die beantworteten und die abgelaufenen; Median über mindestens 5 Antworten.',
  en: 'Referrals sent in the period. On time: answered by the deadline, counted over those answered or past their deadline; median over at least 5 answers.',
};

const toListRow = (key: string, label: Bilingual, row: Row | undefined): ListRow => ({
  key,
  label,
  counts: { referrals: row?.n ?? 0, overdue: row?.overdue ?? 0, escalated: row?.escalated ?? 0 },
  figures: { onTime: share(row?.on_time ?? 0, row?.decidable ?? 0), medianHours: figure(row?.median_hours ?? null, row?.answered ?? 0, 1) },
});

export async function referralDeadlineTables(q: FactQuery): Promise<StatsTable[]> {
  const now = q.now.toISOString();
  const result = await rows<Row>(
    q,
    sql`SELECT f.to_organisation_id::text AS organisation, min(o.name) AS name, f.purpose, count(*)::int AS n,
        count(*) FILTER (WHERE f.state <> 'revoked' AND (f.answered_at IS NOT NULL OR f.due_at < ${now}::timestamptz))::int AS decidable,
        count(*) FILTER (WHERE f.state <> 'revoked' AND f.answered_at <= f.due_at)::int AS on_time,
        count(f.answered_at)::int AS answered,
        percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM f.answered_at - f.sent_at) / 3600)::float8 AS median_hours,
        count(*) FILTER (WHERE f.answered_at IS NULL AND f.state IN ('open', 'accepted') AND f.due_at < ${now}::timestamptz)::int AS overdue,
        count(*) FILTER (WHERE f.escalated)::int AS escalated
      FROM stats_referrals f JOIN organisations o ON o.id = f.to_organisation_id
      WHERE ${inPeriod(sql`f.sent_at`, q.period)} AND ${q.dims}
      GROUP BY GROUPING SETS ((f.to_organisation_id), (f.purpose))`,
  );
  const purposeRows = result.filter((row) => row.organisation === null);
  const totals = { onTime: share(purposeRows.reduce((sum, row) => sum + row.on_time, 0), purposeRows.reduce((sum, row) => sum + row.decidable, 0)) };
  const organisations = result.filter((row) => row.organisation !== null).sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'de'));
  const byOrganisation = listTable(
    {
      id: 'referrals-by-organisation',
      title: { de: 'Weiterleitungen nach empfangender Organisation', en: 'Referrals by receiving organisation' },
      description,
      chart: 'bar',
      columns,
    },
    organisations.map((row) => toListRow(row.organisation!, { de: row.name ?? '', en: row.name ?? '' }, row)),
    totals,
  );
  const isPurpose = (value: string | null): value is ReferralPurpose => (referralPurposes as readonly (string | null)[]).includes(value);
  const byPurpose = listTable(
    { id: 'referrals-by-purpose', title: { de: 'Weiterleitungen nach Anlass', en: 'Referrals by purpose' }, description, chart: 'bar', columns },
    referralPurposes.map((purpose) => toListRow(purpose, purposeName(purpose), result.find((row) => row.organisation === null && isPurpose(row.purpose) && row.purpose === purpose))),
    totals,
  );
  return [byOrganisation, byPurpose];
}
