import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import { casePersons, consents, organisations, users } from '../schema/index';

export type ConsentRow = typeof consents.$inferSelect;
export type ConsentInsert = typeof consents.$inferInsert;
export type ConsentWithNames = ConsentRow & {
  recipients: { id: string; name: string; kind: string }[];
  recorder: { id: string; name: string } | null;
  withdrawer: { id: string; name: string } | null;
};

const recorder = alias(users, 'consent_recorder');
const withdrawer = alias(users, 'consent_withdrawer');

export async function insertConsent(tx: Database, values: ConsentInsert): Promise<ConsentRow> {
  const [row] = await tx.insert(consents).values(values).returning();
  if (!row) throw new Error('consent insert returned no row');
  return row;
}

export async function getConsent(db: Database, id: string, options: { forUpdate?: boolean } = {}): Promise<ConsentRow | undefined> {
  const query = db.select().from(consents).where(eq(consents.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Declarations of a case (newest first) with the names a response shows. */
export async function findConsentsOfCase(db: Database, caseId: string): Promise<ConsentWithNames[]> {
  const rows = await db
    .select({ consent: consents, recorder: { id: recorder.id, name: recorder.name }, withdrawer: { id: withdrawer.id, name: withdrawer.name } })
    .from(consents)
    .leftJoin(recorder, eq(recorder.id, consents.recordedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, consents.withdrawnBy))
    .where(eq(consents.caseId, caseId))
    .orderBy(desc(consents.givenAt), desc(consents.id));
  return withRecipients(db, rows.map((row) => ({ ...row.consent, recorder: row.recorder, withdrawer: row.withdrawer })));
}

export async function getConsentWithNames(db: Database, id: string): Promise<ConsentWithNames | undefined> {
  const [row] = await db
    .select({ consent: consents, recorder: { id: recorder.id, name: recorder.name }, withdrawer: { id: withdrawer.id, name: withdrawer.name } })
    .from(consents)
    .leftJoin(recorder, eq(recorder.id, consents.recordedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, consents.withdrawnBy))
    .where(eq(consents.id, id))
    .limit(1);
  if (!row) return undefined;
  const [withNames] = await withRecipients(db, [{ ...row.consent, recorder: row.recorder, withdrawer: row.withdrawer }]);
  return withNames;
}

async function withRecipients<T extends ConsentRow>(db: Database, rows: T[]): Promise<(T & { recipients: { id: string; name: string; kind: string }[] })[]> {
  const ids = [...new Set(rows.flatMap((row) => row.recipientOrganisationIds))];
  const found = ids.length === 0 ? [] : await db.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(inArray(organisations.id, ids));
  const byId = new Map(found.map((organisation) => [organisation.id, organisation]));
  return rows.map((row) => ({
    ...row,
    recipients: row.recipientOrganisationIds.flatMap((id) => {
      const organisation = byId.get(id);
      return organisation ? [organisation] : [];
    }),
  }));
}

export async function markConsentWithdrawn(tx: Database, id: string, at: Date, byUserId: string | null): Promise<ConsentRow> {
  const [row] = await tx.update(consents).set({ withdrawnAt: at, withdrawnBy: byUserId }).where(eq(consents.id, id)).returning();
  if (!row) throw new Error('consent update returned no row');
  return row;
}

/** Consents whose validity ended before `at` and that still carry live referrals (for the expiry sweep). */
export async function findConsentIdsEndedWithLiveReferrals(db: Database, at: Date, limit: number): Promise<string[]> {
  const result = (await db.execute(sql`
    SELECT DISTINCT c.id FROM consents c
    JOIN referrals r ON r.consent_id = c.id
    WHERE r.state IN ('open', 'accepted', 'waiting_for_sender', 'answered')
      AND ((c.valid_until IS NOT NULL AND c.valid_until <= ${at.toISOString()}) OR c.withdrawn_at IS NOT NULL)
    LIMIT ${limit}`)) as unknown as { rows: { id: string }[] };
  return result.rows.map((row) => row.id);
}

/** The main person of a case, or the given person if they belong to the case. */
export async function getPersonOfCase(db: Database, caseId: string, personId: string | undefined) {
  const [row] = await db
    .select({ id: casePersons.id, relation: casePersons.relation, givenName: casePersons.givenName, familyName: casePersons.familyName, contact: casePersons.contact })
    .from(casePersons)
    .where(personId ? and(eq(casePersons.caseId, caseId), eq(casePersons.id, personId)) : and(eq(casePersons.caseId, caseId), eq(casePersons.relation, 'main')))
    .limit(1);
  return row;
}

/** Organisations that exist among the ids, with their Land (recipients must be real). */
export function findOrganisationsByIds(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, land: organisations.land, email: organisations.email })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
}
