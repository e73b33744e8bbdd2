import { berlinDate } from '../clock';
import { recordAudit } from '../audit/record-audit';
import { getCaseRow, touchCase, type CaseRow } from '../db/repositories/cases.repository';
import { insertEvents } from '../db/repositories/case-records.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { actorAsCaseSubject, canAccessCase, caseScope } from '../policies/case.policy';
import type { Actor, CommandContext } from './context';

/** The purpose every case read and change is recorded under in the audit log. */
export const casePurpose = 'case_management';

export function requireActor(ctx: CommandContext): Actor {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return ctx.actor;
}

/** "Today" for due dates and birth dates: the calendar date in Germany. */
export const todayOf = (ctx: CommandContext): string => berlinDate(ctx.clock.now());

/**
 * Loads a case the actor may see; anything else is NOT_FOUND, so a case outside the caller's
 * scope cannot be told apart from one that does not exist. `forUpdate` locks the row: every change
 * takes this lock before it writes the audit entry, which keeps the lock order the same everywhere.
 */
export async function loadAccessibleCase(
  tx: Database,
  ctx: CommandContext,
  caseId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ actor: Actor; row: CaseRow }> {
  const actor = requireActor(ctx);
  const row = await getCaseRow(tx, caseId, options);
  if (!row || !canAccessCase(caseScope(actorAsCaseSubject(actor)), row)) {
    throw new AppError('NOT_FOUND', 'No such case.');
  }
  return { actor, row };
}

/** One change of a case: `kind` names the timeline event and (as `case.<kind>`) the audit action. */
export type CaseChange = { kind: string; data?: Record<string, unknown> };

/**
 * Writes the timeline events and audit entries of changes in the caller's transaction and marks
 * the case as updated. `data` holds ids and codes only, never personal data. `purpose`: the audit
 * purpose when it is not case management (the person's own changes in the portal: self_service).
 */
export async function recordCaseChanges(
  tx: Database,
  ctx: CommandContext,
  caseId: string,
  changes: CaseChange[],
  options: { touch?: boolean; purpose?: string } = {},
): Promise<void> {
  const at = ctx.clock.now();
  const actorUserId = ctx.actor?.userId ?? null;
  await insertEvents(
    tx,
    changes.map((change) => ({ caseId, type: change.kind, at, actorUserId, data: change.data ?? {} })),
  );
  if (options.touch ?? true) await touchCase(tx, caseId, at);
  for (const change of changes) {
    await recordAudit(tx, ctx, {
      action: `case.${change.kind}`,
      subjectType: 'case',
      subjectId: caseId,
      purpose: options.purpose ?? casePurpose,
      details: change.data ?? {},
    });
  }
}

/** A birth date must lie before today; the contract has already checked it is a real date. */
export function assertBornBefore(birthDate: string, today: string, field: string): void {
  if (birthDate >= today) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { [field]: 'must be in the past' });
}
