import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client';
import { caseQualifications, organisations, users } from '../schema/index';

export type CaseQualificationRow = typeof caseQualifications.$inferSelect;
export type CaseQualificationInsert = typeof caseQualifications.$inferInsert;
export type CaseQualificationWithNames = CaseQualificationRow & { bodyOrganisationName: string | null; updatedByName: string | null };

/** The recorded qualifications of a case's persons, with the names of the deciding organisation and the last editor. */
export function findCaseQualifications(db: Database, caseId: string): Promise<CaseQualificationWithNames[]> {
  return db
    .select({ row: caseQualifications, bodyOrganisationName: organisations.name, updatedByName: users.name })
    .from(caseQualifications)
    .leftJoin(organisations, eq(organisations.id, caseQualifications.bodyOrganisationId))
    .leftJoin(users, eq(users.id, caseQualifications.updatedBy))
    .where(eq(caseQualifications.caseId, caseId))
    .then((rows) => rows.map(({ row, bodyOrganisationName, updatedByName }) => ({ ...row, bodyOrganisationName, updatedByName })));
}

export async function getCaseQualification(db: Database, personId: string): Promise<CaseQualificationRow | undefined> {
  const [row] = await db.select().from(caseQualifications).where(eq(caseQualifications.personId, personId)).limit(1);
  return row;
}

/** Inserts or replaces the qualification of one person. */
export async function upsertCaseQualification(tx: Database, values: CaseQualificationInsert): Promise<void> {
  const { personId: _personId, ...changes } = values;
  await tx.insert(caseQualifications).values(values).onConflictDoUpdate({ target: caseQualifications.personId, set: changes });
}

/** The kinds of organisation that decide on recognition. */
export const recognitionBodyKinds = ['recognition_body', 'chamber'] as const;

/** Active recognition bodies and chambers of the directory, by name. */
export function findRecognitionBodies(db: Database): Promise<{ id: string; name: string; kind: string }[]> {
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(and(eq(organisations.isActive, true), inArray(organisations.kind, [...recognitionBodyKinds])))
    .orderBy(asc(organisations.name));
}

/**
 * On erasure of a person: the file number (which leads back to them at the recognition body) is
 * cleared; type, country, reference occupation and outcome stay as codes for the steering figures.
 */
export async function clearQualificationIdentifiers(tx: Database, personId: string): Promise<void> {
  await tx.update(caseQualifications).set({ fileNumber: null }).where(eq(caseQualifications.personId, personId));
}
