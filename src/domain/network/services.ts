import type { OrganisationKind } from '../identity/organisation-kinds';

/**
 * The controlled catalogue of services of the network (../shared/CONTRACT.md "Service ids of the
 * responsibility finder", extended by issue #12). Ids are stable: the API, HSDS export and stored
 * offers use them; people read the names.
 */
export const serviceIds = [
  'residence_permit',
  'accelerated_procedure',
  'recognition_counselling',
  'recognition_vocational',
  'employer_service',
  'job_placement',
  'international_placement',
  'central_recognition_service',
  'welcome_counselling',
  'integration_course',
  'language_course',
  'migration_counselling_adults',
  'migrant_counselling',
  'volunteer_accompaniment',
] as const;
export type ServiceId = (typeof serviceIds)[number];

export const isServiceId = (value: string): value is ServiceId => (serviceIds as readonly string[]).includes(value);

type Bilingual = { de: string; en: string };

export type ServiceDefinition = {
  id: ServiceId;
  name: Bilingual;
  description: Bilingual;
  /**
   * A statutory service has exactly one responsible authority for a place, chosen by the most
   * specific area that covers it (a Große Kreisstadt's own office before its district's).
   * Other services are offers: every covering provider is listed.
   */
  statutory: boolean;
  /** Where the responsibility comes from, for statutory services. */
  legalRef: string | null;
  /** The kinds of organisation that usually provide the service (used for defaults and checks). */
  providerKinds: readonly OrganisationKind[];
};

