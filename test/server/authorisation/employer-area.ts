import type { Expectation, MatrixArea, MatrixContext } from './matrix';

/** The employer's portal: the role `employer` only; everyone else 403, anonymous 401. */
const employerOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { employer: status, otherwise: 403 } });

/** A valid §81a request for a place of work in Ludwigshafen am Rhein (ABH Ludwigshafen). */
const requestBody = {
  person: { givenName: 'Matti', familyName: 'Matrix', birthDate: '1990-01-01', citizenship: 'IND' },
  job: { occupationId: 'software_developer', annualGrossSalaryEur: 60_000, startOn: '2099-01-01', placeOfWorkAgs: '07314000' },
  qualification: { kind: 'academic', country: 'IND' },
};

/** One request of the demo employer, for the address of a single request. */
async function setup({ t, signIn }: MatrixContext): Promise<Record<string, string>> {
  const employer = await signIn('employer');
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/employer/requests', headers: employer.headers, payload: requestBody });
  if (response.statusCode !== 201) throw new Error(`employer request failed: ${response.body}`);
  return { employerRequestId: (response.json() as { id: string }).id };
}

export const employerArea: MatrixArea = {
  name: 'employer',
  setup,
  endpoints: [
    { method: 'GET', url: '/api/v1/employer/hires', expect: employerOnly(200) },
    { method: 'GET', url: '/api/v1/employer/guide', expect: employerOnly(200) },
    { method: 'GET', url: '/api/v1/employer/requests', expect: employerOnly(200) },
    { method: 'GET', url: '/api/v1/employer/requests/{requestId}', params: { requestId: 'employerRequestId' }, expect: employerOnly(200) },
    { method: 'POST', url: '/api/v1/employer/requests', payload: requestBody, expect: employerOnly(201) },
  ],
};
