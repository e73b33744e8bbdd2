import type { Role } from '../../domain/identity/roles';
import type { ReferralSide } from '../../domain/referrals/state-machine';
import type { Actor } from '../commands/context';

/**
 * Who takes part in a referral (capability 3):
 * - the recipient side: staff (case worker, navigator, partner) of the receiving organisation;
 * - the sender side: staff of the sending organisation.
 * Nobody else learns that the referral exists (404). The recipient reads case data only through
 * the consent check of `commands/get-referred-case.ts`, never through the case policy.
 */
export const referralStaffRoles = ['caseworker', 'navigator', 'partner'] as const satisfies readonly Role[];

export const isReferralStaff = (roles: readonly Role[]): boolean => roles.some((role) => (referralStaffRoles as readonly Role[]).includes(role));

export type ReferralParties = { fromOrganisationId: string; fromUserId: string; toOrganisationId: string };

/** The sides the actor is on; empty when they take no part. */
export function referralSidesOf(actor: Actor, referral: ReferralParties): ('recipient' | 'sender')[] {
  if (!isReferralStaff(actor.roles)) return [];
  const sides: ('recipient' | 'sender')[] = [];
  if (actor.organisationId && actor.organisationId === referral.toOrganisationId) sides.push('recipient');
  if (actor.userId === referral.fromUserId || (actor.organisationId && actor.organisationId === referral.fromOrganisationId)) sides.push('sender');
  return sides;
}

export function presentedSide(sides: readonly ('recipient' | 'sender')[]): 'recipient' | 'sender' | 'both' {
  return sides.length === 2 ? 'both' : (sides[0] ?? 'sender');
}

/** The side an action is taken on, when the actor is on it. */
export function actingSide(sides: readonly ('recipient' | 'sender')[], wanted: ReferralSide): ReferralSide | null {
  if (wanted === 'system') return null;
  return sides.includes(wanted) ? wanted : null;
}
