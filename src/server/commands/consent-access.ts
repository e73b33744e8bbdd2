import type { Database } from '../db/client';
import { AppError } from '../errors';
import { loadAccessibleCase, requireActor } from './case-access';
import type { Actor, CommandContext } from './context';
import { findPortalAccount } from '../db/repositories/portal-accounts.repository';

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
): Promise<{ actor: Actor; asPerson: boolean; personId?: string; relation?: string }> {
  const actor = requireActor(ctx);
  if (actor.roles.includes('applicant')) {
    // The person themself, linked to the case through a redeemed portal invitation (ADR 0016): the
    // main person, or a family member of age with their own access (their own consents only).
    const account = await findPortalAccount(tx, actor.userId);
    if (account && account.caseId === caseId) return { actor, asPerson: true, personId: account.personId, relation: account.relation };
    throw new AppError('NOT_FOUND', 'No such case.');
  }
  await loadAccessibleCase(tx, ctx, caseId, options);
  return { actor, asPerson: false };
}

/** A declaration the actor may see: a person sees their own (the main person also the family's). */
export function personMaySeeConsent(access: { asPerson: boolean; personId?: string; relation?: string }, consent: { personId: string }): boolean {
  return !access.asPerson || access.relation === 'main' || consent.personId === access.personId;
}
