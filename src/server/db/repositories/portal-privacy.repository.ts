import { and, count, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { auditLog, caseOrganisations, cases, consents, organisations, referrals } from '../schema';

/** Which audit entries are about one person of one case: the case, the person, their consents and the referrals under them. */
async function personAuditCondition(db: Database, caseId: string, personId: string): Promise<SQL> {
  // Both ids scope every lookup: a consent or referral of another case never qualifies.
  const consentIds = (await db.select({ id: consents.id }).from(consents).where(and(eq(consents.caseId, caseId), eq(consents.personId, personId)))).map((row) => row.id);
  const referralIds =
    consentIds.length === 0
      ? []
      : (await db.select({ id: referrals.id }).from(referrals).where(and(eq(referrals.caseId, caseId), inArray(referrals.consentId, consentIds)))).map((row) => row.id);
  const conditions = [
    and(eq(auditLog.subjectType, 'case'), eq(auditLog.subjectId, caseId)),
    and(eq(auditLog.subjectType, 'person'), eq(auditLog.subjectId, personId)),
  ];
  if (consentIds.length > 0) conditions.push(and(eq(auditLog.subjectType, 'consent'), inArray(auditLog.subjectId, consentIds)));
  if (referralIds.length > 0) conditions.push(and(eq(auditLog.subjectType, 'referral'), inArray(auditLog.subjectId, referralIds)));
  const condition = or(...conditions);
  if (!condition) throw new Error('no audit condition');
  return condition;
}

export type AccessLogRow = {
  id: number;
  at: string;
  actorUserId: string | null;
  organisationId: string | null;
  organisationName: string | null;
  action: string;
  purpose: string | null;
};

/** One page of the audit entries about the person, newest first; never the names of staff. */
export async function findPersonAccessLog(db: Database, caseId: string, personId: string, page: { limit: number; offset: number }): Promise<{ rows: AccessLogRow[]; total: number }> {
  const condition = await personAuditCondition(db, caseId, personId);
  const [counted] = await db.select({ n: count() }).from(auditLog).where(condition);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorUserId: auditLog.actorUserId,
      organisationId: organisations.id,
      organisationName: organisations.name,
      action: auditLog.action,
      purpose: auditLog.purpose,
    })
    .from(auditLog)
    .leftJoin(organisations, eq(organisations.id, auditLog.actorOrganisationId))
    .where(condition)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset);
  return { rows, total: counted?.n ?? 0 };
}

export type OrganisationRef = { id: string; name: string; kind: string };

/** The organisations involved in a case: owner, navigator's, employer, and recipients of its referrals. */
export async function findCaseOrganisations(db: Database, caseId: string): Promise<OrganisationRef[]> {
  const involved = db.select({ id: caseOrganisations.organisationId }).from(caseOrganisations).where(eq(caseOrganisations.caseId, caseId));
  const owner = db.select({ id: cases.ownerOrganisationId }).from(cases).where(eq(cases.id, caseId));
  const referred = db.select({ id: referrals.toOrganisationId }).from(referrals).where(eq(referrals.caseId, caseId));
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(and(eq(organisations.isActive, true), or(inArray(organisations.id, involved), inArray(organisations.id, owner), inArray(organisations.id, referred))))
    .orderBy(organisations.name);
}

/** The place the responsibility finder is asked about: where the office that owns the case sits. */
export async function findCasePlaceAgs(db: Database, caseId: string): Promise<string | null> {
  const [row] = await db
    .select({ localityAgs: organisations.localityAgs, areaAgs: organisations.areaAgs })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.ownerOrganisationId))
    .where(eq(cases.id, caseId))
    .limit(1);
  if (!row) return null;
  const ags = row.localityAgs ?? row.areaAgs.find((value) => value.length === 8) ?? null;
  return ags && /^\d{8}$/.test(ags) ? ags : null;
}
