import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { DataCategory } from '../../../domain/consent/vocabulary';
import type { Database } from '../client';
import { preparedPerDatabase } from '../prepared';
import { caseDocuments, casePersons, cases, consents, organisations, referrals } from '../schema/index';

/**
 * The recipient's reads of a referred case: one small query per consented data category, and
 * none at all for a category that is not granted, so nothing outside the consent leaves the
 * database. The caller has decided the categories (domain/consent/coverage.ts).
 */

/**
 * The referral with what the consent check needs, in one prepared query (the consent check's only
 * SQL; prepared once per database handle, so pass the root database, not a transaction).
 */
const referralWithConsent = preparedPerDatabase((db) =>
  db
    .select({
      id: referrals.id,
      caseId: referrals.caseId,
      toOrganisationId: referrals.toOrganisationId,
      purpose: referrals.purpose,
      state: referrals.state,
      consent: {
        id: consents.id,
        personId: consents.personId,
        purposes: consents.purposes,
        recipientOrganisationIds: consents.recipientOrganisationIds,
        dataCategories: consents.dataCategories,
        givenAt: consents.givenAt,
        validUntil: consents.validUntil,
        withdrawnAt: consents.withdrawnAt,
      },
    })
    .from(referrals)
    .innerJoin(consents, eq(consents.id, referrals.consentId))
    .where(eq(referrals.id, sql.placeholder('referralId')))
    .limit(1)
    .prepare('lotse_referral_consent'),
);

export async function getReferralWithConsent(db: Database, referralId: string) {
  const [row] = await referralWithConsent(db).execute({ referralId });
  return row;
}

export type ReferredCaseData = {
  reference: string;
  identity?: { givenName: string; familyName: string; birthDate: string; citizenship: string };
  contact?: { email: string | null; phone: string | null; languages: string[] };
  qualification?: { stage: string; targetTitleId: string | null; qualification: Record<string, unknown> | null };
  employment?: { employer: { id: string; name: string } | null; job: Record<string, unknown> | null };
  family?: { relation: string; givenName: string; familyName: string; birthDate: string; citizenship: string }[];
  documents?: { id: string; fileName: string; mediaType: string; checklistItemId: string | null; uploadedAt: Date }[];
};

export async function loadReferredCase(db: Database, caseId: string, personId: string, categories: readonly DataCategory[]): Promise<ReferredCaseData | undefined> {
  const has = (category: DataCategory) => categories.includes(category);
  const [header] = await db
    .select({
      reference: cases.reference,
      stage: cases.stage,
      targetTitleId: cases.targetTitleId,
      eligibleTitleIds: sql<string[] | null>`${cases.evaluation} -> 'eligibleTitleIds'`,
      evaluationDate: sql<string | null>`${cases.evaluation} ->> 'evaluationDate'`,
      job: cases.job,
      employerId: organisations.id,
      employerName: organisations.name,
    })
    .from(cases)
    .leftJoin(organisations, eq(organisations.id, cases.employerOrganisationId))
    .where(eq(cases.id, caseId))
    .limit(1);
  if (!header) return undefined;
  const result: ReferredCaseData = { reference: header.reference };
  if (has('identity') || has('contact')) {
    const [person] = await db
      .select({
        givenName: casePersons.givenName,
        familyName: casePersons.familyName,
        birthDate: casePersons.birthDate,
        citizenship: casePersons.citizenship,
        contact: casePersons.contact,
        languages: casePersons.languages,
      })
      .from(casePersons)
      .where(and(eq(casePersons.caseId, caseId), eq(casePersons.id, personId)))
      .limit(1);
    if (person && has('identity')) {
      result.identity = { givenName: person.givenName, familyName: person.familyName, birthDate: person.birthDate, citizenship: person.citizenship };
    }
    if (person && has('contact')) result.contact = { email: person.contact.email ?? null, phone: person.contact.phone ?? null, languages: person.languages };
  }
  if (has('qualification')) {
    result.qualification = {
      stage: header.stage,
      targetTitleId: header.targetTitleId,
      qualification: header.evaluationDate ? { evaluationDate: header.evaluationDate, eligibleTitleIds: header.eligibleTitleIds ?? [] } : null,
    };
  }
  if (has('employment')) {
    result.employment = {
      employer: header.employerId && header.employerName ? { id: header.employerId, name: header.employerName } : null,
      job: (header.job as Record<string, unknown> | null) ?? null,
    };
  }
  if (has('family')) {
    result.family = await db
      .select({ relation: casePersons.relation, givenName: casePersons.givenName, familyName: casePersons.familyName, birthDate: casePersons.birthDate, citizenship: casePersons.citizenship })
      .from(casePersons)
      .where(and(eq(casePersons.caseId, caseId), ne(casePersons.id, personId)))
      .orderBy(asc(casePersons.createdAt));
  }
  if (has('documents')) {
    result.documents = await db
      .select({ id: caseDocuments.id, fileName: caseDocuments.fileName, mediaType: caseDocuments.mediaType, checklistItemId: caseDocuments.checklistItemId, uploadedAt: caseDocuments.uploadedAt })
      .from(caseDocuments)
      .where(and(eq(caseDocuments.caseId, caseId), isNull(caseDocuments.deletedAt)))
      .orderBy(desc(caseDocuments.uploadedAt))
      .limit(200);
  }
  return result;
}
