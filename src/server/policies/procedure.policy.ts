import type { Role } from '../../domain/identity/roles';
import type { Actor } from '../commands/context';
import { caseStaffRoles, type CaseRecordForPolicy } from './case.policy';

/**
 * Who runs the §81a accelerated procedure of a case (law.md §14: the employer applies at the
 * Ausländerbehörde, which runs the procedure):
 * - the route admits case workers only (a navigator, who may see the case, gets 403 for every
 *   change: the role decides, so the answer reveals nothing about the case);
 * - the record rule: the case must be visible (else 404, case.policy.ts), owned by an organisation
 *   of kind `abh`, and the case worker must belong to that organisation (else 403).
 * Reading the procedure follows the case: whoever may see the case sees its procedure.
 */
export const procedureEditorRoles = ['caseworker'] as const satisfies readonly Role[];

/** The deadline board: everyone who works on cases (the scope of the case list). */
export const deadlineBoardRoles = caseStaffRoles;

export function canRunProcedure(actor: Actor, record: CaseRecordForPolicy, owner: { kind: string }): boolean {
  return (
    actor.roles.some((role) => (procedureEditorRoles as readonly Role[]).includes(role)) &&
    actor.organisationId !== null &&
    actor.organisationId === record.ownerOrganisationId &&
    owner.kind === 'abh'
  );
}

