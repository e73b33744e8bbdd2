import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { caseOrganisations, cases } from '../schema/index';

export type CaseRow = typeof cases.$inferSelect;
export type CaseInsert = typeof cases.$inferInsert;
type CaseChanges = Partial<Omit<CaseInsert, 'id' | 'reference' | 'ownerOrganisationId' | 'createdAt' | 'createdBy' | 'version'>>;

export type OrganisationRef = { id: string; name: string; kind: string };
export type UserRef = { id: string; name: string };

/** A case row with the names a response shows next to its ids. */
export type CaseHeader = CaseRow & { owner: OrganisationRef; employer: OrganisationRef | null; navigator: UserRef | null };

/** The next number of the case reference sequence (`RN-<year>-<number>`). */
export async function nextCaseNumber(tx: Database): Promise<number> {
  const result = (await tx.execute(sql`SELECT nextval('case_reference_seq') AS n`)) as unknown as { rows: { n: string | number }[] };
  const value = Number(result.rows[0]?.n);
  if (!Number.isSafeInteger(value)) throw new Error('case reference sequence returned no number');
  return value;
}

export async function insertCase(tx: Database, values: CaseInsert): Promise<CaseRow> {
  const [row] = await tx.insert(cases).values(values).returning();
  if (!row) throw new Error('case insert returned no row');
  return row;
}

/** The case row; `forUpdate` locks it until the transaction ends (every change takes this lock first). */
export async function getCaseRow(db: Database, id: string, options: { forUpdate?: boolean } = {}): Promise<CaseRow | undefined> {
  const query = db.select().from(cases).where(eq(cases.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/**
 * Applies changes and counts the version up, only if the row still has `expectedVersion`:
 * undefined means someone else changed it first (the caller answers 409).
 */
export async function updateCaseVersioned(
  tx: Database,
  id: string,
  expectedVersion: number,
  changes: CaseChanges,
): Promise<CaseRow | undefined> {
  const [row] = await tx
    .update(cases)
    .set({ ...changes, version: sql`${cases.version} + 1` })
    .where(and(eq(cases.id, id), eq(cases.version, expectedVersion)))
    .returning();
  return row;
}

/** Marks activity on the case (list sort "updated") without changing its version. */
export async function touchCase(tx: Database, id: string, at: Date): Promise<void> {
  await tx.update(cases).set({ updatedAt: at }).where(eq(cases.id, id));
}

/** Records that an organisation takes part in a case; repeating it changes nothing. */
export async function addCaseOrganisation(
  tx: Database,
  values: { caseId: string; organisationId: string; role: 'owner' | 'navigator' | 'employer'; addedAt: Date },
): Promise<void> {
  await tx.insert(caseOrganisations).values(values).onConflictDoNothing();
}
