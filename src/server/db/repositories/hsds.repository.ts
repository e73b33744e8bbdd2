import { and, asc, count, eq, gte, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { organisations, organisationServices } from '../schema/index';
import type { OrganisationServiceRow } from './organisation-services.repository';
import type { OrganisationRow } from './organisations.repository';

/** Page window of an HSDS listing. */
export type Window = { limit: number; offset: number };

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

export type HsdsOrganisationFilter = { search?: string | undefined; modifiedAfter?: Date | undefined };

/** Active organisations for HSDS, by name; with the total for paging. */
export async function findHsdsOrganisations(db: Database, filter: HsdsOrganisationFilter, window: Window): Promise<{ rows: OrganisationRow[]; total: number }> {
  const conditions: SQL[] = [eq(organisations.isActive, true)];
  if (filter.search) {
    const pattern = likePattern(filter.search);
    conditions.push(
      sql`(${organisations.name} ILIKE ${pattern} OR ${organisations.shortName} ILIKE ${pattern} OR ${organisations.description}->>'de' ILIKE ${pattern} OR ${organisations.locality} ILIKE ${pattern})`,
    );
  }
  if (filter.modifiedAfter) conditions.push(gte(organisations.updatedAt, filter.modifiedAfter));
  const where = and(...conditions);
  const rows = await db.select().from(organisations).where(where).orderBy(asc(organisations.name), asc(organisations.id)).limit(window.limit).offset(window.offset);
  const [total] = await db.select({ value: count() }).from(organisations).where(where);
  return { rows, total: total?.value ?? 0 };
}

export type HsdsServiceFilter = {
  search?: string | undefined;
  /** Service ids of the catalogue whose names match the search (the names live in code, not in the database). */
  searchServiceIds?: readonly string[] | undefined;
  organisationId?: string | undefined;
  serviceIds?: readonly string[] | undefined;
  capacities?: readonly string[] | undefined;
  modifiedAfter?: Date | undefined;
  /** Only services whose area covers one of these municipalities (or nationwide ones). */
  coveringAgs?: readonly string[] | undefined;
  /** Only services of organisations with an address or a position (those have a service_at_location). */
  withLocation?: boolean | undefined;
};

export type HsdsServiceRow = { service: OrganisationServiceRow; organisation: OrganisationRow };

function serviceConditions(filter: HsdsServiceFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(organisationServices.isActive, true), eq(organisations.isActive, true)];
  if (filter.organisationId) conditions.push(eq(organisationServices.organisationId, filter.organisationId));
  if (filter.serviceIds) conditions.push(filter.serviceIds.length > 0 ? inArray(organisationServices.serviceId, [...filter.serviceIds]) : sql`false`);
  if (filter.capacities) conditions.push(filter.capacities.length > 0 ? inArray(organisationServices.capacity, [...filter.capacities]) : sql`false`);
  if (filter.modifiedAfter) conditions.push(gte(organisationServices.updatedAt, filter.modifiedAfter));
  if (filter.search) {
    const pattern = likePattern(filter.search);
    const byName = filter.searchServiceIds && filter.searchServiceIds.length > 0 ? inArray(organisationServices.serviceId, [...filter.searchServiceIds]) : sql`false`;
    conditions.push(
      or(
        sql`${organisations.name} ILIKE ${pattern}`,
        sql`${organisations.shortName} ILIKE ${pattern}`,
        sql`${organisationServices.description}->>'de' ILIKE ${pattern}`,
        sql`${organisationServices.eligibility}->>'de' ILIKE ${pattern}`,
        byName,
      ),
    );
  }
  if (filter.coveringAgs) {
    const places = filter.coveringAgs.length > 0 ? sql.join(filter.coveringAgs.map((ags) => sql`${ags}`), sql`, `) : sql`NULL`;
    conditions.push(sql`(${organisations.isNationwide} OR EXISTS (
      SELECT 1 FROM unnest(coalesce(${organisationServices.areaAgs}, ${organisations.areaAgs})) AS prefix, unnest(ARRAY[${places}]::text[]) AS place
      WHERE place LIKE prefix || '%'))`);
  }
  if (filter.withLocation) {
    conditions.push(
      or(
        and(isNotNull(organisations.street), isNotNull(organisations.postcode), isNotNull(organisations.locality)),
        and(isNotNull(organisations.latitude), isNotNull(organisations.longitude)),
      ),
    );
  }
  return and(...conditions);
}

/** Active services of active organisations for HSDS, by organisation name and service id. */
export async function findHsdsServices(db: Database, filter: HsdsServiceFilter, window: Window): Promise<{ rows: HsdsServiceRow[]; total: number }> {
  const where = serviceConditions(filter);
  const rows = await db
    .select({ service: organisationServices, organisation: organisations })
    .from(organisationServices)
    .innerJoin(organisations, eq(organisations.id, organisationServices.organisationId))
    .where(where)
    .orderBy(asc(organisations.name), asc(organisationServices.serviceId), asc(organisationServices.id))
    .limit(window.limit)
    .offset(window.offset);
  const [total] = await db
    .select({ value: count() })
    .from(organisationServices)
    .innerJoin(organisations, eq(organisations.id, organisationServices.organisationId))
    .where(where);
  return { rows, total: total?.value ?? 0 };
}

/** Active services of the given organisations, in catalogue id order. */
export function findActiveServicesOf(db: Database, organisationIds: readonly string[]): Promise<OrganisationServiceRow[]> {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(organisationServices)
    .where(and(inArray(organisationServices.organisationId, [...organisationIds]), eq(organisationServices.isActive, true)))
    .orderBy(asc(organisationServices.serviceId), asc(organisationServices.id));
}

export async function getActiveOrganisation(db: Database, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.id, id), eq(organisations.isActive, true)))
    .limit(1);
  return row;
}

export async function getActiveService(db: Database, id: string): Promise<HsdsServiceRow | undefined> {
  const [row] = await db
    .select({ service: organisationServices, organisation: organisations })
    .from(organisationServices)
    .innerJoin(organisations, eq(organisations.id, organisationServices.organisationId))
    .where(and(eq(organisationServices.id, id), eq(organisationServices.isActive, true), eq(organisations.isActive, true)))
    .limit(1);
  return row;
}
