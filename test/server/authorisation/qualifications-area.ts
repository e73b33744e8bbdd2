import type { Expectation, MatrixArea, MatrixContext } from './matrix';

/** A case of the Mannheim authority: its case worker may, everyone else gets 404 (existence not revealed). */
const ownCaseOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { caseworker: status, otherwise: 404 } });
const person = { givenName: 'Test', familyName: 'Anerkennung', birthDate: '1990-01-01', citizenship: 'PHL' };
const params = { id: 'qualificationCaseId', personId: 'qualificationPersonId' };

/** Recognised qualifications on a case, and the reference occupations (staff of the network). */
async function setup({ t, signIn }: MatrixContext): Promise<Record<string, string>> {
  const owner = await signIn('caseworker');
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: owner.headers, payload: { person } });
  if (response.statusCode !== 201) throw new Error(`qualifications setup: ${response.statusCode} ${response.body}`);
  const created = response.json() as { id: string; person: { id: string } };
  return { qualificationCaseId: created.id, qualificationPersonId: created.person.id };
}

export const qualificationsArea: MatrixArea = {
  name: 'qualifications',
  setup,
  endpoints: [
    {
      method: 'GET',
      url: '/api/v1/occupations?q=Pflege',
      expect: { anonymous: 401, signedIn: { admin: 200, steering: 200, caseworker: 200, navigator: 200, partner: 200, editor: 200, org_admin: 200, otherwise: 403 } },
    },
    { method: 'GET', url: '/api/v1/cases/{id}/qualifications', params, expect: ownCaseOnly(200) },
    {
      method: 'PUT',
      url: '/api/v1/cases/{id}/persons/{personId}/qualification',
      params,
      payload: { qualificationType: 'vocational', country: 'PHL', occupationKldb: '81302', outcome: 'partial', decidedOn: '2026-03-03', bodyName: 'Test' },
      expect: ownCaseOnly(200),
    },
  ],
};
