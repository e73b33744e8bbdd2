import { and, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { casePersons, portalAccounts } from '../schema';

export type PortalAccount = { userId: string; caseId: string; personId: string; relation: string };

/** The case person an applicant account is linked to (ADR 0016), or undefined. */
export async function findPortalAccount(db: Database, userId: string): Promise<PortalAccount | undefined> {
  const [row] = await db
    .select({ userId: portalAccounts.userId, caseId: portalAccounts.caseId, personId: portalAccounts.personId, relation: casePersons.relation })
    .from(portalAccounts)
    .innerJoin(casePersons, eq(casePersons.id, portalAccounts.personId))
    .where(eq(portalAccounts.userId, userId))
    .limit(1);
  return row;
}

export async function insertPortalAccount(db: Database, values: typeof portalAccounts.$inferInsert): Promise<void> {
  await db.insert(portalAccounts).values(values).onConflictDoNothing();
}

/** The main person of the demo applicant's case, found by the fixed demo name (demo seed only). */
export async function findDemoMainPerson(db: Database, givenName: string, familyName: string) {
  const [row] = await db
    .select({ id: casePersons.id, caseId: casePersons.caseId })
    .from(casePersons)
    .where(and(eq(casePersons.givenName, givenName), eq(casePersons.familyName, familyName), eq(casePersons.relation, 'main')))
    .limit(1);
  return row;
}
