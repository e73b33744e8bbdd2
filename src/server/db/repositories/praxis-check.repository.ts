import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { caseObstacles, obstacleReports, obstacleTextClearances, organisations, praxisCheckReports, praxisCheckVersions, statsObstacles, users } from '../schema/index';

export type PraxisCheckReportRow = typeof praxisCheckReports.$inferSelect;
export type PraxisCheckVersionRow = typeof praxisCheckVersions.$inferSelect;
export type PraxisCheckVersionWithNames = PraxisCheckVersionRow & { editedByName: string | null; publishedByName: string | null };

export function findPraxisCheckReports(db: Database): Promise<PraxisCheckReportRow[]> {
  return db.select().from(praxisCheckReports).orderBy(desc(praxisCheckReports.createdAt), asc(praxisCheckReports.id));
}

export async function findPraxisCheckReport(db: Database, id: string, options: { lock?: boolean } = {}): Promise<PraxisCheckReportRow | undefined> {
  const query = db.select().from(praxisCheckReports).where(eq(praxisCheckReports.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** The versions of the given reports, newest first, with the names of who edited and published them. */
export async function findPraxisCheckVersions(db: Database, reportIds: readonly string[]): Promise<PraxisCheckVersionWithNames[]> {
  if (reportIds.length === 0) return [];
  const rows = await db
    .select({
      version: praxisCheckVersions,
      editedByName: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${praxisCheckVersions.editedBy})`,
      publishedByName: sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${praxisCheckVersions.publishedBy})`,
    })
    .from(praxisCheckVersions)
    .where(inArray(praxisCheckVersions.reportId, [...reportIds]))
    .orderBy(asc(praxisCheckVersions.reportId), desc(praxisCheckVersions.version));
  return rows.map((row) => ({ ...row.version, editedByName: row.editedByName, publishedByName: row.publishedByName }));
}

export async function insertPraxisCheckReport(db: Database, row: typeof praxisCheckReports.$inferInsert): Promise<PraxisCheckReportRow> {
  const [inserted] = await db.insert(praxisCheckReports).values(row).returning();
  if (!inserted) throw new Error('praxis_check_reports: insert returned nothing');
  return inserted;
}

export async function insertPraxisCheckVersion(db: Database, row: typeof praxisCheckVersions.$inferInsert): Promise<void> {
  await db.insert(praxisCheckVersions).values(row);
}

export async function updatePraxisCheckVersion(
  db: Database,
  key: { reportId: string; version: number },
  changes: Partial<Pick<PraxisCheckVersionRow, 'sections' | 'status' | 'figures' | 'editedBy' | 'editedAt' | 'publishedBy' | 'publishedAt'>>,
): Promise<void> {
  await db
    .update(praxisCheckVersions)
    .set(changes)
    .where(and(eq(praxisCheckVersions.reportId, key.reportId), eq(praxisCheckVersions.version, key.version)));
}

export type ScopeFilter = { land?: string | undefined; authority?: string | undefined; title?: string | undefined; countryGroup?: string | undefined };

/** Half-open instants of a period of Berlin days: [from 00:00, day after `to` 00:00). */
const periodBounds = (period: { from: string; to: string }) => ({
  start: sql`(${period.from}::date)::timestamp at time zone 'Europe/Berlin'`,
  end: sql`((${period.to}::date + 1)::date)::timestamp at time zone 'Europe/Berlin'`,
});

/**
 * Case obstacles recorded in the period whose text a steering user cleared of personal data, with
 * the text as cleared. Filters other than the period need the case's dimensions from the fact table.
 */
export async function findClearedObstacleTexts(
  db: Database,
  period: { from: string; to: string },
  filter: ScopeFilter,
): Promise<{ category: string; text: string; createdAt: Date }[]> {
  const { start, end } = periodBounds(period);
  const conditions = [
    eq(obstacleTextClearances.decision, 'cleared'),
    sql`${obstacleTextClearances.clearedText} is not null and btrim(${obstacleTextClearances.clearedText}) <> ''`,
    gte(caseObstacles.createdAt, start),
    lt(caseObstacles.createdAt, end),
  ];
  if (filter.land) conditions.push(eq(statsObstacles.land, filter.land));
  if (filter.authority) conditions.push(eq(statsObstacles.authorityOrganisationId, filter.authority));
  if (filter.title) conditions.push(eq(statsObstacles.targetTitleId, filter.title));
  if (filter.countryGroup) conditions.push(eq(statsObstacles.countryGroup, filter.countryGroup));
  const rows = await db
    .select({ category: caseObstacles.category, text: obstacleTextClearances.clearedText, createdAt: caseObstacles.createdAt })
    .from(obstacleTextClearances)
    .innerJoin(caseObstacles, eq(caseObstacles.id, obstacleTextClearances.obstacleId))
    .leftJoin(statsObstacles, eq(statsObstacles.obstacleId, caseObstacles.id))
    .where(and(...conditions))
    .orderBy(asc(caseObstacles.category), asc(caseObstacles.createdAt), asc(caseObstacles.id));
  return rows.map((row) => ({ category: row.category, text: row.text ?? '', createdAt: row.createdAt }));
}

/**
 * Obstacles reported without a case and accepted by the steering body, reported in the period. A
 * Land filter applies through the reporting organisation; the other filters describe cases and do
 * not apply to these reports.
 */
export async function findAcceptedObstacleReports(
  db: Database,
  period: { from: string; to: string },
  filter: ScopeFilter,
): Promise<{ category: string; description: string; legalReference: string | null; createdAt: Date }[]> {
  const { start, end } = periodBounds(period);
  const conditions = [eq(obstacleReports.status, 'accepted'), gte(obstacleReports.createdAt, start), lt(obstacleReports.createdAt, end)];
  if (filter.land) conditions.push(eq(organisations.land, filter.land));
  return db
    .select({ category: obstacleReports.category, description: obstacleReports.description, legalReference: obstacleReports.legalReference, createdAt: obstacleReports.createdAt })
    .from(obstacleReports)
    .leftJoin(organisations, eq(organisations.id, obstacleReports.organisationId))
    .where(and(...conditions))
    .orderBy(asc(obstacleReports.category), asc(obstacleReports.createdAt), asc(obstacleReports.id));
}

/** Case obstacles of the period per category (from the fact table, with the scope's filters). */
export async function countObstaclesByCategory(db: Database, period: { from: string; to: string }, filter: ScopeFilter): Promise<Map<string, number>> {
  const { start, end } = periodBounds(period);
  const conditions = [gte(statsObstacles.createdAt, start), lt(statsObstacles.createdAt, end)];
  if (filter.land) conditions.push(eq(statsObstacles.land, filter.land));
  if (filter.authority) conditions.push(eq(statsObstacles.authorityOrganisationId, filter.authority));
  if (filter.title) conditions.push(eq(statsObstacles.targetTitleId, filter.title));
  if (filter.countryGroup) conditions.push(eq(statsObstacles.countryGroup, filter.countryGroup));
  const rows = await db
    .select({ category: statsObstacles.category, count: sql<number>`count(*)::int` })
    .from(statsObstacles)
    .where(and(...conditions))
    .groupBy(statsObstacles.category);
  return new Map(rows.map((row) => [row.category, Number(row.count)]));
}

export async function findOrganisationName(db: Database, id: string): Promise<string | null> {
  const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id));
  return row?.name ?? null;
}
