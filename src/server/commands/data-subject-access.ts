import type { Database } from '../db/client';
import { getPersonOfCase } from '../db/repositories/consents.repository';
import { AppError } from '../errors';
import { loadAccessibleCase, requireActor } from './case-access';
import type { Actor, CommandContext } from './context';
import { portalAccountFor } from './portal-access';

/** The purpose data-subject requests are recorded under in the audit log. */
export const dataSubjectPurpose = 'data_subject_rights';

/**
 * A person of a case the actor may act for: case staff with access to the case, or (for the
 * export) the person themself. NOT_FOUND otherwise, as for every case record.
 */
export async function loadPersonForRights(
  tx: Database,
  ctx: CommandContext,
  caseId: string,
  personId: string,
  options: { allowPerson: boolean; forUpdate?: boolean },
): Promise<{ actor: Actor; relation: string }> {
  const actor = requireActor(ctx);
  const person = await getPersonOfCase(tx, caseId, personId);
  if (actor.roles.includes('applicant')) {
    if (options.allowPerson && person && (await portalAccountFor(tx, actor, caseId, person.id))) return { actor, relation: person.relation };
    throw new AppError('NOT_FOUND', 'No such case.');
  }
  await loadAccessibleCase(tx, ctx, caseId, { forUpdate: options.forUpdate ?? false });
  if (!person) throw new AppError('NOT_FOUND', 'No such person in this case.');
  return { actor, relation: person.relation };
}
