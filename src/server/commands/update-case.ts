import type { PatchCaseBody } from '../../contract/cases';
import type { Role } from '../../domain/identity/roles';
import { updateMainPersonJourney, type CasePersonChanges } from '../db/repositories/case-persons.repository';
import { addCaseOrganisation, updateCaseVersioned, type CaseInsert, type CaseRow } from '../db/repositories/cases.repository';
import { getOrganisationById } from '../db/repositories/organisations.repository';
import { getUserWithOrganisation } from '../db/repositories/users.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { canNavigate } from '../policies/case.policy';
import { loadAccessibleCase, recordCaseChanges, todayOf, type CaseChange } from './case-access';
import { loadCaseDetail, type CaseDetail } from './case-detail';
import type { CommandContext } from './context';
import { planJourneyMove } from './journey-move';

export type UpdateCaseInput = Omit<PatchCaseBody, 'version'> & { version: number };

const invalid = (field: string, problem: string) => new AppError('VALIDATION_FAILED', 'The request is not valid.', { [field]: problem });

type Plan = { changes: Partial<CaseInsert>; person: CasePersonChanges; log: CaseChange[] };

/**
 * Changes a case under optimistic concurrency: the caller names the version they saw; a stale one
 * is a CONFLICT and nothing is written, so no update is lost. The row is locked while the change
 * is checked, and the version counts up once per successful PATCH.
 */
export async function updateCase(ctx: CommandContext, caseId: string, input: UpdateCaseInput): Promise<CaseDetail> {
  return ctx.db.transaction(async (tx) => {
    const { row } = await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    if (row.version !== input.version) {
      throw new AppError('CONFLICT', 'The case was changed by someone else; load it again and repeat your change.', {
        version: `stale: the case is at version ${row.version}`,
      });
    }
    const plan = await planChanges(tx, ctx, row, input);
    if (plan.log.length > 0) {
      const updated = await updateCaseVersioned(tx, caseId, input.version, { ...plan.changes, updatedAt: ctx.clock.now() });
      if (!updated) throw new AppError('CONFLICT', 'The case was changed by someone else.', { version: 'stale' });
      if (Object.keys(plan.person).length > 0) await updateMainPersonJourney(tx, caseId, plan.person);
      await recordCaseChanges(tx, ctx, caseId, plan.log, { touch: false });
    }
    return loadCaseDetail(tx, caseId, todayOf(ctx));
  });
}

async function planChanges(tx: Database, ctx: CommandContext, row: CaseRow, input: UpdateCaseInput): Promise<Plan> {
  const now = ctx.clock.now();
  const plan: Plan = { changes: {}, person: {}, log: [] };
  if (input.navigatorUserId !== undefined && input.navigatorUserId !== row.navigatorUserId) {
    if (input.navigatorUserId !== null) {
      const user = await getUserWithOrganisation(tx, input.navigatorUserId);
      if (!user || !user.isActive || !canNavigate(user.roles as Role[])) throw invalid('navigatorUserId', 'not an active navigator');
      if (user.organisationId) await addCaseOrganisation(tx, { caseId: row.id, organisationId: user.organisationId, role: 'navigator', addedAt: now });
    }
    plan.changes.navigatorUserId = input.navigatorUserId;
    plan.changes.navigatorAssignedAt = input.navigatorUserId ? now : null;
    plan.log.push({ kind: 'navigator_changed', data: { from: row.navigatorUserId, to: input.navigatorUserId } });
  }
  if (input.employerOrganisationId !== undefined && input.employerOrganisationId !== row.employerOrganisationId) {
    if (input.employerOrganisationId !== null) {
      const organisation = await getOrganisationById(tx, input.employerOrganisationId);
      if (organisation?.kind !== 'employer') throw invalid('employerOrganisationId', 'not an employer organisation');
      await addCaseOrganisation(tx, { caseId: row.id, organisationId: organisation.id, role: 'employer', addedAt: now });
    }
    plan.changes.employerOrganisationId = input.employerOrganisationId;
    plan.log.push({ kind: 'employer_changed', data: { from: row.employerOrganisationId, to: input.employerOrganisationId } });
  }
  if (input.targetTitleId !== undefined && input.targetTitleId !== row.targetTitleId) {
    plan.changes.targetTitleId = input.targetTitleId;
    plan.person.targetTitleId = input.targetTitleId;
    plan.log.push({ kind: 'target_changed', data: { from: row.targetTitleId, to: input.targetTitleId } });
  }
  if (input.job !== undefined) {
    plan.changes.job = input.job;
    // The job itself (salary) stays out of the timeline data; the case holds it.
    plan.log.push({ kind: 'job_changed', data: { isSet: input.job !== null } });
  }
  if (input.stage !== undefined) {
    const move = planJourneyMove(row, input.stage, input.closeReason);
    Object.assign(plan.changes, move.columns);
    Object.assign(plan.person, move.columns);
    plan.log.push({ kind: 'stage_changed', data: move.data });
  }
  return plan;
}
