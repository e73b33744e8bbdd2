import { and, asc, count, desc, eq, inArray, isNull, max, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { caseDocuments, caseMessages, casePersons, cases, notifications, organisations, portalAccounts, portalInvitations, users } from '../schema/index';
import type { CaseScope } from '../../policies/case.policy';

export type MessageSide = 'person' | 'staff';
export type MessageRow = typeof caseMessages.$inferSelect;

export type ThreadMessage = MessageRow & {
  authorName: string | null;
  authorOrganisation: string | null;
  personName: string | null;
  attachment: { id: string; fileName: string; mediaType: string; sizeBytes: number } | null;
};

/** Messages of a case; with `personId`, only those of that person (a family member's own access). */
function threadFilter(caseId: string, personId: string | null): SQL {
  const ofCase = eq(caseMessages.caseId, caseId);
  return personId === null ? ofCase : (and(ofCase, eq(caseMessages.personId, personId)) as SQL);
}

/** The thread, oldest first, with who wrote each message and its attachment (unless deleted). */
export async function findThread(db: Database, caseId: string, personId: string | null): Promise<ThreadMessage[]> {
  const rows = await db
    .select({
      message: caseMessages,
      authorName: users.name,
      authorOrganisation: organisations.name,
      givenName: casePersons.givenName,
      familyName: casePersons.familyName,
      document: { id: caseDocuments.id, fileName: caseDocuments.fileName, mediaType: caseDocuments.mediaType, sizeBytes: caseDocuments.sizeBytes, deletedAt: caseDocuments.deletedAt },
    })
    .from(caseMessages)
    .leftJoin(users, eq(users.id, caseMessages.authorUserId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(casePersons, eq(casePersons.id, caseMessages.personId))
    .leftJoin(caseDocuments, eq(caseDocuments.id, caseMessages.documentId))
    .where(threadFilter(caseId, personId))
    .orderBy(asc(caseMessages.createdAt), asc(caseMessages.id))
    .limit(1_000);
  return rows.map((row) => ({
    ...row.message,
    authorName: row.authorName,
    authorOrganisation: row.authorOrganisation,
    personName: row.givenName === null ? null : `${row.givenName} ${row.familyName ?? ''}`.trim(),
    attachment: row.document && row.document.deletedAt === null ? { id: row.document.id, fileName: row.document.fileName, mediaType: row.document.mediaType, sizeBytes: row.document.sizeBytes } : null,
  }));
}

export async function insertMessage(tx: Database, values: typeof caseMessages.$inferInsert): Promise<MessageRow> {
  const [row] = await tx.insert(caseMessages).values(values).returning();
  if (!row) throw new Error('message insert returned no row');
  return row;
}

/** Read receipts: the unread messages the `writtenBy` side wrote in the (part of the) thread. */
export async function markThreadRead(tx: Database, caseId: string, personId: string | null, writtenBy: MessageSide, at: Date): Promise<number> {
  const rows = await tx
    .update(caseMessages)
    .set({ readAt: at })
    .where(and(threadFilter(caseId, personId), eq(caseMessages.side, writtenBy), isNull(caseMessages.readAt)))
    .returning({ id: caseMessages.id });
  return rows.length;
}

export async function countUnread(db: Database, caseId: string, personId: string | null, writtenBy: MessageSide): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(caseMessages)
    .where(and(threadFilter(caseId, personId), eq(caseMessages.side, writtenBy), isNull(caseMessages.readAt)));
  return row?.unread ?? 0;
}

/** Whether a message of the (part of the) thread carries this document as its attachment. */
export async function isThreadAttachment(db: Database, caseId: string, personId: string | null, documentId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: caseMessages.id })
    .from(caseMessages)
    .where(and(threadFilter(caseId, personId), eq(caseMessages.documentId, documentId)))
    .limit(1);
  return row !== undefined;
}

/** Unread messages of people in the cases of a staff scope, per case (newest first). */
export async function findStaffUnread(db: Database, scope: CaseScope) {
  const reachable = scope.staffOrganisationId === null ? eq(cases.navigatorUserId, scope.userId) : or(eq(cases.navigatorUserId, scope.userId), eq(cases.ownerOrganisationId, scope.staffOrganisationId));
  return db
    .select({ caseId: cases.id, reference: cases.reference, unread: count(), lastAt: max(caseMessages.createdAt) })
    .from(caseMessages)
    .innerJoin(cases, eq(cases.id, caseMessages.caseId))
    .where(and(reachable, eq(caseMessages.side, 'person'), isNull(caseMessages.readAt)))
    .groupBy(cases.id, cases.reference)
    .orderBy(desc(max(caseMessages.createdAt)))
    .limit(100);
}

/** The person of a case, when they belong to it. */
export async function findCasePersonRef(db: Database, caseId: string, personId: string) {
  const [row] = await db
    .select({ id: casePersons.id, relation: casePersons.relation })
    .from(casePersons)
    .where(and(eq(casePersons.caseId, caseId), eq(casePersons.id, personId)))
    .limit(1);
  return row;
}

export async function findMainPersonId(db: Database, caseId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: casePersons.id })
    .from(casePersons)
    .where(and(eq(casePersons.caseId, caseId), eq(casePersons.relation, 'main')))
    .limit(1);
  return row?.id ?? null;
}

/**
 * The portal accounts that see messages for a person: that person's own account and the main
 * person's (who sees the whole family), with e-mail and the language of their invitation.
 */
export async function findPortalRecipients(db: Database, caseId: string, personId: string | null) {
  const persons = personId === null ? eq(casePersons.relation, 'main') : or(eq(casePersons.id, personId), eq(casePersons.relation, 'main'));
  const accounts = await db
    .select({ userId: users.id, email: users.email, locale: users.locale, personId: portalAccounts.personId })
    .from(portalAccounts)
    .innerJoin(casePersons, eq(casePersons.id, portalAccounts.personId))
    .innerJoin(users, eq(users.id, portalAccounts.userId))
    .where(and(eq(portalAccounts.caseId, caseId), eq(users.isActive, true), persons));
  if (accounts.length === 0) return [];
  const invitations = await db
    .select({ personId: portalInvitations.personId, language: portalInvitations.language })
    .from(portalInvitations)
    .where(and(eq(portalInvitations.caseId, caseId), inArray(portalInvitations.personId, accounts.map((account) => account.personId))))
    .orderBy(desc(portalInvitations.createdAt));
  return accounts.map((account) => ({ ...account, invitationLanguage: invitations.find((row) => row.personId === account.personId)?.language ?? null }));
}

/** Active case staff of an organisation (when the case has no navigator). */
export function findCaseStaffOf(db: Database, organisationId: string) {
  return db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.isActive, true), sql`${users.roles} && array['caseworker','navigator']::text[]`));
}

/** The staff member's "new message" notifications of a case, read once they opened its thread. */
export async function markMessageNotificationsRead(tx: Database, userId: string, caseId: string, at: Date): Promise<void> {
  await tx
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'message.received'), isNull(notifications.readAt), sql`${notifications.data}->>'caseId' = ${caseId}`));
}
