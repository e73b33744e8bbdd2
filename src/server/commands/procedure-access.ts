import type { ProcedureError } from '../../domain/journey/index';
import { getOrganisationById } from '../db/repositories/organisations.repository';
import { findProcedureWithOrganisations, type ProcedureWithOrganisations } from '../db/repositories/procedure.repository';
import type { CaseRow } from '../db/repositories/cases.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { canRunProcedure } from '../policies/procedure.policy';
import { loadAccessibleCase } from './case-access';
import type { Actor, CommandContext } from './context';

/** A procedure as the API shows it: with its organisations, and the day its overdue flags are for. */
export type ProcedureView = { procedure: ProcedureWithOrganisations; today: string };

/**
 * Locks and loads a case whose §81a procedure the actor may run: 404 for a case they cannot see,
 * 403 for one they can see but do not run (not its Ausländerbehörde). Returns the owner's Land.
 */
export async function loadCaseForProcedureChange(
  tx: Database,
  ctx: CommandContext,
  caseId: string,
): Promise<{ actor: Actor; row: CaseRow; ownerLand: string }> {
  const { actor, row } = await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
  const owner = await getOrganisationById(tx, row.ownerOrganisationId);
  if (!owner || !canRunProcedure(actor, row, owner)) {
    throw new AppError('FORBIDDEN', 'Only a case worker of the Ausländerbehörde that owns the case runs its accelerated procedure (§81a AufenthG).');
  }
  return { actor, row, ownerLand: owner.land };
}

/** The procedure of a case with its organisations; NOT_FOUND when the case has none. */
export async function loadProcedureView(db: Database, caseId: string, today: string): Promise<ProcedureView> {
  const procedure = await findProcedureWithOrganisations(db, caseId);
  if (!procedure) throw new AppError('NOT_FOUND', 'This case has no accelerated procedure.');
  return { procedure, today };
}

/**
 * A refusal of the domain as an API error carrying the domain's code in `fields`: a step in the
 * wrong state or without an extension left is a CONFLICT (409), a date or reason that does not fit
 * is VALIDATION_FAILED (400) on the request field `field`.
 */
export function procedureErrorToAppError(error: ProcedureError, field: string): AppError {
  switch (error.code) {
    case 'UNKNOWN_STEP':
      return new AppError('NOT_FOUND', error.message, { stepId: error.code });
    case 'STEP_NOT_OPEN':
    case 'NOT_EXTENDABLE':
      return new AppError('CONFLICT', error.message, { stepId: error.code });
    case 'DATE_BEFORE_OPENED':
    case 'EXTENSION_NOT_LATER':
      return new AppError('VALIDATION_FAILED', error.message, { [field]: error.code });
    case 'REASON_REQUIRED':
      return new AppError('VALIDATION_FAILED', error.message, { reason: error.code });
  }
}

/** A date of something that happened: not after today in Germany. */
export function assertNotAfterToday(date: string, today: string, field: string): void {
  if (date > today) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { [field]: `must not be after today (${today})` });
}
