import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { cooperationAgreements, organisations, referrals } from '../schema/index';

/** Active organisations, the nodes of the network map. */
export function findGraphOrganisations(db: Database): Promise<{ id: string; name: string; kind: string; land: string }[]> {
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, land: organisations.land })
    .from(organisations)
    .where(eq(organisations.isActive, true))
    .orderBy(asc(organisations.name));
}

export type AgreementRow = {
  id: string;
  title: string;
  topic: string;
  partnerIds: string[];
  validFrom: string;
  validTo: string | null;
  documentUrl: string | null;
};

/** Active agreements valid on at least one day of the period (dates `YYYY-MM-DD`, both inclusive). */
export function findAgreementsInPeriod(db: Database, period: { from: string; to: string }): Promise<AgreementRow[]> {
  return db
    .select({
      id: cooperationAgreements.id,
      title: cooperationAgreements.title,
      topic: cooperationAgreements.topic,
      partnerIds: cooperationAgreements.partnerIds,
      validFrom: cooperationAgreements.validFrom,
      validTo: cooperationAgreements.validTo,
      documentUrl: cooperationAgreements.documentUrl,
    })
    .from(cooperationAgreements)
    .where(
      and(
        eq(cooperationAgreements.isActive, true),
        lte(cooperationAgreements.validFrom, period.to),
        or(isNull(cooperationAgreements.validTo), gte(cooperationAgreements.validTo, period.from)),
      ),
    )
    .orderBy(asc(cooperationAgreements.validFrom), asc(cooperationAgreements.id));
}

export type ReferralFlowRow = {
  fromId: string;
  toId: string;
  count: number;
  answered: number;
  medianAnswerHours: number | null;
  decided: number;
  onTime: number;
};

/**
 * Referrals sent in the period (days in Europe/Berlin, both inclusive), counted per sender and
 * recipient: how many, how many answered and their median answer time in hours, and how many were
 * answered by their due date among those whose outcome is known at `now` (answered, or past due).
 */
export async function findReferralFlows(db: Database, period: { from: string; to: string }, now: Date): Promise<ReferralFlowRow[]> {
  const start = sql`(${period.from}::date::timestamp AT TIME ZONE 'Europe/Berlin')`;
  const end = sql`((${period.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`;
  const instant = now.toISOString();
  return db
    .select({
      fromId: referrals.fromOrganisationId,
      toId: referrals.toOrganisationId,
      count: sql<number>`count(*)::int`.mapWith(Number),
      answered: sql<number>`count(${referrals.answeredAt})::int`.mapWith(Number),
      medianAnswerHours: sql<number | null>`percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM (${referrals.answeredAt} - ${referrals.createdAt})) / 3600.0)`.mapWith(
        (value: unknown) => (value === null ? null : Number(value)),
      ),
      decided: sql<number>`count(*) FILTER (WHERE ${referrals.answeredAt} IS NOT NULL OR ${referrals.dueAt} < ${instant}::timestamptz)::int`.mapWith(Number),
      onTime: sql<number>`count(*) FILTER (WHERE ${referrals.answeredAt} <= ${referrals.dueAt})::int`.mapWith(Number),
    })
    .from(referrals)
    .where(and(sql`${referrals.createdAt} >= ${start}`, sql`${referrals.createdAt} < ${end}`))
    .groupBy(referrals.fromOrganisationId, referrals.toOrganisationId)
    .orderBy(asc(referrals.fromOrganisationId), asc(referrals.toOrganisationId));
}
