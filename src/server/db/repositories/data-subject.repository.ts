import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import {
  auditLog,
  caseDocuments,
  caseNotes,
  caseObstacles,
  casePersons,
  caseTasks,
  cases,
  consents,
  legalHolds,
  organisations,
  personErasures,
  referralEvents,
  referrals,
  users,
} from '../schema/index';

/** Reads and changes behind the data-subject rights (Art. 15 export, Art. 17 erasure, legal hold, retention). */

export const ANONYMISED = '[anonymisiert]';

export async function getActiveLegalHold(db: Database, caseId: string) {
  const [row] = await db
    .select()
    .from(legalHolds)
    .where(and(eq(legalHolds.caseId, caseId), isNull(legalHolds.releasedAt)))
    .orderBy(desc(legalHolds.setAt))
    .limit(1);
  return row;
}

export async function insertLegalHold(tx: Database, values: typeof legalHolds.$inferInsert) {
  const [row] = await tx.insert(legalHolds).values(values).returning();
  if (!row) throw new Error('legal hold insert returned no row');
  return row;
}

export async function releaseLegalHolds(tx: Database, caseId: string, at: Date, byUserId: string): Promise<number> {
  const rows = await tx
    .update(legalHolds)
    .set({ releasedAt: at, releasedBy: byUserId })
    .where(and(eq(legalHolds.caseId, caseId), isNull(legalHolds.releasedAt)))
    .returning({ id: legalHolds.id });
  return rows.length;
}

export async function getErasure(db: Database, personId: string) {
  const [row] = await db.select().from(personErasures).where(eq(personErasures.personId, personId)).limit(1);
  return row;
}

/** Everything stored about one person of a case, for the Art. 15 export. */
export async function loadPersonData(db: Database, caseId: string, personId: string) {
  const [person] = await db
    .select({
      id: casePersons.id,
      relation: casePersons.relation,
      givenName: casePersons.givenName,
      familyName: casePersons.familyName,
      birthDate: casePersons.birthDate,
      citizenship: casePersons.citizenship,
      contact: casePersons.contact,
      languages: casePersons.languages,
      stage: casePersons.stage,
      targetTitleId: casePersons.targetTitleId,
      createdAt: casePersons.createdAt,
    })
    .from(casePersons)
    .where(and(eq(casePersons.caseId, caseId), eq(casePersons.id, personId)))
    .limit(1);
  if (!person) return undefined;
  const isMain = person.relation === 'main';
  const [header] = await db
    .select({ reference: cases.reference, stage: cases.stage, createdAt: cases.createdAt, updatedAt: cases.updatedAt, owner: organisations.name, targetTitleId: cases.targetTitleId, job: cases.job, evaluation: cases.evaluation })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.ownerOrganisationId))
    .where(eq(cases.id, caseId))
    .limit(1);
  const documents = await db
    .select({ id: caseDocuments.id, fileName: caseDocuments.fileName, mediaType: caseDocuments.mediaType, sizeBytes: caseDocuments.sizeBytes, checklistItemId: caseDocuments.checklistItemId, uploadedAt: caseDocuments.uploadedAt, deletedAt: caseDocuments.deletedAt })
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, caseId), isMain ? or(eq(caseDocuments.personId, personId), isNull(caseDocuments.personId)) : eq(caseDocuments.personId, personId)))
    .orderBy(asc(caseDocuments.uploadedAt));
  const personConsents = await db.select().from(consents).where(eq(consents.personId, personId)).orderBy(asc(consents.givenAt));
  const consentIds = personConsents.map((consent) => consent.id);
  const personReferrals =
    consentIds.length === 0
      ? []
      : await db
          .select({ id: referrals.id, purpose: referrals.purpose, state: referrals.state, message: referrals.message, answer: referrals.answer, reason: referrals.reason, toOrganisation: organisations.name, createdAt: referrals.createdAt, dueAt: referrals.dueAt })
          .from(referrals)
          .innerJoin(organisations, eq(organisations.id, referrals.toOrganisationId))
          .where(inArray(referrals.consentId, consentIds))
          .orderBy(asc(referrals.createdAt));
  const notes = isMain ? await db.select({ id: caseNotes.id, text: caseNotes.text, createdAt: caseNotes.createdAt }).from(caseNotes).where(eq(caseNotes.caseId, caseId)).orderBy(asc(caseNotes.createdAt)) : [];
  const tasks = isMain ? await db.select({ id: caseTasks.id, title: caseTasks.title, dueOn: caseTasks.dueOn, status: caseTasks.status }).from(caseTasks).where(eq(caseTasks.caseId, caseId)).orderBy(asc(caseTasks.createdAt)) : [];
  const obstacles = isMain
    ? await db.select({ id: caseObstacles.id, category: caseObstacles.category, text: caseObstacles.text, createdAt: caseObstacles.createdAt, resolvedAt: caseObstacles.resolvedAt }).from(caseObstacles).where(eq(caseObstacles.caseId, caseId)).orderBy(asc(caseObstacles.createdAt))
    : [];
  return { person, isMain, header, documents, consents: personConsents, referrals: personReferrals, notes, tasks, obstacles };
}

