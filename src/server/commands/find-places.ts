import { officeKindNames, type Office, type Place, type PlaceOffices } from '../../contract/places';
import type { OrganisationKind } from '../../domain/identity/organisation-kinds';
import { findOrganisations, type OrganisationRow } from '../db/repositories/organisations.repository';
import { AppError } from '../errors';
import { placeDirectory } from '../places/place-directory';
import type { CommandContext } from './context';

/** Public: places by name or postcode prefix. Nothing about the person is stored or logged. */
export function findPlaces(query: { q: string; limit: number }): Place[] {
  return placeDirectory().search(query.q, query.limit);
}

/**
 * The kinds of office named as "responsible" for a place, in the order shown: the authorities
 * and counselling services a skilled worker deals with. Employers, course providers,
 * associations and the network's steering office are not offices for the person.
 */
const officeKinds: readonly OrganisationKind[] = [
  'abh',
  'welcome_center',
  'iq',
  'migration_counselling',
  'employment_agency',
  'recognition_body',
  'chamber',
  'zsba',
  'zav',
];

/** How closely an organisation's area fits the place: the length of its longest AGS prefix of it (0 = nationwide). */
function fit(row: OrganisationRow, ags: string): number {
  return Math.max(0, ...row.areaAgs.filter((prefix) => ags.startsWith(prefix)).map((prefix) => prefix.length));
}

function present(row: OrganisationRow): Office {
  const kind = row.kind as OrganisationKind;
  return { id: row.id, name: row.name, kind, kindName: officeKindNames[kind], email: row.email, website: row.website, isNationwide: row.isNationwide };
}

/**
 * The offices for a place (`ags`, 8 digits): the one Ausländerbehörde whose area fits it most
 * closely (a town's own office, listed by its 8-digit code, before the district's office with
 * the 5-digit code), then every other office whose area contains the place, then nationwide ones.
 */
export async function findPlaceOffices(ctx: CommandContext, ags: string): Promise<PlaceOffices> {
  const place = placeDirectory().get(ags);
  if (!place) throw new AppError('NOT_FOUND', `No place with the AGS ${ags} is known.`);
  const rows = (await findOrganisations(ctx.db, { ags }))
    .filter((row) => officeKinds.includes(row.kind as OrganisationKind))
    .filter((row) => row.isNationwide || fit(row, ags) > 0);
  const abh = rows.filter((row) => row.kind === 'abh' && !row.isNationwide).sort((a, b) => fit(b, ags) - fit(a, ags))[0];
  const others = rows.filter((row) => row.kind !== 'abh');
  const order = (row: OrganisationRow) => officeKinds.indexOf(row.kind as OrganisationKind) + (row.isNationwide ? officeKinds.length : 0);
  const offices = [...(abh ? [abh] : []), ...others.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name, 'de'))];
  return { place, offices: offices.map(present) };
}
