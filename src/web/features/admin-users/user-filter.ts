import { accountStatuses, type AdminUser } from '../../../contract/admin-users';
import type { Role } from '../../../contract/auth';

/** The filters of the user list, as kept in the address: suche, organisation, rolle, status. */
export type UserFilter = { text: string; organisation: string; role: string; status: string };

export const emptyFilter: UserFilter = { text: '', organisation: '', role: '', status: '' };

/** The address's names for the filters (German, like the page's own address). */
export const filterParams = { text: 'suche', organisation: 'organisation', role: 'rolle', status: 'status' } as const satisfies Record<keyof UserFilter, string>;

/** The value of the organisation filter for accounts without an organisation. */
export const withoutOrganisation = 'keine';

/** How many cards the list shows at first, and how many more each "show more" adds. */
export const pageSize = 30;

export function filterOf(params: URLSearchParams): UserFilter {
  const value = (key: string) => (params.get(key) ?? '').trim().slice(0, 200);
  const status = value(filterParams.status);
  return {
    text: value(filterParams.text),
    organisation: value(filterParams.organisation),
    role: value(filterParams.role),
    status: (accountStatuses as readonly string[]).includes(status) ? status : '',
  };
}

export const hasFilter = (filter: UserFilter) => Object.values(filter).some((value) => value !== '');

/** Lower case, ß as ss, no accents or umlaut dots: "Müller" → "muller". */
const fold = (text: string) =>
  text
    .toLocaleLowerCase('de')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

/** Like `fold`, but umlauts written out: "Müller" → "mueller". */
const expand = (text: string) => fold(text.toLocaleLowerCase('de').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));

/**
 * Whether `needle` is any part of `haystack`, whatever the case and however umlauts are written:
 * "muller", "müller" and "mueller" all find "Müller"; "müller" finds "Mueller" too.
 */
export function containsLoosely(haystack: string, needle: string): boolean {
  const wanted = fold(needle.trim());
  if (!wanted) return true;
  const plain = fold(haystack);
  const written = expand(haystack);
  return plain.includes(wanted) || written.includes(wanted) || written.includes(expand(needle.trim()));
}

export function matches(user: AdminUser, filter: UserFilter): boolean {
  if (filter.text && !containsLoosely(user.name, filter.text) && !containsLoosely(user.email, filter.text)) return false;
  if (filter.organisation) {
    const organisation = user.organisation?.id ?? withoutOrganisation;
    if (organisation !== filter.organisation) return false;
  }
  if (filter.role && !(user.roles as string[]).includes(filter.role)) return false;
  if (filter.status && user.status !== filter.status) return false;
  return true;
}

/** The organisations that have accounts in the list, by name, and whether some account has none. */
export function organisationsOf(users: AdminUser[], language: string): { organisations: { id: string; name: string }[]; someWithout: boolean } {
  const byId = new Map<string, string>();
  let someWithout = false;
  for (const user of users) {
    if (user.organisation) byId.set(user.organisation.id, user.organisation.name);
    else someWithout = true;
  }
  const collator = new Intl.Collator(language);
  const organisations = [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => collator.compare(a.name, b.name));
  return { organisations, someWithout };
}

/** The roles held by anyone in the list. */
export const rolesOf = (users: AdminUser[]): Role[] => [...new Set(users.flatMap((user) => user.roles))];

/** Accounts by name, then e-mail address (the server's order is arbitrary). */
export function byName(users: AdminUser[], language: string): AdminUser[] {
  const collator = new Intl.Collator(language);
  return [...users].sort((a, b) => collator.compare(a.name, b.name) || a.email.localeCompare(b.email));
}
