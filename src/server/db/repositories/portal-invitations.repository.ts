import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { casePersons, cases, organisations, portalAccounts, portalInvitations } from '../schema';

export type PortalInvitationRow = typeof portalInvitations.$inferSelect;

export async function insertPortalInvitation(tx: Database, values: typeof portalInvitations.$inferInsert): Promise<PortalInvitationRow> {
  const [row] = await tx.insert(portalInvitations).values(values).returning();
  if (!row) throw new Error('invitation not stored');
  return row;
}

export function findInvitationsOfCase(db: Database, caseId: string): Promise<PortalInvitationRow[]> {
  return db.select().from(portalInvitations).where(eq(portalInvitations.caseId, caseId)).orderBy(desc(portalInvitations.createdAt));
}

export async function getInvitationOfCase(tx: Database, caseId: string, id: string): Promise<PortalInvitationRow | undefined> {
  const [row] = await tx
    .select()
    .from(portalInvitations)
    .where(and(eq(portalInvitations.id, id), eq(portalInvitations.caseId, caseId)))
    .limit(1)
    .for('update');
  return row;
}

/** The invitation behind a token hash with the first name of the person and the inviting organisation. */
export async function findInvitationByHash(db: Database, tokenHash: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select({ invitation: portalInvitations, givenName: casePersons.givenName, organisationName: organisations.name })
    .from(portalInvitations)
    .innerJoin(casePersons, eq(casePersons.id, portalInvitations.personId))
    .innerJoin(cases, eq(cases.id, portalInvitations.caseId))
    .innerJoin(organisations, eq(organisations.id, cases.ownerOrganisationId))
    .where(eq(portalInvitations.tokenHash, tokenHash))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: portalInvitations }) : await query;
  return row;
}

export async function updatePortalInvitation(tx: Database, id: string, changes: Partial<typeof portalInvitations.$inferInsert>): Promise<void> {
  await tx.update(portalInvitations).set(changes).where(eq(portalInvitations.id, id));
}

/** Pending invitations of a person run out when a new one is sent or the person gets access. */
export async function revokePendingInvitationsOfPerson(tx: Database, personId: string, now: Date): Promise<void> {
  await tx
    .update(portalInvitations)
    .set({ revokedAt: now })
    .where(and(eq(portalInvitations.personId, personId), isNull(portalInvitations.usedAt), isNull(portalInvitations.revokedAt)));
}

export function findPortalAccountsOfPersons(db: Database, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select({ personId: portalAccounts.personId, userId: portalAccounts.userId, createdAt: portalAccounts.createdAt })
    .from(portalAccounts)
    .where(inArray(portalAccounts.personId, [...personIds]));
}

/** The persons of a case, main person first. */
export function findPersonsOfCase(db: Database, caseId: string) {
  return db
    .select({
      id: casePersons.id,
      relation: casePersons.relation,
      givenName: casePersons.givenName,
      familyName: casePersons.familyName,
      birthDate: casePersons.birthDate,
      contact: casePersons.contact,
    })
    .from(casePersons)
    .where(eq(casePersons.caseId, caseId))
    .orderBy(casePersons.createdAt);
}
