import { and, asc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { organisations, organisationServices, referrals } from '../schema/index';
import type { OrganisationRow } from './organisations.repository';
import type { OrganisationServiceRow } from './organisation-services.repository';

export type DirectoryFilter = {
  q?: string | undefined;
  service?: string | undefined;
  ags?: string | undefined;
  language?: string | undefined;
  kind?: string | undefined;
};

/** `LIKE` pattern for a literal text: %, _ and the escape character itself lose their meaning. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * An area (array of AGS prefixes) that covers the place, or (for a 2- or 5-digit filter) lies
 * within it: one of its prefixes is a prefix of the AGS, or the AGS a prefix of it.
 */
const covers = (area: SQL | typeof organisations.areaAgs, ags: string) => sql`EXISTS (
  SELECT 1 FROM unnest(${area}) AS prefix WHERE ${ags} LIKE prefix || '%' OR prefix LIKE ${ags} || '%')`;

/**
 * Active organisations of the directory, by name. Filters: part of the name; a service offered
 * (actively); a place covered by the organisation's area or one of its active services' areas
 * (with a service: that service's area), nationwide organisations always; a language of the
 * organisation or of one of its active services; a kind.
 */
export function findDirectoryOrganisations(db: Database, filter: DirectoryFilter): Promise<OrganisationRow[]> {
  const conditions: SQL[] = [eq(organisations.isActive, true)];
  if (filter.q) {
    const pattern = likePattern(filter.q);
    conditions.push(sql`(${organisations.name} ILIKE ${pattern} OR coalesce(${organisations.shortName}, '') ILIKE ${pattern})`);
  }
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind));
  // One correlated sub-query per service condition keeps the SQL plain for both PGlite and PostgreSQL.
  const activeService = (extra: SQL) => sql`EXISTS (
    SELECT 1 FROM ${organisationServices} s
    WHERE s.organisation_id = ${organisations.id} AND s.is_active AND ${extra})`;
  if (filter.service) {
    const area = filter.ags
      ? sql`(${organisations.isNationwide} OR ${covers(sql`coalesce(s.area_ags, ${organisations.areaAgs})`, filter.ags)})`
      : sql`true`;
    conditions.push(activeService(sql`s.service_id = ${filter.service} AND ${area}`));
  } else if (filter.ags) {
    conditions.push(
      sql`(${organisations.isNationwide} OR ${covers(organisations.areaAgs, filter.ags)} OR ${activeService(sql`s.area_ags IS NOT NULL AND ${covers(sql`s.area_ags`, filter.ags)}`)})`,
    );
  }
  if (filter.language) {
    conditions.push(sql`(${filter.language} = ANY(${organisations.languages}) OR ${activeService(sql`${filter.language} = ANY(s.languages)`)})`);
  }
  return db
    .select()
    .from(organisations)
    .where(and(...conditions))
    .orderBy(asc(organisations.name));
}

/** Active services of the given organisations (for the list's cards), in service-id order. */
export function findActiveServicesOf(db: Database, organisationIds: string[]): Promise<OrganisationServiceRow[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(organisationServices)
    .where(and(inArray(organisationServices.organisationId, organisationIds), eq(organisationServices.isActive, true)))
    .orderBy(asc(organisationServices.serviceId));
}

export type ReferralCounts = { received: number; sent: number; answeredOnTime: number };

/** Referrals an organisation received and sent in [from, until), and the received ones answered by their due date. */
export async function countOrganisationReferrals(db: Database, organisationId: string, from: Date, until: Date): Promise<ReferralCounts> {
  const inPeriod = and(gte(referrals.createdAt, from), lt(referrals.createdAt, until));
  const [row] = await db
    .select({
      received: sql<number>`count(*) FILTER (WHERE ${referrals.toOrganisationId} = ${organisationId})`.mapWith(Number),
      sent: sql<number>`count(*) FILTER (WHERE ${referrals.fromOrganisationId} = ${organisationId})`.mapWith(Number),
      answeredOnTime: sql<number>`count(*) FILTER (WHERE ${referrals.toOrganisationId} = ${organisationId} AND ${referrals.answeredAt} <= ${referrals.dueAt})`.mapWith(Number),
    })
    .from(referrals)
    .where(and(inPeriod, or(eq(referrals.toOrganisationId, organisationId), eq(referrals.fromOrganisationId, organisationId))));
  return row ?? { received: 0, sent: 0, answeredOnTime: 0 };
}
