import { desc, eq, sql, type SQL } from 'drizzle-orm';
import type { ShortageRow } from '../../../domain/steering/index';
import type { Database } from '../client';
import { shortageImports, shortageOccupations, users } from '../schema/index';

export type ShortageImportRow = {
  id: string;
  source: string;
  fileName: string;
  isDemo: boolean;
  rowCount: number;
  importedAt: Date;
  importedByName: string | null;
  shortageCount: number;
  years: number[];
  regions: string[];
};

/** Writes one import and its rows (the caller's transaction). */
export async function insertShortageImport(
  tx: Database,
  values: { source: string; fileName: string; isDemo: boolean; importedBy: string | null; importedAt: Date },
  rows: readonly ShortageRow[],
): Promise<string> {
  const [created] = await tx
    .insert(shortageImports)
    .values({ ...values, rowCount: rows.length })
    .returning({ id: shortageImports.id });
  if (!created) throw new Error('shortage import: insert returned no row');
  // Chunks keep the statement's parameter count far below PostgreSQL's limit.
  for (let start = 0; start < rows.length; start += 500) {
    await tx.insert(shortageOccupations).values(
      rows.slice(start, start + 500).map((row) => ({
        importId: created.id,
        kldb: row.kldb,
        occupationName: row.occupationName,
        level: row.level,
        score: row.score.toFixed(2),
        isShortage: row.isShortage,
        year: row.year,
        region: row.region,
      })),
    );
  }
  return created.id;
}

/** Every import with its summary, newest first. */
export function findShortageImports(db: Database, where?: SQL): Promise<ShortageImportRow[]> {
  return db
    .select({
      id: shortageImports.id,
      source: shortageImports.source,
      fileName: shortageImports.fileName,
      isDemo: shortageImports.isDemo,
      rowCount: shortageImports.rowCount,
      importedAt: shortageImports.importedAt,
      importedByName: users.name,
      shortageCount: sql<number>`(SELECT count(*)::int FROM shortage_occupations o WHERE o.import_id = ${shortageImports.id} AND o.is_shortage)`.mapWith(Number),
      years: sql<number[]>`coalesce((SELECT array_agg(DISTINCT o.year ORDER BY o.year) FROM shortage_occupations o WHERE o.import_id = ${shortageImports.id}), '{}')`,
      regions: sql<string[]>`coalesce((SELECT array_agg(DISTINCT o.region ORDER BY o.region) FROM shortage_occupations o WHERE o.import_id = ${shortageImports.id}), '{}')`,
    })
    .from(shortageImports)
    .leftJoin(users, eq(users.id, shortageImports.importedBy))
    .where(where)
    .orderBy(desc(shortageImports.importedAt), desc(shortageImports.id));
}

/** The newest import (the one the view uses), or null. */
export async function findCurrentShortageImport(db: Database): Promise<ShortageImportRow | null> {
  const [newest] = await db.select({ id: shortageImports.id }).from(shortageImports).orderBy(desc(shortageImports.importedAt), desc(shortageImports.id)).limit(1);
  if (!newest) return null;
  return (await findShortageImports(db, eq(shortageImports.id, newest.id)))[0] ?? null;
}

/** Deletes an import and its rows; false when there was none. */
export async function deleteShortageImport(tx: Database, id: string): Promise<{ source: string; rowCount: number; isDemo: boolean } | null> {
  const [deleted] = await tx
    .delete(shortageImports)
    .where(eq(shortageImports.id, id))
    .returning({ source: shortageImports.source, rowCount: shortageImports.rowCount, isDemo: shortageImports.isDemo });
  return deleted ?? null;
}

/** Whether any import is demo data (the demo seed imports only when there is none). */
export async function hasDemoShortageImport(db: Database): Promise<boolean> {
  const [row] = await db.select({ id: shortageImports.id }).from(shortageImports).where(eq(shortageImports.isDemo, true)).limit(1);
  return row !== undefined;
}

