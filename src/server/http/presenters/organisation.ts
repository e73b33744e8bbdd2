import type { Organisation } from '../../../contract/system';
import type { Land, OrganisationKind } from '../../../domain/identity/organisation-kinds';
import type { OrganisationRow } from '../../db/repositories/organisations.repository';

export function presentOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind as OrganisationKind,
    land: row.land as Land,
    areaAgs: row.areaAgs,
    isNationwide: row.isNationwide,
    email: row.email,
    website: row.website,
    languages: row.languages,
    description: row.description ?? null,
  };
}
