import type { Database } from '../db/client';
import { findPortalAccount, type PortalAccount } from '../db/repositories/portal-accounts.repository';
import { AppError } from '../errors';
import { requireActor } from './case-access';
import type { Actor, CommandContext } from './context';

/** The purpose every portal read or change of the person's own case is recorded under. */
export const selfServicePurpose = 'self_service';

/**
 * The applicant's own place in a case: the account must carry the role `applicant` and be linked to
 * a case person through a redeemed portal invitation. Anything else is NOT_FOUND, as for every case.
 */
export async function loadPortalAccount(tx: Database, ctx: CommandContext): Promise<{ actor: Actor; account: PortalAccount }> {
  const actor = requireActor(ctx);
  if (!actor.roles.includes('applicant')) throw new AppError('NOT_FOUND', 'No such case.');
  const account = await findPortalAccount(tx, actor.userId);
  if (!account) throw new AppError('NOT_FOUND', 'No such case.');
  return { actor, account };
}

/**
 * May the portal account see person P of case C? The main person sees the whole family of the case;
 * a family member of age with their own access sees only their own part.
 */
export function portalCanSeePerson(account: PortalAccount, caseId: string, personId: string | undefined): boolean {
  if (account.caseId !== caseId) return false;
  if (personId === undefined || personId === account.personId) return true;
  return account.relation === 'main';
}

/** The applicant's portal account when the actor is an applicant linked to person P of case C. */
export async function portalAccountFor(tx: Database, actor: Actor, caseId: string, personId: string): Promise<PortalAccount | null> {
  if (!actor.roles.includes('applicant')) return null;
  const account = await findPortalAccount(tx, actor.userId);
  return account && account.caseId === caseId && account.personId === personId ? account : null;
}
