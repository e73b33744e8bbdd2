import { and, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { organisationServices } from '../schema/index';
import type { OrganisationServiceInsert, OrganisationServiceRow } from './organisation-services.repository';

/** One offered service of an organisation, locked for the rest of the transaction. */
export async function lockOrganisationService(tx: Database, organisationId: string, serviceId: string): Promise<OrganisationServiceRow | undefined> {
  const [row] = await tx
    .select()
    .from(organisationServices)
    .where(and(eq(organisationServices.organisationId, organisationId), eq(organisationServices.serviceId, serviceId)))
    .limit(1)
    .for('update');
  return row;
}

export async function insertOrganisationService(tx: Database, values: OrganisationServiceInsert): Promise<OrganisationServiceRow> {
  const [row] = await tx.insert(organisationServices).values(values).returning();
  if (!row) throw new Error('service insert returned no row');
  return row;
}

export async function updateOrganisationService(tx: Database, id: string, values: Partial<OrganisationServiceInsert>): Promise<OrganisationServiceRow> {
  const [row] = await tx.update(organisationServices).set(values).where(eq(organisationServices.id, id)).returning();
  if (!row) throw new Error('service update returned no row');
  return row;
}
