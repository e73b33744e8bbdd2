import type { User } from '../../../contract/auth';
import type { Role } from '../../../domain/identity/roles';
import type { OrganisationKind } from '../../../domain/identity/organisation-kinds';
import type { UserWithOrganisation } from '../../db/repositories/users.repository';
import type { Actor } from '../../commands/context';

/** The public shape of a user: never the password hash or SSO identifiers. */
export function presentUser(user: UserWithOrganisation | Actor): User {
  const isActor = 'userId' in user;
  return {
    id: isActor ? user.userId : user.id,
    email: user.email,
    name: user.name,
    roles: user.roles as Role[],
    organisationId: user.organisationId,
    organisation: user.organisation
      ? { id: user.organisation.id, name: user.organisation.name, kind: user.organisation.kind as OrganisationKind }
      : null,
    locale: user.locale,
  };
}
