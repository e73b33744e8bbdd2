import type { Role } from '../../domain/identity/roles';
import { checkAssignment, type Manager } from '../../domain/identity/user-administration';
import { recordAudit } from '../audit/record-audit';
import type { Database } from '../db/client';
import { getOrganisationById } from '../db/repositories/organisations.repository';
import { insertUserAccount } from '../db/repositories/user-admin.repository';
import { getUserWithOrganisation } from '../db/repositories/users.repository';
import { AppError } from '../errors';
import type { CommandContext } from './context';
import type { UserAccount } from './find-users';
import { issueAccountLink } from './user-account-links';
import { requireManager } from './user-admin-access';

export type InviteInput = { email: string; name: string; roles: Role[]; organisationId: string | null; locale: 'de' | 'en' };

/**
 * Checks roles and organisation a manager assigns: FORBIDDEN (naming the field) for what they may
 * not grant, VALIDATION_FAILED for an organisation that is missing, unknown or deactivated.
 */
export async function checkAssignmentOrThrow(tx: Database, manager: Manager, assignment: { roles: Role[]; organisationId: string | null }): Promise<void> {
  const problems = checkAssignment(manager, assignment);
  const { roles: roleProblem, organisationId: organisationProblem } = problems;
  if (roleProblem || (organisationProblem && assignment.organisationId !== null)) {
    throw new AppError('FORBIDDEN', 'You may not assign these roles or this organisation.', problems);
  }
  if (organisationProblem) throw new AppError('VALIDATION_FAILED', 'An organisation is required for these roles.', { organisationId: organisationProblem });
  if (assignment.organisationId !== null) {
    const organisation = await getOrganisationById(tx, assignment.organisationId);
    if (!organisation || !organisation.isActive) throw new AppError('VALIDATION_FAILED', 'Unknown organisation.', { organisationId: 'unknown or deactivated organisation' });
  }
}

/**
 * Invites a person: the account is created inactive and without a password, and a one-time
 * link (valid 7 days) goes out by e-mail through the outbox; the person sets a password with it.
 */
export async function inviteUser(ctx: CommandContext, input: InviteInput): Promise<UserAccount> {
  const manager = requireManager(ctx);
  return ctx.db.transaction(async (tx) => {
    await checkAssignmentOrThrow(tx, manager, input);
    const now = ctx.clock.now();
    const created = await insertUserAccount(tx, {
      email: input.email.trim(),
      name: input.name,
      roles: input.roles,
      organisationId: input.organisationId,
      locale: input.locale,
      isActive: false,
      passwordHash: null,
      createdAt: now,
      updatedAt: now,
    });
    if (!created) throw new AppError('CONFLICT', 'There is already an account with this e-mail address.', { email: 'already has an account' });
    const { expiresAt } = await issueAccountLink(tx, ctx, created, 'invitation');
    await recordAudit(tx, ctx, {
      action: 'user.invited',
      subjectType: 'user',
      subjectId: created.id,
      purpose: 'administration',
      details: { roles: input.roles, organisationId: input.organisationId, linkExpiresAt: expiresAt.toISOString() },
    });
    const user = await getUserWithOrganisation(tx, created.id);
    if (!user) throw new AppError('INTERNAL', 'The invited account could not be read back.');
    return { ...user, lastSignInAt: null, isManageable: true };
  });
}