export const serviceCatalogue: Record<ServiceId, ServiceDefinition> = {
  residence_permit: {
    id: 'residence_permit',
    name: { de: 'Aufenthaltstitel', en: 'Residence title' },
    description: {
      de: 'Erteilung und Verlängerung von Aufenthaltstiteln, Wechsel des Arbeitgebers, Familiennachzug im Inland.',
      en: 'Issuing and renewing residence titles, changes of employer, family reunification within Germany.',
    },
    statutory: true,
    legalRef: '§71 Abs. 1 AufenthG',
    providerKinds: ['abh'],
  },
  accelerated_procedure: {
    id: 'accelerated_procedure',
    name: { de: 'Beschleunigtes Fachkräfteverfahren', en: 'Accelerated skilled-worker procedure' },
    description: {
      de: 'Das Verfahren nach §81a AufenthG auf Antrag des Arbeitgebers, bis zur Vorabzustimmung.',
      en: 'The procedure under §81a AufenthG at the employer’s request, up to the pre-approval.',
    },
    statutory: true,
    legalRef: '§81a AufenthG, §71 Abs. 1 AufenthG',
    providerKinds: ['abh'],
  },
  recognition_counselling: {
    id: 'recognition_counselling',
    name: { de: 'Anerkennungsberatung', en: 'Recognition counselling' },
    description: {
      de: 'Kostenlose Beratung zur Anerkennung ausländischer Berufs- und Studienabschlüsse.',
      en: 'Free counselling on the recognition of foreign vocational and academic qualifications.',
    },
    statutory: false,
    legalRef: null,
    providerKinds: ['iq'],
  },
  recognition_vocational: {
    id: 'recognition_vocational',
    name: { de: 'Anerkennungsverfahren', en: 'Recognition procedure' },
    description: {
      de: 'Prüfung der Gleichwertigkeit eines ausländischen Berufsabschlusses durch die zuständige Stelle.',
      en: 'Assessment of the equivalence of a foreign vocational qualification by the competent body.',
    },
    statutory: false,
    legalRef: null,
    providerKinds: ['chamber', 'recognition_body'],
  },
  employer_service: {
    id: 'employer_service',
    name: { de: 'Arbeitgeber-Service', en: 'Employer service' },
    description: {
      de: 'Beratung von Arbeitgebern zur Personalgewinnung, auch aus dem Ausland.',
      en: 'Advice for employers on recruiting staff, including from abroad.',
    },
    statutory: false,
    legalRef: null,
    providerKinds: ['employment_agency'],
  },
  job_placement: {
    id: 'job_placement',
    name: { de: 'Arbeitsvermittlung', en: 'Job placement' },
    description: {
      de: 'Vermittlung und Beratung für Arbeitsuchende.',
      en: 'Placement and advice for job seekers.',
    },
    statutory: false,
    legalRef: null,
    providerKinds: ['employment_agency'],
  },
  international_placement: {
    id: 'international_placement',
    name: { de: 'Internationale Vermittlung', en: 'International placement' },
    description: {
      de: 'Vermittlung von Fachkräften aus dem Ausland und Beratung zu Arbeit in Deutschland.',
      en: 'Placement of skilled workers from abroad and advice on working in Germany.',
    },
    statutory: false,
    legalRef: null,
    providerKinds: ['zav'],
  },
  central_recognition_service: {
    id: 'central_recognition_service',
    name: { de: 'Zentrale Servicestelle Berufsanerkennung', en: 'Central service centre for professional recognition' },
    description: {
      de: 'Begleitung von Menschen im Ausland durch das Anerkennungsverfahren.',
      en: 'Guidance through the recognition procedure for people living abroad.',
    },
    statutory: false,
    legalRef: null,
    providerKinds: ['zsba'],
  },
  welcome_counselling: {
    id: 'welcome_counselling',
    name: { de: 'Willkommensberatung', en: 'Welcome counselling' },
    description: {
      de: 'Erste Anlaufstelle für neu zugewanderte Fachkräfte, ihre Familien und ihre Arbeitgeber.',
      en: 'First point of contact for newly arrived skilled workers, their families and employers.',
    },
    statutory: false,
    legalRef: null,
    providerKinds: ['welcome_center'],
  },
  integration_course: {
    id: 'integration_course',
    name: { de: 'Integrationskurs', en: 'Integration course' },
    description: {
      de: 'Sprach- und Orientierungskurs für Zugewanderte.',
      en: 'Language and orientation course for immigrants.',
    },
    statutory: false,
    legalRef: null,
    providerKinds: ['course_provider'],
  },
  language_course: {
    id: 'language_course',
    name: { de: 'Sprachkurs', en: 'Language course' },
    description: {
      de: 'Deutschkurse, auch berufsbezogen.',
      en: 'German courses, including job-related ones.',
    },
    statutory: false,
    legalRef: null,
    providerKinds: ['course_provider'],
  },
  migration_counselling_adults: {
    id: 'migration_counselling_adults',
    name: { de: 'Migrationsberatung für Erwachsene', en: 'Migration counselling for adults' },
    description: {
      de: 'Beratung erwachsener Zugewanderter zu Alltag, Arbeit, Wohnen und Familie.',
      en: 'Counselling for adult immigrants on daily life, work, housing and family.',
    },
    statutory: false,
    legalRef: null,
    providerKinds: ['migration_counselling'],
  },
  migrant_counselling: {
    id: 'migrant_counselling',
    name: { de: 'Beratung durch Migrantenorganisationen', en: 'Counselling by migrant organisations' },
    description: {
      de: 'Beratung in der eigenen Sprache durch Vereine von Zugewanderten.',
      en: 'Counselling in one’s own language by associations of immigrants.',
    },
    statutory: false,
    legalRef: null,
    providerKinds: ['community'],
  },
  volunteer_accompaniment: {
    id: 'volunteer_accompaniment',
    name: { de: 'Ehrenamtliche Begleitung', en: 'Volunteer accompaniment' },
    description: {
      de: 'Ehrenamtliche begleiten zu Terminen und helfen beim Ankommen.',
      en: 'Volunteers accompany people to appointments and help them settle in.',
    },
    statutory: false,
    legalRef: null,
    providerKinds: ['community'],
  },
};

/** How far a service takes new referrals (the idea of HSDS 3.1 `service_capacity`). */
export const capacityStates = ['open', 'limited', 'closed'] as const;
export type CapacityState = (typeof capacityStates)[number];

export const capacityNames: Record<CapacityState, Bilingual> = {
  open: { de: 'Nimmt Weiterleitungen an', en: 'Accepting referrals' },
  limited: { de: 'Eingeschränkt aufnahmefähig', en: 'Limited capacity' },
  closed: { de: 'Nimmt derzeit keine Weiterleitungen an', en: 'Not accepting referrals at present' },
};
