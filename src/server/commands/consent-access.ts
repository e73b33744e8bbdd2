import { getPersonOfCase } from '../db/repositories/consents.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { loadAccessibleCase, requireActor } from './case-access';
import type { Actor, CommandContext } from './context';
import { portalAccountFor } from './portal-access';

/** The purpose consent management is recorded under in the audit log. */
export const consentPurpose = 'consent_management';

/**
 * A case whose consents the actor may manage: case staff with access to the case (ADR 7), or the
 * person themself. Anything else is NOT_FOUND, as for every case record.
 */
export async function loadCaseForConsent(
  tx: Database,
  ctx: CommandContext,
  caseId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ actor: Actor; asPerson: boolean }> {
  const actor = requireActor(ctx);
  if (actor.roles.includes('applicant')) {
    // The person themself, linked to the case through a redeemed portal invitation (ADR 0016).
    const person = await getPersonOfCase(tx, caseId, undefined);
    if (person && (await portalAccountFor(tx, actor, caseId, person.id))) return { actor, asPerson: true };
    throw new AppError('NOT_FOUND', 'No such case.');
  }
  await loadAccessibleCase(tx, ctx, caseId, options);
  return { actor, asPerson: false };
}
