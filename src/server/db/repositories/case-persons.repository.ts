import { and, eq, getTableColumns } from 'drizzle-orm';
import type { Database } from '../client';
import { casePersons } from '../schema/index';

export type CasePersonRow = Omit<typeof casePersons.$inferSelect, 'search'>;
export type CasePersonInsert = Omit<typeof casePersons.$inferInsert, 'search'>;
export type CasePersonChanges = Partial<Pick<CasePersonInsert, 'stage' | 'stageBeforeClosing' | 'closeReason' | 'targetTitleId'>>;

// The generated search vector is an index helper, never part of a result.
const { search: _search, ...personColumns } = getTableColumns(casePersons);

export async function insertCasePerson(tx: Database, values: CasePersonInsert): Promise<CasePersonRow> {
  const [row] = await tx.insert(casePersons).values(values).returning(personColumns);
  if (!row) throw new Error('case person insert returned no row');
  return row;
}

export async function getCasePerson(
  db: Database,
  caseId: string,
  personId: string,
  options: { forUpdate?: boolean } = {},
): Promise<CasePersonRow | undefined> {
  const query = db
    .select(personColumns)
    .from(casePersons)
    .where(and(eq(casePersons.caseId, caseId), eq(casePersons.id, personId)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateCasePerson(tx: Database, personId: string, changes: CasePersonChanges): Promise<CasePersonRow> {
  const [row] = await tx.update(casePersons).set(changes).where(eq(casePersons.id, personId)).returning(personColumns);
  if (!row) throw new Error('case person update returned no row');
  return row;
}

/** The main person's journey is the case's: kept equal whenever the case stage moves. */
export async function updateMainPersonJourney(tx: Database, caseId: string, changes: CasePersonChanges): Promise<void> {
  await tx
    .update(casePersons)
    .set(changes)
    .where(and(eq(casePersons.caseId, caseId), eq(casePersons.relation, 'main')));
}
