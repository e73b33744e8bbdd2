import type { Role } from '../../domain/identity/roles';
import type { Actor } from '../commands/context';

/**
 * Who may see and change a case (capability 2; consent-based sharing comes later):
 * - case staff (caseworker, navigator) of the organisation that owns the case;
 * - the case's navigator, whatever their organisation.
 * Nobody else: not admins (personal data), steering, partners, employers, editors or applicants.
 * A case the caller may not see is answered with 404, so its existence is not revealed.
 */

/** Roles that work on cases. */
export const caseStaffRoles = ['caseworker', 'navigator'] as const satisfies readonly Role[];

/** Someone whose access to cases is in question: the actor, or a user about to become an assignee. */
export type CaseAccessSubject = { userId: string; roles: readonly Role[]; organisationId: string | null };

/**
 * The cases a subject can reach, as data the repositories turn into SQL: the owner organisation
 * they are case staff of (or none), and their own user id as a possible navigator.
 */
export type CaseScope = { userId: string; staffOrganisationId: string | null };

export type CaseRecordForPolicy = { ownerOrganisationId: string; navigatorUserId: string | null };

const isCaseStaff = (roles: readonly Role[]): boolean => roles.some((role) => (caseStaffRoles as readonly Role[]).includes(role));

/** The scope of a subject, or 'none' when their roles give them no case at all. */
export function caseScope(subject: CaseAccessSubject): CaseScope | 'none' {
  if (!isCaseStaff(subject.roles)) return 'none';
  return { userId: subject.userId, staffOrganisationId: subject.organisationId };
}

export function actorAsCaseSubject(actor: Actor): CaseAccessSubject {
  return { userId: actor.userId, roles: actor.roles, organisationId: actor.organisationId };
}

/** Read and change go together in this slice: whoever may see a case may work on it. */
export function canAccessCase(scope: CaseScope | 'none', record: CaseRecordForPolicy): boolean {
  if (scope === 'none') return false;
  if (record.navigatorUserId === scope.userId) return true;
  return scope.staffOrganisationId !== null && scope.staffOrganisationId === record.ownerOrganisationId;
}

/**
 * Creating a case: case staff of an organisation. The creator's organisation owns the case; a
 * navigator becomes its navigator, a case worker's case has none until one is set.
 */
export function newCaseOwnership(actor: Actor): { ownerOrganisationId: string; navigatorUserId: string | null } | 'denied' {
  if (!isCaseStaff(actor.roles) || !actor.organisationId) return 'denied';
  return { ownerOrganisationId: actor.organisationId, navigatorUserId: actor.roles.includes('navigator') ? actor.userId : null };
}

/** Only someone with the navigator role can be a case's navigator. */
export const canNavigate = (roles: readonly Role[]): boolean => roles.includes('navigator');

/** The inbox: everyone who can be assigned case work (partners will receive referrals there). */
export const inboxRoles = ['caseworker', 'navigator', 'partner'] as const satisfies readonly Role[];
