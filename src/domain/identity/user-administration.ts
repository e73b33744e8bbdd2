import { roles, type Role } from './roles';

/**
 * Who may manage which accounts (issue #12 §5): an admin of the steering body manages everyone;
 * an organisation's own administrator (`org_admin`) manages the people of that organisation only
 * and never hands out the network-wide roles.
 */

/** Roles that act across the whole network; only an admin grants or changes them. */
export const networkWideRoles = ['admin', 'steering'] as const satisfies readonly Role[];

/** Roles an organisation's administrator may give to people of their own organisation. */
export const organisationGrantableRoles = ['caseworker', 'navigator', 'partner', 'employer', 'editor', 'org_admin'] as const satisfies readonly Role[];

export type Manager = { userId: string; roles: readonly Role[]; organisationId: string | null };
export type ManagedAccount = { id: string; roles: readonly string[]; organisationId: string | null };

/** `all` for admins, `own` for organisation admins (with an organisation), otherwise `none`. */
export function managementScope(manager: Pick<Manager, 'roles' | 'organisationId'>): 'all' | 'own' | 'none' {
  if (manager.roles.includes('admin')) return 'all';
  if (manager.roles.includes('org_admin') && manager.organisationId) return 'own';
  return 'none';
}

/** The roles this manager may grant, in the order of the role list. */
export function grantableRoles(manager: Pick<Manager, 'roles' | 'organisationId'>): Role[] {
  const scope = managementScope(manager);
  if (scope === 'all') return [...roles];
  if (scope === 'own') return roles.filter((role) => (organisationGrantableRoles as readonly Role[]).includes(role));
  return [];
}

/**
 * Whether the manager may manage this account: `hidden` when it lies outside their organisation
 * (answered as "not found", its existence is not revealed), `forbidden` when it is in their
 * organisation but holds a network-wide role only an admin changes.
 */
export function accountAccess(manager: Manager, account: ManagedAccount): 'allowed' | 'hidden' | 'forbidden' {
  const scope = managementScope(manager);
  if (scope === 'all') return 'allowed';
  if (scope === 'none' || account.organisationId !== manager.organisationId) return 'hidden';
  const grantable = grantableRoles(manager) as readonly string[];
  return account.roles.every((role) => grantable.includes(role)) ? 'allowed' : 'forbidden';
}

/**
 * Checks roles and organisation a manager wants to give an account; returns the problems per
 * field (empty when the change is allowed).
 */
export function checkAssignment(
  manager: Manager,
  assignment: { roles: readonly Role[]; organisationId: string | null },
): Record<string, string> {
  const problems: Record<string, string> = {};
  const scope = managementScope(manager);
  const grantable = grantableRoles(manager);
  const refused = assignment.roles.filter((role) => !grantable.includes(role));
  if (refused.length > 0) problems.roles = `you may not grant: ${refused.join(', ')}`;
  if (scope === 'own' && assignment.organisationId !== manager.organisationId) {
    problems.organisationId = 'you may only assign people to your own organisation';
  }
  const isApplicantOnly = assignment.roles.length > 0 && assignment.roles.every((role) => role === 'applicant');
  if (!isApplicantOnly && assignment.organisationId === null) problems.organisationId ??= 'required for these roles';
  return problems;
}

/** The shortest password Lotse accepts (NIST SP 800-63B asks for at least 8; we ask for more). */
export const minimumPasswordLength = 12;
export const maximumPasswordLength = 256;

/** Days an invitation link and a password-reset link stay valid. */
export const accountLinkValidityDays = { invitation: 7, password_reset: 1 } as const;
export type AccountLinkPurpose = keyof typeof accountLinkValidityDays;
export const accountLinkPurposes = Object.keys(accountLinkValidityDays) as AccountLinkPurpose[];

/** Access tokens: lifetime chosen at creation. */
export const accessTokenLifetimeDays = { default: 90, min: 1, max: 365 } as const;
