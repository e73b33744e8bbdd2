/** Organisation kinds of a network (../shared/domain/GLOSSARY.md, `org.kind`). */
export const organisationKinds = [
  'abh',
  'welcome_center',
  'iq',
  'employment_agency',
  'zav',
  'chamber',
  'recognition_body',
  'zsba',
  'community',
  'steering',
  'employer',
  'course_provider',
  'migration_counselling',
  'information_service',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** German Länder by their ISO 3166-2:DE suffix. */
export const laender = ['BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type Land = (typeof laender)[number];
