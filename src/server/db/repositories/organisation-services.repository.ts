import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { organisations, organisationServices } from '../schema/index';

export type OrganisationServiceRow = typeof organisationServices.$inferSelect;
export type OrganisationServiceInsert = typeof organisationServices.$inferInsert;

/** Seed upsert by (organisation, service): a service an administrator changed is left alone. */
export async function upsertSeedService(db: Database, values: OrganisationServiceInsert): Promise<void> {
  const { id: _id, organisationId: _organisationId, serviceId: _serviceId, createdAt: _createdAt, ...updatable } = values;
  await db
    .insert(organisationServices)
    .values(values)
    .onConflictDoUpdate({
      target: [organisationServices.organisationId, organisationServices.serviceId],
      set: Object.assign(updatable, { updatedAt: sql`now()` }),
      setWhere: isNull(organisationServices.editedAt),
    });
}

/** Services of one organisation (active and inactive), in catalogue order by id. */
export function findServicesOfOrganisation(db: Database, organisationId: string): Promise<OrganisationServiceRow[]> {
  return db
    .select()
    .from(organisationServices)
    .where(eq(organisationServices.organisationId, organisationId))
    .orderBy(asc(organisationServices.serviceId));
}

export type ServiceOfferRow = {
  service: OrganisationServiceRow;
  organisation: typeof organisations.$inferSelect;
};

/**
 * The statement behind `findActiveOffers` (the bench's ceiling sends exactly this SQL with the
 * bare driver).
 */
export function activeOffersStatement(db: Database, serviceId?: string) {
  const conditions = [eq(organisationServices.isActive, true), eq(organisations.isActive, true)];
  if (serviceId) conditions.push(eq(organisationServices.serviceId, serviceId));
  return db
    .select({ service: organisationServices, organisation: organisations })
    .from(organisationServices)
    .innerJoin(organisations, eq(organisations.id, organisationServices.organisationId))
    .where(and(...conditions))
    .orderBy(asc(organisations.name));
}

/** Active services of active organisations, optionally of one service id. */
export async function findActiveOffers(db: Database, serviceId?: string): Promise<ServiceOfferRow[]> {
  return activeOffersStatement(db, serviceId);
}

/** The statement behind `findNationwideOrganisations`. */
export function nationwideOrganisationsStatement(db: Database) {
  return db
    .select()
    .from(organisations)
    .where(and(eq(organisations.isNationwide, true), eq(organisations.isActive, true)))
    .orderBy(asc(organisations.name));
}

/** Active nationwide organisations (the answer for places outside the network). */
export async function findNationwideOrganisations(db: Database): Promise<(typeof organisations.$inferSelect)[]> {
  return nationwideOrganisationsStatement(db);
}

/**
 * A fingerprint of everything the finder reads (organisations and their services): row counts and
 * row versions (`xmin` changes with every insert and update), so any change, by any instance or by
 * hand, gives a new stamp. Cheap: a few dozen rows of two small tables, no row data sent.
 */
export const offersStampStatement = sql`
    SELECT (SELECT count(*)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text FROM organisations)
      || '/' ||
      (SELECT count(*)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text FROM organisation_services) AS stamp`;

/** The fingerprint of organisations and services (see `offersStampStatement`). */
export async function offersStamp(db: Database): Promise<string> {
  const result = (await db.execute(offersStampStatement)) as unknown as { rows: { stamp: string | null }[] };
  return result.rows[0]?.stamp ?? '';
}
