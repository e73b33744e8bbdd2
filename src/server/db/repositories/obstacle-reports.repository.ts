import { asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { obstacleReports, obstacleTextClearances, organisations } from '../schema/index';

/**
 * Obstacles reported without a case, their moderation, and the clearance of case obstacles'
 * free texts. The dimensions of a case obstacle are read live from the case tables (the review
 * list must show a text as soon as it is written), with the same rules as the steering facts.
 */

export type ObstacleReportRow = {
  id: string;
  category: string;
  description: string;
  legalReference: string | null;
  organisationName: string | null;
  status: string;
  moderationReason: string | null;
  moderatedAt: Date | null;
  createdAt: Date;
};

const reportColumns = {
  id: obstacleReports.id,
  category: obstacleReports.category,
  description: obstacleReports.description,
  legalReference: obstacleReports.legalReference,
  organisationName: organisations.name,
  status: obstacleReports.status,
  moderationReason: obstacleReports.moderationReason,
  moderatedAt: obstacleReports.moderatedAt,
  createdAt: obstacleReports.createdAt,
};

export async function insertObstacleReport(
  db: Database,
  values: { category: string; description: string; legalReference: string | null; reportedBy: string; organisationId: string | null; createdAt: Date },
): Promise<string> {
  const [row] = await db.insert(obstacleReports).values({ ...values, status: 'pending' }).returning({ id: obstacleReports.id });
  if (!row) throw new Error('insertObstacleReport: no row returned');
  return row.id;
}

export function findObstacleReports(db: Database, status: string | undefined): Promise<ObstacleReportRow[]> {
  return db
    .select(reportColumns)
    .from(obstacleReports)
    .leftJoin(organisations, eq(organisations.id, obstacleReports.organisationId))
    .where(status === undefined ? undefined : eq(obstacleReports.status, status))
    .orderBy(desc(obstacleReports.createdAt), asc(obstacleReports.id));
}

export async function getObstacleReport(db: Database, id: string, options: { forUpdate?: boolean } = {}): Promise<ObstacleReportRow | null> {
  const query = db
    .select(reportColumns)
    .from(obstacleReports)
    .leftJoin(organisations, eq(organisations.id, obstacleReports.organisationId))
    .where(eq(obstacleReports.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: obstacleReports }) : await query;
  return row ?? null;
}

export async function setObstacleReportDecision(
  db: Database,
  id: string,
  values: { status: string; moderationReason: string | null; moderatedBy: string; moderatedAt: Date },
): Promise<void> {
  await db.update(obstacleReports).set(values).where(eq(obstacleReports.id, id));
}

/** The responsible Ausländerbehörde of case `c` (HELPERS: §81a procedure, owner if an ABH, else the recorded authority). */
const authorityOf = sql`coalesce(
  (SELECT p.abh_organisation_id FROM accelerated_procedures p WHERE p.case_id = c.id),
  (SELECT own.id FROM organisations own WHERE own.id = c.owner_organisation_id AND own.kind = 'abh'),
  (SELECT co.organisation_id FROM case_organisations co WHERE co.case_id = c.id AND co.role = 'authority' ORDER BY co.added_at, co.organisation_id LIMIT 1)
)`;

/** The journey stage of the case when obstacle `o` was recorded (the last move before it, else the first stage). */
const stageAtRecording = sql`coalesce(
  (SELECT e.data->>'to' FROM case_events e WHERE e.case_id = o.case_id AND e.type = 'stage_changed' AND e.at <= o.created_at ORDER BY e.at DESC, e.id DESC LIMIT 1),
  (SELECT e.data->>'from' FROM case_events e WHERE e.case_id = o.case_id AND e.type = 'stage_changed' ORDER BY e.at, e.id LIMIT 1),
  c.stage
)`;

const isoInstant = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Case obstacles with their dimensions; never the case id, reference or a person. */
const obstacleFacts = sql`
  SELECT o.id AS obstacle_id, o.category, o.text, o.created_at,
         ${stageAtRecording} AS stage,
         ${authorityOf} AS authority_id,
         (SELECT own.land FROM organisations own WHERE own.id = c.owner_organisation_id) AS owner_land
  FROM case_obstacles o JOIN cases c ON c.id = o.case_id`;

export type ObstacleTextRow = {
  obstacleId: string;
  category: string;
  stage: string;
  authorityName: string | null;
  month: string;
  text: string;
  decision: string | null;
  clearedText: string | null;
  decidedAt: string | null;
};

async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Case obstacles with a free text, for review: `open` (no decision yet), `cleared` or `withheld`; newest first. */
export function findObstacleTexts(db: Database, filter: { status?: string | undefined; obstacleId?: string }): Promise<ObstacleTextRow[]> {
  const conditions: SQL[] = [sql`f.text IS NOT NULL`, sql`btrim(f.text) <> ''`];
  if (filter.status === 'open') conditions.push(sql`cl.decision IS NULL`);
  else if (filter.status !== undefined) conditions.push(sql`cl.decision = ${filter.status}`);
  if (filter.obstacleId !== undefined) conditions.push(sql`f.obstacle_id = ${filter.obstacleId}`);
  return rowsOf<ObstacleTextRow>(
    db,
    sql`WITH f AS (${obstacleFacts})
      SELECT f.obstacle_id AS "obstacleId", f.category, f.stage, a.name AS "authorityName",
             to_char(f.created_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month, f.text,
             cl.decision, cl.cleared_text AS "clearedText", ${isoInstant(sql`cl.decided_at`)} AS "decidedAt"
      FROM f
      LEFT JOIN organisations a ON a.id = f.authority_id
      LEFT JOIN obstacle_text_clearances cl ON cl.obstacle_id = f.obstacle_id
      WHERE ${sql.join(conditions, sql` AND `)}
      ORDER BY f.created_at DESC, f.obstacle_id
      LIMIT 500`,
  );
}

export async function upsertObstacleTextClearance(
  db: Database,
  values: { obstacleId: string; decision: string; clearedText: string | null; decidedBy: string; decidedAt: Date },
): Promise<void> {
  await db
    .insert(obstacleTextClearances)
    .values(values)
    .onConflictDoUpdate({
      target: obstacleTextClearances.obstacleId,
      set: { decision: values.decision, clearedText: values.clearedText, decidedBy: values.decidedBy, decidedAt: values.decidedAt },
    });
}

export type PracticeSelection = {
  from: string;
  to: string;
  category?: string | undefined;
  land?: string | undefined;
  /** The responsible authority of the case; for reports, the reporter's organisation. */
  authority?: string | undefined;
};

const periodOf = (column: SQL, selection: PracticeSelection) =>
  sql`${column} >= (${selection.from}::date::timestamp AT TIME ZONE 'Europe/Berlin') AND ${column} < ((${selection.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`;

function caseConditions(selection: PracticeSelection): SQL {
  const conditions: SQL[] = [periodOf(sql`f.created_at`, selection)];
  if (selection.category !== undefined) conditions.push(sql`f.category = ${selection.category}`);
  if (selection.authority !== undefined) conditions.push(sql`f.authority_id = ${selection.authority}`);
  if (selection.land !== undefined) conditions.push(sql`coalesce(a.land, f.owner_land) = ${selection.land}`);
  return sql.join(conditions, sql` AND `);
}

function reportConditions(selection: PracticeSelection): SQL {
  const conditions: SQL[] = [sql`r.status = 'accepted'`, periodOf(sql`r.created_at`, selection)];
  if (selection.category !== undefined) conditions.push(sql`r.category = ${selection.category}`);
  if (selection.authority !== undefined) conditions.push(sql`r.organisation_id = ${selection.authority}`);
  if (selection.land !== undefined) conditions.push(sql`org.land = ${selection.land}`);
  return sql.join(conditions, sql` AND `);
}

/** How many obstacles (case obstacles and accepted reports) of each category the selection holds. */
export async function countObstaclesByCategory(db: Database, selection: PracticeSelection): Promise<Map<string, number>> {
  const rows = await rowsOf<{ category: string; count: number | string }>(
    db,
    sql`WITH f AS (${obstacleFacts}),
      cases AS (SELECT f.category FROM f LEFT JOIN organisations a ON a.id = f.authority_id WHERE ${caseConditions(selection)}),
      reports AS (SELECT r.category FROM obstacle_reports r LEFT JOIN organisations org ON org.id = r.organisation_id WHERE ${reportConditions(selection)})
      SELECT category, count(*)::int AS count FROM (SELECT category FROM cases UNION ALL SELECT category FROM reports) x GROUP BY category`,
  );
  return new Map(rows.map((row) => [row.category, Number(row.count)]));
}

export type PracticeDescriptionRow = {
  source: 'case' | 'report';
  category: string;
  text: string;
  month: string;
  stage: string | null;
  legalReference: string | null;
};

/** Cleared case texts and accepted reports of the selection, newest first; never an uncleared text. */
export function findPracticeDescriptions(db: Database, selection: PracticeSelection): Promise<PracticeDescriptionRow[]> {
  return rowsOf<PracticeDescriptionRow>(
    db,
    sql`WITH f AS (${obstacleFacts})
      SELECT * FROM (
        SELECT 'case' AS source, f.category, cl.cleared_text AS text, to_char(f.created_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month,
               f.stage, NULL AS "legalReference", f.created_at AS at
        FROM f
        JOIN obstacle_text_clearances cl ON cl.obstacle_id = f.obstacle_id AND cl.decision = 'cleared' AND cl.cleared_text IS NOT NULL
        LEFT JOIN organisations a ON a.id = f.authority_id
        WHERE ${caseConditions(selection)}
        UNION ALL
        SELECT 'report' AS source, r.category, r.description AS text, to_char(r.created_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM') AS month,
               NULL AS stage, r.legal_reference AS "legalReference", r.created_at AS at
        FROM obstacle_reports r LEFT JOIN organisations org ON org.id = r.organisation_id
        WHERE ${reportConditions(selection)}
      ) x
      ORDER BY at DESC, text
      LIMIT 1000`,
  );
}
