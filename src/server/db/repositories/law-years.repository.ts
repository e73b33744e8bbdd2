import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { lawYears, users } from '../schema/index';

export type LawYearRow = {
  year: number;
  figures: unknown;
  enteredBy: string | null;
  enteredByName: string | null;
  enteredAt: Date;
  revision: number;
  note: string | null;
};

/** Every entered year, oldest first, with the name of the person who entered it. */
export function listLawYears(db: Database): Promise<LawYearRow[]> {
  return db
    .select({
      year: lawYears.year,
      figures: lawYears.figures,
      enteredBy: lawYears.enteredBy,
      enteredByName: users.name,
      enteredAt: lawYears.enteredAt,
      revision: lawYears.revision,
      note: lawYears.note,
    })
    .from(lawYears)
    .leftJoin(users, eq(users.id, lawYears.enteredBy))
    .orderBy(asc(lawYears.year));
}

/** A short fingerprint of the table ("2027:1,2028:3"): changes whenever a year is entered or changed. */
export async function lawYearsStamp(db: Database): Promise<string> {
  const result = (await db.execute(
    sql`SELECT string_agg(year::text || ':' || revision::text, ',' ORDER BY year) AS stamp FROM law_years`,
  )) as unknown as { rows: { stamp: string | null }[] };
  return result.rows[0]?.stamp ?? '';
}

/** The row of a year, locked for the rest of the transaction. */
export async function lockLawYear(tx: Database, year: number): Promise<{ revision: number } | undefined> {
  const [row] = await tx.select({ revision: lawYears.revision }).from(lawYears).where(eq(lawYears.year, year)).for('update');
  return row;
}

/** Inserts a year or replaces its figures, counting the revision up. */
export async function saveLawYear(
  tx: Database,
  values: { year: number; figures: unknown; enteredBy: string | null; enteredAt: Date; note: string | null },
): Promise<number> {
  const [row] = await tx
    .insert(lawYears)
    .values({ ...values, revision: 1 })
    .onConflictDoUpdate({
      target: lawYears.year,
      set: { figures: values.figures, enteredBy: values.enteredBy, enteredAt: values.enteredAt, note: values.note, revision: sql`${lawYears.revision} + 1` },
    })
    .returning({ revision: lawYears.revision });
  return row?.revision ?? 1;
}
