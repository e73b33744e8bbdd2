import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { casePersons, cases, consents, organisations, referralEvents, referrals, users } from '../schema/index';
import type { DemoReferralRows } from '../../generate/demo-referrals';

/** Organisations by slug (id and Land), for the demo referral flows. */
export async function findOrganisationsBySlug(db: Database): Promise<Map<string, { id: string; land: string }>> {
  const rows = await db.select({ slug: organisations.slug, id: organisations.id, land: organisations.land }).from(organisations);
  return new Map(rows.map((row) => [row.slug, { id: row.id, land: row.land }]));
}

/** Every case with its main person and owner, oldest first (reference breaks ties). */
export function findCasesWithMainPerson(db: Database): Promise<{ id: string; ownerOrganisationId: string; personId: string; createdAt: Date }[]> {
  return db
    .select({ id: cases.id, ownerOrganisationId: cases.ownerOrganisationId, personId: casePersons.id, createdAt: cases.createdAt })
    .from(cases)
    .innerJoin(casePersons, and(eq(casePersons.caseId, cases.id), eq(casePersons.relation, 'main')))
    .orderBy(asc(cases.createdAt), asc(cases.reference));
}

/** Active users with an organisation, sorted by e-mail. */
export function findActiveStaff(db: Database): Promise<{ id: string; organisationId: string | null; roles: string[] }[]> {
  return db
    .select({ id: users.id, organisationId: users.organisationId, roles: users.roles })
    .from(users)
    .where(and(eq(users.isActive, true), sql`${users.organisationId} IS NOT NULL`))
    .orderBy(asc(users.email));
}

/** True when any referral exists (the demo flows are written into a network without any). */
export async function hasAnyReferral(db: Database): Promise<boolean> {
  const rows = await db.select({ id: referrals.id }).from(referrals).limit(1);
  return rows.length > 0;
}

/** Writes the consents, referrals and their timelines of the demo flows. */
export async function insertDemoReferrals(db: Database, rows: DemoReferralRows): Promise<void> {
  if (rows.referrals.length === 0) return;
  await db.insert(consents).values(rows.consents);
  await db.insert(referrals).values(rows.referrals);
  await db.insert(referralEvents).values(rows.events);
}
