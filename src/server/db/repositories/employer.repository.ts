import { and, desc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { acceleratedProcedures, caseOrganisations, casePersons, cases, consents, employerRequests, organisations } from '../schema';

/**
 * Consents that let an employer organisation see the status of a case (purpose `employer_status`,
 * the organisation among the recipients) and are valid at `at`: given, not withdrawn, not expired.
 * Only the fields the employer may see are selected: the consenting person's name and stage.
 */
export async function findConsentedHires(db: Database, employerOrganisationId: string, at: Date) {
  return db
    .select({
      caseId: consents.caseId,
      consentId: consents.id,
      validUntil: consents.validUntil,
      givenName: casePersons.givenName,
      familyName: casePersons.familyName,
      stage: casePersons.stage,
    })
    .from(consents)
    .innerJoin(casePersons, eq(casePersons.id, consents.personId))
    .where(
      and(
        sql`${consents.purposes} @> ARRAY['employer_status']::text[]`,
        sql`${consents.recipientOrganisationIds} @> ARRAY[${employerOrganisationId}]::uuid[]`,
        isNull(consents.withdrawnAt),
        lte(consents.givenAt, at),
        or(isNull(consents.validUntil), gt(consents.validUntil, at)),
      ),
    )
    .orderBy(casePersons.familyName, casePersons.givenName, desc(consents.givenAt));
}

export type EmployerRequestInsert = typeof employerRequests.$inferInsert;

export async function insertEmployerRequest(tx: Database, values: EmployerRequestInsert) {
  const [row] = await tx.insert(employerRequests).values(values).returning();
  if (!row) throw new Error('employer request insert returned no row');
  return row;
}

/** The employer organisation's §81a requests, newest first, with the main person's name, the ABH and the case's job. */
export async function findEmployerRequests(db: Database, employerOrganisationId: string, requestId?: string) {
  return db
    .select({
      id: employerRequests.id,
      caseId: employerRequests.caseId,
      createdAt: employerRequests.createdAt,
      placeOfWorkAgs: employerRequests.placeOfWorkAgs,
      givenName: casePersons.givenName,
      familyName: casePersons.familyName,
      job: cases.job,
      abh: { id: organisations.id, name: organisations.name, email: organisations.email, phone: organisations.phone },
    })
    .from(employerRequests)
    .innerJoin(cases, eq(cases.id, employerRequests.caseId))
    .innerJoin(casePersons, and(eq(casePersons.caseId, employerRequests.caseId), eq(casePersons.relation, 'main')))
    .innerJoin(organisations, eq(organisations.id, employerRequests.abhOrganisationId))
    .where(and(eq(employerRequests.employerOrganisationId, employerOrganisationId), requestId ? eq(employerRequests.id, requestId) : undefined))
    .orderBy(desc(employerRequests.createdAt), desc(employerRequests.id))
    .limit(200);
}
export type EmployerRequestRow = Awaited<ReturnType<typeof findEmployerRequests>>[number];

// ---------------------------------------------------------------------------------------------
// Demo seed (seed-demo-portal.ts): the demo applicant's case gets the demo employer.

export async function findOrganisationIdBySlug(db: Database, slug: string): Promise<string | undefined> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, slug)).limit(1);
  return row?.id;
}

/** Makes `employerOrganisationId` the employer of the case and of its §81a procedure, if it has one. */
export async function setCaseEmployer(tx: Database, caseId: string, employerOrganisationId: string, at: Date): Promise<void> {
  await tx.update(cases).set({ employerOrganisationId }).where(eq(cases.id, caseId));
  await tx.update(acceleratedProcedures).set({ employerOrganisationId }).where(eq(acceleratedProcedures.caseId, caseId));
  await tx.insert(caseOrganisations).values({ caseId, organisationId: employerOrganisationId, role: 'employer', addedAt: at }).onConflictDoNothing();
}

/** Whether the case has any consent (valid or not) with the purpose `employer_status` naming the organisation. */
export async function hasEmployerStatusConsent(db: Database, caseId: string, employerOrganisationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.caseId, caseId),
        sql`${consents.purposes} @> ARRAY['employer_status']::text[]`,
        sql`${consents.recipientOrganisationIds} @> ARRAY[${employerOrganisationId}]::uuid[]`,
      ),
    )
    .limit(1);
  return row !== undefined;
}
