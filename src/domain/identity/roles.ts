/** The roles of Lotse (../shared/PRODUCT.md "Users"). */
/** `org_admin`: an organisation's own administrator, who manages the accounts of that organisation only. */
export const roles = ['admin', 'steering', 'caseworker', 'navigator', 'partner', 'employer', 'editor', 'applicant', 'org_admin'] as const;
export type Role = (typeof roles)[number];

/** Roles of people working for a member organisation, as opposed to employers and applicants. */
export const staffRoles = ['admin', 'steering', 'caseworker', 'navigator', 'partner', 'editor', 'org_admin'] as const satisfies readonly Role[];

/** The product areas a signed-in person can be offered (../shared/PRODUCT.md "Capabilities"). */
export const areas = [
  'wegweiser',
  'cases',
  'referrals',
  'knowledge',
  'learning',
  'network',
  'steering',
  'portal',
  'employer',
  'administration',
] as const;
export type Area = (typeof areas)[number];

const areasByRole: Record<Role, readonly Area[]> = {
  admin: ['administration', 'steering', 'network', 'knowledge', 'wegweiser'],
  steering: ['steering', 'network', 'knowledge', 'wegweiser'],
  caseworker: ['cases', 'referrals', 'wegweiser', 'knowledge', 'learning', 'network'],
  navigator: ['cases', 'referrals', 'wegweiser', 'knowledge', 'learning', 'network'],
  partner: ['referrals', 'wegweiser', 'knowledge', 'learning', 'network'],
  employer: ['employer', 'wegweiser', 'network', 'knowledge'],
  editor: ['knowledge', 'learning', 'wegweiser', 'network'],
  applicant: ['portal', 'wegweiser'],
  org_admin: ['administration', 'network', 'knowledge', 'wegweiser'],
};

/** The areas open to someone with these roles, in the order of the areas list. */
export function areasForRoles(userRoles: readonly Role[]): Area[] {
  const open = new Set(userRoles.flatMap((role) => areasByRole[role]));
  return areas.filter((area) => open.has(area));
}

export const isStaff = (userRoles: readonly Role[]): boolean =>
  userRoles.some((role) => (staffRoles as readonly Role[]).includes(role));
