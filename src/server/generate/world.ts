import { requireLand } from '../../domain/calendar/index';
import type { Land } from '../../domain/identity/organisation-kinds';
import { staffFamilyNames, staffGivenNames } from './names';
import { Random, Weighted } from './random';
import { defaultOwnerWeight, ownerWeights } from './vocabulary';

/**
 * The organisations and people synthetic cases are spread over: the installation's
 * Ausländerbehörden and welcome centres as owners, their case staff, the navigators, employers
 * and recognition bodies. Built from database rows by a pure function, so it is the same for the
 * same rows in any order.
 */
export type OrganisationInput = { id: string; slug: string; kind: string; land: string };
export type UserInput = { id: string; email: string; roles: readonly string[]; organisationId: string | null; isActive: boolean };

export type Office = { id: string; slug: string; kind: 'abh' | 'welcome_center'; land: Land; staff: Weighted<string> };

export type World = {
  /** Every office that can own cases, by slug. */
  offices: ReadonlyMap<string, Office>;
  owners: Weighted<Office>;
  /** The Ausländerbehörden, weighted like owners: the responsible authority of a welcome-centre case. */
  authorities: Weighted<Office>;
  navigators: Weighted<{ id: string; organisationId: string }> | null;
  employers: readonly string[];
  recognitionBodies: ReadonlyMap<Land, string>;
};

/** A fictitious staff account the generator adds for an office (no password: cannot sign in). */
export type StaffAccount = { id: string; email: string; name: string; role: 'caseworker' | 'navigator'; organisationId: string };

const STAFF_PER_ABH = 3;
const NAVIGATORS_PER_WELCOME_CENTRE = 6;
/** Demo accounts carry more of their office's cases than generated colleagues: the demo shows them. */
const DEMO_ACCOUNT_WEIGHT = 3;

const bySlug = <T extends { slug: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

/**
 * The staff accounts to add: a few case workers per ABH, navigators per welcome centre. Ids and
 * names depend on the office's slug only, not on the seed, so every run reuses the same accounts.
 */
export function staffAccountsFor(organisations: readonly OrganisationInput[]): StaffAccount[] {
  return bySlug(organisations).flatMap((organisation) => {
    const count = organisation.kind === 'abh' ? STAFF_PER_ABH : organisation.kind === 'welcome_center' ? NAVIGATORS_PER_WELCOME_CENTRE : 0;
    return Array.from({ length: count }, (_, index): StaffAccount => {
      const random = Random.of('lotse-staff', organisation.slug, index);
      const email = `staff-${index + 1}.${organisation.slug}@generated.example`;
      return {
        id: random.uuid(),
        email,
        name: `${random.pick(staffGivenNames)} ${random.pick(staffFamilyNames)}`,
        role: organisation.kind === 'abh' ? 'caseworker' : 'navigator',
        organisationId: organisation.id,
      };
    });
  });
}

const isDemoAccount = (email: string) => email.endsWith('@demo.example');

function staffOf(users: readonly UserInput[], organisationId: string, role: string): Weighted<string> | null {
  const members = users
    .filter((user) => user.isActive && user.organisationId === organisationId && user.roles.includes(role))
    .sort((a, b) => (a.email < b.email ? -1 : 1));
  if (members.length === 0) return null;
  return new Weighted(members.map((user) => [user.id, isDemoAccount(user.email) ? DEMO_ACCOUNT_WEIGHT : 1] as const));
}

export function buildWorld(organisations: readonly OrganisationInput[], users: readonly UserInput[]): World {
  const sorted = bySlug(organisations);
  const owners: (readonly [Office, number])[] = [];
  for (const organisation of sorted) {
    if (organisation.kind !== 'abh' && organisation.kind !== 'welcome_center') continue;
    const staff = staffOf(users, organisation.id, organisation.kind === 'abh' ? 'caseworker' : 'navigator');
    if (!staff) continue;
    const office: Office = { id: organisation.id, slug: organisation.slug, kind: organisation.kind, land: requireLand(organisation.land), staff };
    owners.push([office, ownerWeights[organisation.slug] ?? defaultOwnerWeight]);
  }
  if (!owners.some(([office]) => office.kind === 'abh')) {
    throw new Error('No Ausländerbehörde with case workers in the database: seed the demo region first (npx lotse seed --demo).');
  }
  const navigatorUsers = users
    .filter((user) => user.isActive && user.roles.includes('navigator') && user.organisationId !== null)
    .sort((a, b) => (a.email < b.email ? -1 : 1));
  const recognitionBodies = new Map<Land, string>();
  for (const organisation of sorted) {
    const land = requireLand(organisation.land);
    if (organisation.kind === 'recognition_body' && !recognitionBodies.has(land)) recognitionBodies.set(land, organisation.id);
  }
  return {
    offices: new Map(owners.map(([office]) => [office.slug, office])),
    owners: new Weighted(owners),
    authorities: new Weighted(owners.filter(([office]) => office.kind === 'abh')),
    navigators:
      navigatorUsers.length === 0
        ? null
        : new Weighted(navigatorUsers.map((user) => [{ id: user.id, organisationId: user.organisationId ?? '' }, isDemoAccount(user.email) ? DEMO_ACCOUNT_WEIGHT : 1] as const)),
    employers: sorted.filter((organisation) => organisation.kind === 'employer').map((organisation) => organisation.id),
    recognitionBodies,
  };
}
