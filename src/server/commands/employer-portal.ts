import type { JourneyStage } from '../../domain/journey/index';
import { berlinDateOf } from '../../domain/referrals/berlin-time';
import { recordAudit } from '../audit/record-audit';
import { findConsentedHires, findEmployerRequests, type EmployerRequestRow } from '../db/repositories/employer.repository';
import { findProcedureWithOrganisations, type ProcedureWithOrganisations } from '../db/repositories/procedure.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { placeDirectory } from '../places/place-directory';
import { todayOf } from './case-access';
import type { CommandContext } from './context';
import { employerStatusPurpose, requireEmployer } from './employer-access';

export type HireView = {
  caseId: string;
  personName: string;
  stage: JourneyStage;
  consentValidThrough: string | null;
  procedure: ProcedureWithOrganisations | undefined;
};

export type EmployerRequestView = Omit<EmployerRequestRow, 'givenName' | 'familyName'> & {
  personName: string;
  placeOfWorkName: string;
  procedure: ProcedureWithOrganisations | undefined;
};

/**
 * My hires: one entry per case with a valid consent `employer_status` naming the caller's
 * organisation, with the consenting person's name, stage and the §81a procedure (status only).
 * Each case shown is audited under the purpose `employer_status`.
 */
export async function getEmployerHires(ctx: CommandContext): Promise<{ items: HireView[]; today: string }> {
  const actor = requireEmployer(ctx);
  const today = todayOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const rows = await findConsentedHires(tx, actor.organisationId, ctx.clock.now());
    const seen = new Set<string>();
    const items: HireView[] = [];
    for (const row of rows) {
      if (seen.has(row.caseId)) continue;
      seen.add(row.caseId);
      items.push({
        caseId: row.caseId,
        personName: `${row.givenName} ${row.familyName}`,
        stage: row.stage as JourneyStage,
        consentValidThrough: row.validUntil ? berlinDateOf(row.validUntil.getTime() - 1) : null,
        procedure: await findProcedureWithOrganisations(tx, row.caseId),
      });
      await recordAudit(tx, ctx, {
        action: 'employer.hire_read',
        subjectType: 'case',
        subjectId: row.caseId,
        purpose: employerStatusPurpose,
        details: { consentId: row.consentId, employerOrganisationId: actor.organisationId },
      });
    }
    return { items, today };
  });
}

async function loadRequests(tx: Database, ctx: CommandContext, organisationId: string, requestId?: string): Promise<EmployerRequestView[]> {
  const rows = await findEmployerRequests(tx, organisationId, requestId);
  const views: EmployerRequestView[] = [];
  for (const { givenName, familyName, ...row } of rows) {
    views.push({
      ...row,
      personName: `${givenName} ${familyName}`,
      placeOfWorkName: placeDirectory().get(row.placeOfWorkAgs)?.name ?? row.placeOfWorkAgs,
      procedure: await findProcedureWithOrganisations(tx, row.caseId),
    });
    await recordAudit(tx, ctx, {
      action: 'employer.request_read',
      subjectType: 'case',
      subjectId: row.caseId,
      purpose: employerStatusPurpose,
      details: { employerRequestId: row.id, employerOrganisationId: organisationId },
    });
  }
  return views;
}

/** The caller's organisation's own §81a requests with the status of each statutory step; audited per case. */
export async function getEmployerRequests(ctx: CommandContext): Promise<{ items: EmployerRequestView[]; today: string }> {
  const actor = requireEmployer(ctx);
  return ctx.db.transaction(async (tx) => ({ items: await loadRequests(tx, ctx, actor.organisationId), today: todayOf(ctx) }));
}

/** One request of the caller's organisation; another organisation's request is NOT_FOUND. */
export async function getEmployerRequest(ctx: CommandContext, requestId: string): Promise<{ item: EmployerRequestView; today: string }> {
  const actor = requireEmployer(ctx);
  return ctx.db.transaction(async (tx) => {
    const [item] = await loadRequests(tx, ctx, actor.organisationId, requestId);
    if (!item) throw new AppError('NOT_FOUND', 'No such request.');
    return { item, today: todayOf(ctx) };
  });
}
