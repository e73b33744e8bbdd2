import { describe, expect, it } from 'vitest';
import { accountAccess, checkAssignment, grantableRoles, managementScope } from './user-administration';

const admin = { userId: 'a', roles: ['admin'] as const, organisationId: 'steering' };
const orgAdmin = { userId: 'o', roles: ['org_admin'] as const, organisationId: 'welcome' };

describe('user administration rules', () => {
  it('gives admins all accounts, organisation admins their own, everyone else none', () => {
    expect(managementScope(admin)).toBe('all');
    expect(managementScope(orgAdmin)).toBe('own');
    expect(managementScope({ roles: ['org_admin'], organisationId: null })).toBe('none');
    expect(managementScope({ roles: ['steering'], organisationId: 'steering' })).toBe('none');
  });

  it('keeps the network-wide roles and applicants away from organisation admins', () => {
    expect(grantableRoles(orgAdmin)).toEqual(['caseworker', 'navigator', 'partner', 'employer', 'editor', 'org_admin']);
    expect(grantableRoles(admin)).toContain('admin');
    expect(checkAssignment({ ...orgAdmin, roles: [...orgAdmin.roles] }, { roles: ['steering'], organisationId: 'welcome' })).toHaveProperty('roles');
    expect(checkAssignment({ ...orgAdmin, roles: [...orgAdmin.roles] }, { roles: ['navigator'], organisationId: 'other' })).toHaveProperty('organisationId');
    expect(checkAssignment({ ...orgAdmin, roles: [...orgAdmin.roles] }, { roles: ['navigator'], organisationId: 'welcome' })).toEqual({});
    expect(checkAssignment({ ...admin, roles: [...admin.roles] }, { roles: ['applicant'], organisationId: null })).toEqual({});
    expect(checkAssignment({ ...admin, roles: [...admin.roles] }, { roles: ['navigator'], organisationId: null })).toHaveProperty('organisationId');
  });

  it('hides accounts of other organisations and protects network-wide roles', () => {
    const manager = { ...orgAdmin, roles: [...orgAdmin.roles] };
    expect(accountAccess(manager, { id: 'x', roles: ['navigator'], organisationId: 'welcome' })).toBe('allowed');
    expect(accountAccess(manager, { id: 'x', roles: ['navigator'], organisationId: 'other' })).toBe('hidden');
    expect(accountAccess(manager, { id: 'x', roles: ['navigator', 'steering'], organisationId: 'welcome' })).toBe('forbidden');
    expect(accountAccess({ ...admin, roles: [...admin.roles] }, { id: 'x', roles: ['admin'], organisationId: 'other' })).toBe('allowed');
  });
});
