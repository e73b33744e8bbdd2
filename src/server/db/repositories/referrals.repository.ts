import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import { cases, referralDeadlineRules, referralEvents, referrals, users, organisations } from '../schema/index';

export type ReferralRow = typeof referrals.$inferSelect;
export type ReferralInsert = typeof referrals.$inferInsert;
type OrganisationRef = { id: string; name: string; kind: string; land: string };
export type ReferralView = ReferralRow & {
  caseReference: string;
  fromOrganisation: OrganisationRef;
  fromUser: { id: string; name: string };
  toOrganisation: OrganisationRef;
};
export type ReferralEventRow = typeof referralEvents.$inferSelect & { actor: { id: string; name: string } | null };

const fromOrganisation = alias(organisations, 'from_organisation');
const toOrganisation = alias(organisations, 'to_organisation');
const sender = alias(users, 'sender');
const liveStates = ['open', 'accepted', 'waiting_for_sender', 'answered'];

/** Inserts unless the sender already used the idempotency key (then undefined: the first one wins). */
export async function insertReferralOnce(tx: Database, values: ReferralInsert): Promise<ReferralRow | undefined> {
  const [row] = await tx.insert(referrals).values(values).onConflictDoNothing({ target: [referrals.fromUserId, referrals.idempotencyKey] }).returning();
  return row;
}

export async function getReferralRow(db: Database, id: string, options: { forUpdate?: boolean } = {}): Promise<ReferralRow | undefined> {
  const query = db.select().from(referrals).where(eq(referrals.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function getReferralByIdempotencyKey(db: Database, fromUserId: string, key: string): Promise<ReferralRow | undefined> {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.fromUserId, fromUserId), eq(referrals.idempotencyKey, key)))
    .limit(1);
  return row;
}

function viewQuery(db: Database, where: SQL | undefined) {
  return db
    .select({
      referral: referrals,
      caseReference: cases.reference,
      fromOrganisation: { id: fromOrganisation.id, name: fromOrganisation.name, kind: fromOrganisation.kind, land: fromOrganisation.land },
      fromUser: { id: sender.id, name: sender.name },
      toOrganisation: { id: toOrganisation.id, name: toOrganisation.name, kind: toOrganisation.kind, land: toOrganisation.land },
    })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(fromOrganisation, eq(fromOrganisation.id, referrals.fromOrganisationId))
    .innerJoin(toOrganisation, eq(toOrganisation.id, referrals.toOrganisationId))
    .innerJoin(sender, eq(sender.id, referrals.fromUserId))
    .where(where);
}

type ViewRow = Awaited<ReturnType<typeof viewQuery>>[number];
const toView = (row: ViewRow): ReferralView => ({
  ...row.referral,
  caseReference: row.caseReference,
  fromOrganisation: row.fromOrganisation,
  fromUser: row.fromUser,
  toOrganisation: row.toOrganisation,
});

export async function getReferralView(db: Database, id: string): Promise<ReferralView | undefined> {
  const [row] = await viewQuery(db, eq(referrals.id, id)).limit(1);
  return row ? toView(row) : undefined;
}

export type ReferralListFilter = {
  direction: 'incoming' | 'outgoing';
  organisationId: string;
  status: 'live' | 'finished' | 'all';
  caseId?: string | undefined;
};

/** Referrals to or from an organisation, by due instant (live ones) or newest first. */
export async function findReferrals(db: Database, filter: ReferralListFilter, limit: number): Promise<ReferralView[]> {
  const conditions: SQL[] = [
    filter.direction === 'incoming' ? eq(referrals.toOrganisationId, filter.organisationId) : eq(referrals.fromOrganisationId, filter.organisationId),
  ];
  if (filter.status === 'live') conditions.push(inArray(referrals.state, liveStates));
  if (filter.status === 'finished') conditions.push(sql`${referrals.state} NOT IN ('open', 'accepted', 'waiting_for_sender', 'answered')`);
  if (filter.caseId) conditions.push(eq(referrals.caseId, filter.caseId));
  const order = filter.status === 'live' ? [asc(referrals.dueAt), asc(referrals.id)] : [desc(referrals.updatedAt), desc(referrals.id)];
  const rows = await viewQuery(db, and(...conditions))
    .orderBy(...order)
    .limit(limit);
  return rows.map(toView);
}

/** Referrals of a case (for the sender's case page and the Art. 15 export). */
export async function findReferralsOfCase(db: Database, caseId: string): Promise<ReferralView[]> {
  const rows = await viewQuery(db, eq(referrals.caseId, caseId)).orderBy(desc(referrals.createdAt));
  return rows.map(toView);
}

export async function updateReferral(tx: Database, id: string, changes: Partial<ReferralInsert>): Promise<ReferralRow> {
  const [row] = await tx.update(referrals).set(changes).where(eq(referrals.id, id)).returning();
  if (!row) throw new Error('referral update returned no row');
  return row;
}

/** Live referrals that rely on a consent (to end them when it ends), locked for the change. */
export function findLiveReferralsOfConsent(tx: Database, consentId: string): Promise<ReferralRow[]> {
  return tx
    .select()
    .from(referrals)
    .where(and(eq(referrals.consentId, consentId), inArray(referrals.state, liveStates)))
    .orderBy(asc(referrals.id))
    .for('update');
}

export async function insertReferralEvent(
  tx: Database,
  values: { referralId: string; type: string; at: Date; actorUserId: string | null; text?: string | null; data?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(referralEvents).values({ ...values, text: values.text ?? null, data: values.data ?? {} });
}

export async function findReferralEvents(db: Database, referralId: string): Promise<ReferralEventRow[]> {
  const rows = await db
    .select({ event: referralEvents, actor: { id: users.id, name: users.name } })
    .from(referralEvents)
    .leftJoin(users, eq(users.id, referralEvents.actorUserId))
    .where(eq(referralEvents.referralId, referralId))
    .orderBy(asc(referralEvents.id));
  return rows.map((row) => ({ ...row.event, actor: row.actor }));
}

/** The due-date rules of an organisation (general and per purpose). */
export function findDeadlineRules(db: Database, organisationId: string) {
  return db.select().from(referralDeadlineRules).where(eq(referralDeadlineRules.organisationId, organisationId));
}

export async function upsertDeadlineRule(
  db: Database,
  values: { organisationId: string; purpose: string | null; workingDays: number; reminderWorkingHours: number; escalationUserId?: string | null },
): Promise<void> {
  await db.execute(sql`
    INSERT INTO referral_deadline_rules (organisation_id, purpose, working_days, reminder_working_hours, escalation_user_id)
    VALUES (${values.organisationId}, ${values.purpose}, ${values.workingDays}, ${values.reminderWorkingHours}, ${values.escalationUserId ?? null})
    ON CONFLICT (organisation_id, coalesce(purpose, '')) DO UPDATE
      SET working_days = EXCLUDED.working_days, reminder_working_hours = EXCLUDED.reminder_working_hours, escalation_user_id = EXCLUDED.escalation_user_id`);
}
