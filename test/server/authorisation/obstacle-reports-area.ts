import type { MatrixArea, MatrixContext } from './matrix';

const reportBody = { category: 'housing', description: 'Wohnungen werden nur an unbefristet Beschäftigte vermietet.' };
const steeringReads = { admin: 200, steering: 200, otherwise: 403 };

/** A report to moderate and a case obstacle with a free text to clear. */
async function setup({ t, signIn }: MatrixContext): Promise<Record<string, string>> {
  const partner = await signIn('partner');
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/obstacle-reports', headers: partner.headers, payload: reportBody });
  if (created.statusCode !== 201) throw new Error(`obstacle report failed: ${created.body}`);
  const caseworker = await signIn('caseworker');
  const openCase = await t.app.inject({
    method: 'POST',
    url: '/api/v1/cases',
    headers: caseworker.headers,
    payload: { person: { givenName: 'Mira', familyName: 'Matrixhemmnis', birthDate: '1991-05-05', citizenship: 'IND' } },
  });
  if (openCase.statusCode !== 201) throw new Error(`case creation failed: ${openCase.body}`);
  const caseId = (openCase.json() as { id: string }).id;
  const obstacle = await t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/obstacles`,
    headers: caseworker.headers,
    payload: { category: 'housing', text: 'Vermieter verlangen eine Bürgschaft.' },
  });
  if (obstacle.statusCode !== 201) throw new Error(`obstacle failed: ${obstacle.body}`);
  return { obstacleReportId: (created.json() as { id: string }).id, caseObstacleId: (obstacle.json() as { id: string }).id };
}

/** "Hemmnis melden" (everyone but applicants), moderation (steering; admin reads), practice descriptions. */
export const obstacleReportsArea: MatrixArea = {
  name: 'obstacle-reports',
  setup,
  endpoints: [
    { method: 'POST', url: '/api/v1/obstacle-reports', payload: reportBody, expect: { anonymous: 401, signedIn: { applicant: 403, otherwise: 201 } } },
    { method: 'GET', url: '/api/v1/obstacle-reports', expect: { anonymous: 401, signedIn: steeringReads } },
    {
      method: 'POST',
      url: '/api/v1/obstacle-reports/{id}/decision',
      params: { id: 'obstacleReportId' },
      payload: { decision: 'accepted' },
      expect: { anonymous: 401, signedIn: { steering: 200, otherwise: 403 } },
    },
    { method: 'GET', url: '/api/v1/obstacle-texts', expect: { anonymous: 401, signedIn: steeringReads } },
    {
      method: 'PUT',
      url: '/api/v1/obstacle-texts/{obstacleId}/clearance',
      params: { obstacleId: 'caseObstacleId' },
      payload: { decision: 'withheld' },
      expect: { anonymous: 401, signedIn: { steering: 200, otherwise: 403 } },
    },
    { method: 'GET', url: '/api/v1/stats/obstacle-texts', expect: { anonymous: 401, signedIn: { admin: 200, steering: 200, caseworker: 200, otherwise: 403 } } },
  ],
};
