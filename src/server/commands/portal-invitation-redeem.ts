import type { InvitationPreview } from '../../contract/portal-entry';
import { isPortalLanguage } from '../../domain/portal/languages';
import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import { findPortalAccount, insertPortalAccount } from '../db/repositories/portal-accounts.repository';
import { findInvitationByHash, findPortalAccountsOfPersons, revokePendingInvitationsOfPerson, updatePortalInvitation } from '../db/repositories/portal-invitations.repository';
import { insertUserAccount } from '../db/repositories/user-admin.repository';
import { findUserByEmail } from '../db/repositories/users.repository';
import { getCasePerson } from '../db/repositories/case-persons.repository';
import { AppError } from '../errors';
import { hashPassword } from '../security/passwords';
import { sha256Hex } from '../security/tokens';
import type { CommandContext } from './context';
import { selfServicePurpose } from './portal-access';
import { invitationStatus } from './portal-invitation-staff';
import { startSession, type NewSession } from './sign-in';

/** The invitation behind a token if it can still be redeemed; 404 unknown, 410 used / revoked / expired. */
async function usableInvitation(db: Database, token: string, now: Date, forUpdate: boolean) {
  const found = await findInvitationByHash(db, sha256Hex(token), { forUpdate });
  if (!found) throw new AppError('NOT_FOUND', 'This invitation link is not known. Please check the link in your e-mail.');
  const status = invitationStatus(found.invitation, now);
  if (status === 'used') throw new AppError('LINK_USED', 'This invitation has been used already. Please sign in.', { token: 'used' });
  if (status === 'revoked') throw new AppError('LINK_EXPIRED', 'This invitation was withdrawn. Please ask your counsellor for a new one.', { token: 'revoked' });
  if (status === 'expired') throw new AppError('LINK_EXPIRED', 'This invitation has expired. Please ask your counsellor for a new one.', { token: 'expired' });
  return found;
}

/** What the invitation page shows: the first name and the inviting organisation, and who is signed in. */
export async function previewInvitation(ctx: CommandContext, token: string): Promise<InvitationPreview> {
  const found = await usableInvitation(ctx.db, token, ctx.clock.now(), false);
  const actor = ctx.actor;
  let signedIn: InvitationPreview['signedIn'] = 'none';
  if (actor) {
    if (!actor.roles.includes('applicant')) signedIn = 'other';
    else signedIn = (await findPortalAccount(ctx.db, actor.userId)) ? 'linked_applicant' : 'applicant';
  }
  return {
    givenName: found.givenName,
    organisationName: found.organisationName,
    language: isPortalLanguage(found.invitation.language) ? found.invitation.language : 'de',
    expiresAt: found.invitation.expiresAt.toISOString(),
    accountExists: actor === null && (await findUserByEmail(ctx.db, found.invitation.email)) !== undefined,
    signedIn,
  };
}

export type Redeemed = { caseId: string; accountCreated: boolean; session: NewSession | null };

/**
 * Redeems an invitation once. Signed in as an applicant without portal access: links that account.
 * Signed out: creates an applicant account with the invited e-mail address and the password, and
 * signs the person in. An existing account with that address is never linked silently: the person
 * signs in with it first. The portal account links exactly the invited person of the case.
 */
export async function redeemInvitation(ctx: CommandContext, token: string, password: string | undefined, previousSessionTokenHash?: string): Promise<Redeemed> {
  const actor = ctx.actor;
  if (actor && !actor.roles.includes('applicant')) {
    throw new AppError('FORBIDDEN', 'You are signed in with a staff account. Sign out, then open the invitation link again.');
  }
  const first = await usableInvitation(ctx.db, token, ctx.clock.now(), false);
  if (!actor && password === undefined) throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { password: 'required to create your account' });
  if (!actor && password !== undefined && password.trim().toLowerCase() === first.invitation.email) {
    throw new AppError('VALIDATION_FAILED', 'The password must not be the e-mail address.', { password: 'must not be the e-mail address' });
  }
  const passwordHash = !actor && password !== undefined ? await hashPassword(password) : null;
  const result = await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const { invitation } = await usableInvitation(tx, token, now, true);
    const [existingAccess] = await findPortalAccountsOfPersons(tx, [invitation.personId]);
    if (existingAccess) throw new AppError('CONFLICT', 'This person has portal access already. Please sign in.', { token: 'person has access already' });
    let userId: string;
    let organisationId: string | null = null;
    let accountCreated = false;
    if (actor) {
      if (await findPortalAccount(tx, actor.userId)) {
        throw new AppError('CONFLICT', 'Your account is linked to a case already.', { token: 'your account has portal access already' });
      }
      userId = actor.userId;
      organisationId = actor.organisationId;
    } else {
      if (await findUserByEmail(tx, invitation.email)) {
        throw new AppError('CONFLICT', 'There is already an account with this e-mail address. Sign in with it first, then open the invitation link again.', {
          email: 'has an account: sign in first',
        });
      }
      const person = await getCasePerson(tx, invitation.caseId, invitation.personId);
      const created = await insertUserAccount(tx, {
        email: invitation.email,
        name: person ? `${person.givenName} ${person.familyName}` : invitation.email,
        roles: ['applicant'],
        organisationId: null,
        locale: invitation.language,
        isActive: true,
        passwordHash,
        createdAt: now,
        updatedAt: now,
      });
      if (!created) throw new AppError('CONFLICT', 'There is already an account with this e-mail address. Sign in with it first.', { email: 'has an account: sign in first' });
      userId = created.id;
      accountCreated = true;
    }
    await insertPortalAccount(tx, { userId, caseId: invitation.caseId, personId: invitation.personId, createdAt: now, invitedBy: invitation.createdBy });
    await updatePortalInvitation(tx, invitation.id, { usedAt: now });
    await revokePendingInvitationsOfPerson(tx, invitation.personId, now);
    await recordAudit(tx, ctx, {
      action: 'portal.invitation_redeemed',
      subjectType: 'case',
      subjectId: invitation.caseId,
      purpose: selfServicePurpose,
      details: { invitationId: invitation.id, personId: invitation.personId, accountCreated },
      actor: { userId, organisationId },
    });
    return { caseId: invitation.caseId, accountCreated, userId };
  });
  const session = result.accountCreated ? await startSession(ctx, result.userId, 'password', previousSessionTokenHash) : null;
  return { caseId: result.caseId, accountCreated: result.accountCreated, session };
}
