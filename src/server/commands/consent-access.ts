import { getPersonOfCase } from '../db/repositories/consents.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { isPersonThemself } from '../policies/referral.policy';
import { loadAccessibleCase, requireActor } from './case-access';
import type { Actor, CommandContext } from './context';

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
    const person = await getPersonOfCase(tx, caseId, undefined);
    if (person && isPersonThemself(actor, person)) return { actor, asPerson: true };
    throw new AppError('NOT_FOUND', 'No such case.');
  }
  await loadAccessibleCase(tx, ctx, caseId, options);
  return { actor, asPerson: false };
}