/** Audit entries about the case, the person and their consents and referrals (oldest first). */
export async function findPersonAuditTrail(db: Database, subjects: { caseId: string; personId: string; consentIds: string[]; referralIds: string[] }, limit = 5000) {
  const conditions = [
    and(eq(auditLog.subjectType, 'case'), eq(auditLog.subjectId, subjects.caseId)),
    and(eq(auditLog.subjectType, 'person'), eq(auditLog.subjectId, subjects.personId)),
  ];
  if (subjects.consentIds.length > 0) conditions.push(and(eq(auditLog.subjectType, 'consent'), inArray(auditLog.subjectId, subjects.consentIds)));
  if (subjects.referralIds.length > 0) conditions.push(and(eq(auditLog.subjectType, 'referral'), inArray(auditLog.subjectId, subjects.referralIds)));
  return db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      action: auditLog.action,
      actor: users.name,
      organisation: organisations.name,
      purpose: auditLog.purpose,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditLog.actorOrganisationId))
    .where(or(...conditions))
    .orderBy(asc(auditLog.at), asc(auditLog.seq))
    .limit(limit);
}

/**
 * Anonymises one person: the data rows are overwritten in place (ids stay, so the timeline, the
 * consents and the audit trail keep pointing at something); the main person's erasure also clears
 * the free texts of the case. Returns the storage keys of documents whose content must go.
 */
export async function anonymisePerson(tx: Database, caseId: string, personId: string, isMain: boolean, at: Date): Promise<string[]> {
  await tx
    .update(casePersons)
    .set({ givenName: ANONYMISED, familyName: ANONYMISED, birthDate: '1900-01-01', citizenship: 'XXX', contact: {}, languages: [] })
    .where(and(eq(casePersons.caseId, caseId), eq(casePersons.id, personId)));
  const documentCondition = isMain
    ? or(eq(caseDocuments.personId, personId), isNull(caseDocuments.personId))
    : eq(caseDocuments.personId, personId);
  const removed = await tx
    .update(caseDocuments)
    .set({ fileName: ANONYMISED, deletedAt: sql`coalesce(${caseDocuments.deletedAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(caseDocuments.caseId, caseId), documentCondition))
    .returning({ storageKey: caseDocuments.storageKey });
  const personConsentIds = tx.select({ id: consents.id }).from(consents).where(eq(consents.personId, personId));
  await tx.update(referrals).set({ message: ANONYMISED, answer: sql`CASE WHEN ${referrals.answer} IS NULL THEN NULL ELSE ${ANONYMISED} END`, reason: sql`CASE WHEN ${referrals.reason} IS NULL THEN NULL ELSE ${ANONYMISED} END` }).where(inArray(referrals.consentId, personConsentIds));
  await tx
    .update(referralEvents)
    .set({ text: null })
    .where(inArray(referralEvents.referralId, tx.select({ id: referrals.id }).from(referrals).where(inArray(referrals.consentId, personConsentIds))));
  if (isMain) {
    await tx.update(cases).set({ evaluation: null, job: null }).where(eq(cases.id, caseId));
    await tx.update(caseNotes).set({ text: ANONYMISED }).where(eq(caseNotes.caseId, caseId));
    await tx.update(caseObstacles).set({ text: null }).where(eq(caseObstacles.caseId, caseId));
    await tx.update(caseTasks).set({ title: ANONYMISED }).where(eq(caseTasks.caseId, caseId));
    await tx.update(referrals).set({ message: ANONYMISED, answer: sql`CASE WHEN ${referrals.answer} IS NULL THEN NULL ELSE ${ANONYMISED} END` }).where(eq(referrals.caseId, caseId));
  }
  return removed.map((row) => row.storageKey);
}

export async function insertErasure(tx: Database, values: typeof personErasures.$inferInsert): Promise<void> {
  await tx.insert(personErasures).values(values).onConflictDoNothing();
}

export function findPersonsOfCase(db: Database, caseId: string) {
  return db.select({ id: casePersons.id, relation: casePersons.relation }).from(casePersons).where(eq(casePersons.caseId, caseId));
}

/**
 * Closed cases past the retention period, without an active legal hold and not yet fully
 * anonymised, locked with SKIP LOCKED so that two workers never anonymise the same case.
 */
export async function claimCasesPastRetention(tx: Database, closedBefore: Date, limit: number): Promise<string[]> {
  const result = (await tx.execute(sql`
    SELECT c.id FROM cases c
    WHERE c.stage = 'closed' AND c.updated_at < ${closedBefore.toISOString()}::timestamptz
      AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.case_id = c.id AND h.released_at IS NULL)
      AND EXISTS (SELECT 1 FROM case_persons p WHERE p.case_id = c.id
                  AND NOT EXISTS (SELECT 1 FROM person_erasures e WHERE e.person_id = p.id))
    ORDER BY c.updated_at
    LIMIT ${limit}
    FOR UPDATE OF c SKIP LOCKED`)) as unknown as { rows: { id: string }[] };
  return result.rows.map((row) => row.id);
}

export async function consentsOfPerson(db: Database, personId: string): Promise<string[]> {
  const rows = await db.select({ id: consents.id }).from(consents).where(eq(consents.personId, personId));
  return rows.map((row) => row.id);
}
