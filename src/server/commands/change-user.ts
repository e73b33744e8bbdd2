import type { Role } from '../../domain/identity/roles';
import { recordAudit } from '../audit/record-audit';
import { updateUserAccount } from '../db/repositories/user-admin.repository';
import type { CommandContext } from './context';
import type { UserAccount } from './find-users';
import { checkAssignmentOrThrow } from './invite-user';
import { ensureAnotherAdminRemains, loadManagedUser, readUserAccount, refuseSelf, requireManager } from './user-admin-access';

/**
 * Changes a person's roles and/or organisation. The change applies to their open sessions at once
 * (each request reads the roles afresh). Nobody changes their own roles; the last admin stays one.
 */
export async function changeUser(ctx: CommandContext, id: string, input: { roles?: Role[] | undefined; organisationId?: string | null | undefined }): Promise<UserAccount> {
  const manager = requireManager(ctx);
  return ctx.db.transaction(async (tx) => {
    const user = await loadManagedUser(tx, manager, id);
    refuseSelf(manager, id, 'change the roles or organisation of');
    const roles = input.roles ?? (user.roles as Role[]);
    const organisationId = input.organisationId === undefined ? user.organisationId : input.organisationId;
    await checkAssignmentOrThrow(tx, manager, { roles, organisationId });
    if (user.roles.includes('admin') && !roles.includes('admin') && user.isActive) await ensureAnotherAdminRemains(tx, id);
    await updateUserAccount(tx, id, { roles, organisationId }, ctx.clock.now());
    const sameRoles = roles.length === user.roles.length && roles.every((role) => user.roles.includes(role));
    if (!sameRoles) {
      await recordAudit(tx, ctx, { action: 'user.roles_changed', subjectType: 'user', subjectId: id, purpose: 'administration', details: { from: user.roles, to: roles } });
    }
    if (organisationId !== user.organisationId) {
      await recordAudit(tx, ctx, {
        action: 'user.organisation_changed',
        subjectType: 'user',
        subjectId: id,
        purpose: 'administration',
        details: { from: user.organisationId, to: organisationId },
      });
    }
    return readUserAccount(tx, id);
  });
}
