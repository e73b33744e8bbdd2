import type { Actor } from '../commands/context';

/**
 * Admins see everyone; an organisation's own administrator, steering and case workers see the
 * members of their own organisation.
 */
export function userListScope(actor: Actor): { organisationId?: string } | 'none' {
  if (actor.roles.includes('admin')) return {};
  if (actor.organisationId && (actor.roles.includes('org_admin') || actor.roles.includes('steering') || actor.roles.includes('caseworker'))) {
    return { organisationId: actor.organisationId };
  }
  return 'none';
}