/** One occupation of an import, for matching: the newest year; of several regions, the first by name. */
export type ShortageRating = { kldb: string; occupationName: string; level: number; score: number; isShortage: boolean; year: number; region: string };

export async function findShortageRatings(db: Database, importId: string): Promise<ShortageRating[]> {
  const rows = await db.execute(sql`
    SELECT DISTINCT ON (kldb) kldb, occupation_name, level, score::float8 AS score, is_shortage, year, region
    FROM shortage_occupations WHERE import_id = ${importId}
    ORDER BY kldb, year DESC, region ASC`);
  return (rows as unknown as { rows: Record<string, unknown>[] }).rows.map((row) => ({
    kldb: String(row.kldb),
    occupationName: String(row.occupation_name),
    level: Number(row.level),
    score: Number(row.score),
    isShortage: row.is_shortage === true,
    year: Number(row.year),
    region: String(row.region),
  }));
}

export type RecognitionCountRow = { kldb: string | null; referenceName: string | null; country: string | null; outcome: 'full' | 'partial'; count: number };

/**
 * People with full or partial recognition per reference occupation and country of qualification.
 * Filters on the case: responsible Ausländerbehörde (the §81a procedure's, the owner if an ABH,
 * else the one recorded with role `authority`), its Land, the target title; on the
 * qualification: the countries (a country group), the decision date in the period.
 */
export async function countRecognitions(
  db: Database,
  filter: {
    from: string;
    to: string;
    authorityId?: string | undefined;
    land?: string | undefined;
    title?: string | undefined;
    countries?: { codes: readonly string[]; negate: boolean } | undefined;
    outcomes: readonly ('full' | 'partial')[];
  },
): Promise<RecognitionCountRow[]> {
  const conditions: SQL[] = [
    sql`q.outcome IN (${sql.join(
      filter.outcomes.map((outcome) => sql`${outcome}`),
      sql`, `,
    )})`,
    sql`coalesce(q.decided_on, (q.updated_at AT TIME ZONE 'Europe/Berlin')::date) BETWEEN ${filter.from}::date AND ${filter.to}::date`,
  ];
  if (filter.authorityId) conditions.push(sql`a.authority_id = ${filter.authorityId}::uuid`);
  if (filter.land) conditions.push(sql`ao.land = ${filter.land}`);
  if (filter.title) conditions.push(sql`c.target_title_id = ${filter.title}`);
  if (filter.countries) {
    const list = filter.countries.codes.length === 0 ? sql`NULL` : sql.join(filter.countries.codes.map((code) => sql`${code}`), sql`, `);
    conditions.push(filter.countries.negate ? sql`(q.country IS NULL OR q.country NOT IN (${list}))` : sql`q.country IN (${list})`);
  }
  const result = await db.execute(sql`
    SELECT q.reference_kldb AS kldb, min(q.reference_name) AS reference_name, q.country, q.outcome, count(*)::int AS count
    FROM case_qualifications q
    JOIN cases c ON c.id = q.case_id
    CROSS JOIN LATERAL (
      SELECT coalesce(
        (SELECT p.abh_organisation_id FROM accelerated_procedures p WHERE p.case_id = c.id),
        (SELECT o.id FROM organisations o WHERE o.id = c.owner_organisation_id AND o.kind = 'abh'),
        (SELECT co.organisation_id FROM case_organisations co WHERE co.case_id = c.id AND co.role = 'authority' ORDER BY co.organisation_id LIMIT 1)
      ) AS authority_id
    ) a
    LEFT JOIN organisations ao ON ao.id = a.authority_id
    WHERE ${sql.join(conditions, sql` AND `)}
    GROUP BY q.reference_kldb, q.country, q.outcome`);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((row) => ({
    kldb: row.kldb === null ? null : String(row.kldb),
    referenceName: row.reference_name === null ? null : String(row.reference_name),
    country: row.country === null ? null : String(row.country),
    outcome: row.outcome === 'full' ? 'full' : 'partial',
    count: Number(row.count),
  }));
}
