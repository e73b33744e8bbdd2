import type { Role } from '../../domain/identity/roles';
import type { Actor } from '../commands/context';

/**
 * Who may call a route at all. Every route declares one (deny by default: the app refuses
 * to start with a route that has none). Record-level rules live in the per-area policies.
 */
export type RoutePolicy =
  /** `identifies`: anyone may call, but a signed-in caller is recognised (e.g. sees more). */
  | { access: 'public'; identifies?: boolean }
  | { access: 'signedIn' }
  | { access: 'roles'; roles: readonly Role[] };

export const publicAccess: RoutePolicy = { access: 'public' };
export const publicIdentified: RoutePolicy = { access: 'public', identifies: true };
export const signedIn: RoutePolicy = { access: 'signedIn' };
export const rolesOnly = (...allowed: Role[]): RoutePolicy => ({ access: 'roles', roles: allowed });

export type PolicyDecision = 'allow' | 'unauthenticated' | 'forbidden';

export function decideRouteAccess(policy: RoutePolicy, actor: Actor | null): PolicyDecision {
  if (policy.access === 'public') return 'allow';
  if (!actor) return 'unauthenticated';
  if (policy.access === 'signedIn') return 'allow';
  return actor.roles.some((role) => policy.roles.includes(role)) ? 'allow' : 'forbidden';
}
