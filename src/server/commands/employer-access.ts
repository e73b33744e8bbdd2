import { AppError } from '../errors';
import { requireActor } from './case-access';
import type { Actor, CommandContext } from './context';

/** The purpose every employer read of a hire's or request's status is recorded under (ADR 0016). */
export const employerStatusPurpose = 'employer_status';

/**
 * The signed-in employer and their organisation: the role `employer` and an organisation of kind
 * `employer`. The route policy already admits only the role; an employer account without such an
 * organisation sees nothing (403).
 */
export function requireEmployer(ctx: CommandContext): Actor & { organisationId: string } {
  const actor = requireActor(ctx);
  if (!actor.roles.includes('employer') || !actor.organisationId || actor.organisation?.kind !== 'employer') {
    throw new AppError('FORBIDDEN', 'Only an employer account of an employer organisation has this part of the portal.');
  }
  return { ...actor, organisationId: actor.organisationId };
}
