import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { organisations } from '../schema/index';
import type { OrganisationInsert, OrganisationRow } from './organisations.repository';

export type OrganisationAdminFilter = { q?: string | undefined; kind?: string | undefined; active: 'true' | 'false' | 'all' };
export type OrganisationAdminListRow = OrganisationRow & { serviceCount: number };

/** Escapes LIKE wildcards so a search for "50%" finds that text. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** Every organisation (active and inactive) for the administration list, with its number of active services. */
export async function findOrganisationsForAdmin(db: Database, filter: OrganisationAdminFilter): Promise<OrganisationAdminListRow[]> {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind));
  if (filter.active !== 'all') conditions.push(eq(organisations.isActive, filter.active === 'true'));
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(sql`(${organisations.name} ILIKE ${pattern} OR coalesce(${organisations.shortName}, '') ILIKE ${pattern})`);
  }
  const rows = await db
    .select({
      organisation: organisations,
      // Spelled out: inside a projection Drizzle leaves column names unqualified, which would bind to the subquery's table.
      serviceCount: sql<number>`(SELECT count(*)::int FROM organisation_services AS offered WHERE offered.organisation_id = "organisations"."id" AND offered.is_active)`,
    })
    .from(organisations)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(organisations.name));
  return rows.map((row) => ({ ...row.organisation, serviceCount: Number(row.serviceCount) }));
}

/** One organisation, locked for the rest of the transaction. */
export async function lockOrganisation(tx: Database, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await tx.select().from(organisations).where(eq(organisations.id, id)).limit(1).for('update');
  return row;
}

export async function insertOrganisation(tx: Database, values: OrganisationInsert): Promise<OrganisationRow> {
  const [row] = await tx.insert(organisations).values(values).returning();
  if (!row) throw new Error('organisation insert returned no row');
  return row;
}

export async function updateOrganisationRow(tx: Database, id: string, values: Partial<OrganisationInsert>): Promise<OrganisationRow> {
  const [row] = await tx.update(organisations).set(values).where(eq(organisations.id, id)).returning();
  if (!row) throw new Error('organisation update returned no row');
  return row;
}

export type OrganisationName = { id: string; name: string; isActive: boolean };

/** Names of organisations by id (active or not), for partners of agreements. */
export function findOrganisationNames(db: Database, ids: readonly string[]): Promise<OrganisationName[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: organisations.id, name: organisations.name, isActive: organisations.isActive })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
}

export type OrganisationReferralRule = { id: string; name: string; isActive: boolean; referralDueWorkingDays: number; escalationEmails: string[] };

/** An organisation's referral rule (due days, escalation contacts) and whether it is active. */
export async function getOrganisationReferralRule(db: Database, id: string): Promise<OrganisationReferralRule | undefined> {
  const [row] = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      isActive: organisations.isActive,
      referralDueWorkingDays: organisations.referralDueWorkingDays,
      escalationEmails: organisations.escalationEmails,
    })
    .from(organisations)
    .where(eq(organisations.id, id))
    .limit(1);
  return row;
}
