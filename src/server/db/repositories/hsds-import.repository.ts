import { and, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../client';
import { organisations, organisationServices } from '../schema/index';
import type { OrganisationServiceInsert, OrganisationServiceRow } from './organisation-services.repository';
import type { OrganisationInsert, OrganisationRow } from './organisations.repository';

/** Organisations with these ids (active or not). */
export function findOrganisationsByIds(db: Database, ids: readonly string[]): Promise<OrganisationRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
}

/** Services with these ids, or offered by these organisations (to find a second id for the same offer). */
export function findServicesByIdsOrOrganisations(db: Database, ids: readonly string[], organisationIds: readonly string[]): Promise<OrganisationServiceRow[]> {
  if (ids.length === 0 && organisationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(organisationServices)
    .where(or(ids.length > 0 ? inArray(organisationServices.id, [...ids]) : undefined, organisationIds.length > 0 ? inArray(organisationServices.organisationId, [...organisationIds]) : undefined));
}

export async function insertOrganisation(db: Database, values: OrganisationInsert): Promise<void> {
  await db.insert(organisations).values(values);
}

export async function updateOrganisation(db: Database, id: string, values: Partial<OrganisationInsert>): Promise<void> {
  await db.update(organisations).set(values).where(eq(organisations.id, id));
}

export async function insertService(db: Database, values: OrganisationServiceInsert): Promise<void> {
  await db.insert(organisationServices).values(values);
}

export async function updateService(db: Database, id: string, organisationId: string, values: Partial<OrganisationServiceInsert>): Promise<void> {
  await db
    .update(organisationServices)
    .set(values)
    .where(and(eq(organisationServices.id, id), eq(organisationServices.organisationId, organisationId)));
}
