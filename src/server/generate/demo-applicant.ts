import type { DayNumber } from '../../domain/shared/calendar-date';
import type { CaseOverrides } from './generate-case';
import type { UserInput, World } from './world';

/**
 * The demo applicant's own case (seed/demo/users.json: applicant@demo.example, "Amara
 * Okonkwo-Demo"): owned by ABH Mannheim, navigated by the demo navigator, about five months old and
 * in a §81a accelerated procedure with recognition, so the portal has a journey, deadlines and a
 * family to show. The person's contact e-mail is the account's: case_persons has no link to a user
 * account yet, and the e-mail is what such a link can be made from.
 */
export const DEMO_APPLICANT = {
  email: 'applicant@demo.example',
  givenName: 'Amara',
  familyName: 'Okonkwo-Demo',
  ownerSlug: 'abh-mannheim',
  navigatorEmail: 'navigator@demo.example',
} as const;

export function demoApplicantCase({ world, users, today }: { world: World; users: readonly UserInput[]; today: DayNumber }): CaseOverrides[] {
  const office = world.offices.get(DEMO_APPLICANT.ownerSlug);
  const navigator = users.find((user) => user.email === DEMO_APPLICANT.navigatorEmail);
  // Without the demo region's office or navigator there is no demo applicant to give a case.
  if (!office || !navigator?.organisationId || !users.some((user) => user.email === DEMO_APPLICANT.email)) return [];
  return [
    {
      stream: 'demo-applicant',
      person: {
        givenName: DEMO_APPLICANT.givenName,
        familyName: DEMO_APPLICANT.familyName,
        birthDate: '1994-03-02',
        citizenship: 'NGA',
        contact: { email: DEMO_APPLICANT.email },
        languages: ['en', 'ig', 'de'],
      },
      office,
      navigator: { id: navigator.id, organisationId: navigator.organisationId },
      path: 'employer_led_recognition',
      createdDay: today - 150,
      fixedDays: { information: 10, recognition: 20 },
      procedure: true,
      family: true,
    },
  ];
}
