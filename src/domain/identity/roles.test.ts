import { describe, expect, it } from 'vitest';
import { areasForRoles, isStaff, roles } from './roles';

describe('areasForRoles', () => {
  it('gives every role at least one area and the Wegweiser to everyone', () => {
    for (const role of roles) {
      expect(areasForRoles([role])).toContain('wegweiser');
    }
  });

  it('unites the areas of several roles without duplicates, in a stable order', () => {
    expect(areasForRoles(['editor', 'steering'])).toEqual(['wegweiser', 'knowledge', 'learning', 'network', 'steering']);
  });

  it('keeps the steering dashboards away from case workers and applicants', () => {
    expect(areasForRoles(['caseworker'])).not.toContain('steering');
    expect(areasForRoles(['applicant'])).toEqual(['wegweiser', 'portal']);
  });
});

describe('isStaff', () => {
  it('treats employers and applicants as outside the network staff', () => {
    expect(isStaff(['employer'])).toBe(false);
    expect(isStaff(['applicant'])).toBe(false);
    expect(isStaff(['partner'])).toBe(true);
  });
});
