import { describe, expect, it } from 'vitest';
import type { AdminUser } from '../../../contract/admin-users';
import { containsLoosely, filterOf, matches, organisationsOf, withoutOrganisation } from './user-filter';

const organisation = { id: '00000000-0000-4000-8000-000000000001', name: 'Welcome Center Rhein-Neckar', kind: 'welcome_center' } as const;
const user = (overrides: Partial<AdminUser>): AdminUser => ({
  id: '00000000-0000-4000-8000-00000000000a',
  email: 'joerg.mueller@demo.example',
  name: 'Jörg Müller',
  roles: ['navigator'],
  organisationId: organisation.id,
  organisation,
  locale: 'de',
  isActive: true,
  status: 'active',
  lastSignInAt: null,
  createdAt: '2026-12-01T10:00:00Z',
  isManageable: true,
  ...overrides,
});

describe('the user filter', () => {
  it('finds any part of a name, whatever the case and however umlauts are written', () => {
    for (const typed of ['müller', 'MULLER', 'mueller', 'jörg m', 'Joerg', 'ÜLL']) expect(containsLoosely('Jörg Müller', typed)).toBe(true);
    expect(containsLoosely('Jörg Mueller', 'Müller')).toBe(true);
    expect(containsLoosely('Straße', 'strasse')).toBe(true);
    expect(containsLoosely('Jörg Müller', 'meier')).toBe(false);
    expect(containsLoosely('Manuel', 'e')).toBe(true);
  });

  it('combines name or e-mail, organisation, role and status', () => {
    const base = { text: '', organisation: '', role: '', status: '' };
    expect(matches(user({}), { ...base, text: '@demo.example' })).toBe(true);
    expect(matches(user({}), { ...base, text: 'mueller@' })).toBe(true);
    expect(matches(user({}), { ...base, organisation: organisation.id, role: 'navigator', status: 'active' })).toBe(true);
    expect(matches(user({}), { ...base, role: 'caseworker' })).toBe(false);
    expect(matches(user({}), { ...base, status: 'inactive' })).toBe(false);
    expect(matches(user({ organisation: null, organisationId: null }), { ...base, organisation: withoutOrganisation })).toBe(true);
    expect(matches(user({}), { ...base, organisation: withoutOrganisation })).toBe(false);
  });

  it('reads the address and refuses a status it does not know', () => {
    expect(filterOf(new URLSearchParams('suche=+M%C3%BCller+&rolle=navigator&status=gone'))).toEqual({ text: 'Müller', organisation: '', role: 'navigator', status: '' });
    expect(filterOf(new URLSearchParams('status=invited')).status).toBe('invited');
  });

  it('offers only organisations that have accounts, by name', () => {
    const other = { id: '00000000-0000-4000-8000-000000000002', name: 'Agentur für Arbeit', kind: 'employment_agency' } as const;
    const result = organisationsOf([user({}), user({ organisation: other }), user({ organisation: null })], 'de');
    expect(result.organisations.map((entry) => entry.name)).toEqual(['Agentur für Arbeit', 'Welcome Center Rhein-Neckar']);
    expect(result.someWithout).toBe(true);
  });
});
