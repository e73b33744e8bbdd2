import { portalAccounts } from '../../../src/server/db/schema/index';
import { samplePdf, samplePng } from '../../support/documents';
import type { Endpoint, Expectation, MatrixArea, MatrixContext } from './matrix';

/** A case of the Mannheim authority: its case worker may, everyone else gets 404 (existence not revealed). */
const ownCaseOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { caseworker: status, otherwise: 404 } });
/** The portal: applicants only (others 403); the applicant here is linked to the case of this area. */
const applicantOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { applicant: status, otherwise: 403 } });
const journeyCase = { id: 'journeyCaseId' };

const endpoints: Endpoint[] = [
  { method: 'GET', url: '/api/v1/me/case', expect: applicantOnly(200) },
  { method: 'POST', url: '/api/v1/me/documents?fileName=foto.png', payload: samplePng(), headers: { 'content-type': 'image/png' }, expect: applicantOnly(201) },
  { method: 'GET', url: '/api/v1/me/documents/{documentId}/content', params: { documentId: 'myDocumentId' }, expect: applicantOnly(200) },
  {
    method: 'POST',
    url: '/api/v1/cases/{id}/documents/{documentId}/review',
    params: { ...journeyCase, documentId: 'journeyDocumentId' },
    payload: { status: 'rejected', reason: 'Unscharf' },
    expect: ownCaseOnly(200),
  },
  { method: 'GET', url: '/api/v1/cases/{id}/document-requests', params: journeyCase, expect: ownCaseOnly(200) },
  { method: 'POST', url: '/api/v1/cases/{id}/document-requests', params: journeyCase, payload: { title: 'Passfoto' }, expect: ownCaseOnly(201) },
  { method: 'POST', url: '/api/v1/cases/{id}/document-requests/{requestId}/withdraw', params: { ...journeyCase, requestId: 'journeyRequestId' }, expect: ownCaseOnly(204) },
];

/** A Mannheim case with a staff upload and a document request; the demo applicant linked to it. */
async function setup({ t, signIn }: MatrixContext): Promise<Record<string, string>> {
  const owner = await signIn('caseworker');
  const applicant = await signIn('applicant');
  const post = async (url: string, payload: object | Buffer, headers: Record<string, string>, client = owner) => {
    const response = await t.app.inject({ method: 'POST', url, headers: { ...client.headers, ...headers }, payload });
    if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json() as { id: string; person?: { id: string } };
  };
  const created = await post('/api/v1/cases', { person: { givenName: 'Portal', familyName: 'Matrix', birthDate: '1990-01-01', citizenship: 'IND' } }, {});
  const ids: Record<string, string> = { journeyCaseId: created.id };
  ids.journeyDocumentId = (await post(`/api/v1/cases/${created.id}/documents?fileName=a.pdf`, samplePdf(), { 'content-type': 'application/pdf' })).id;
  ids.journeyRequestId = (await post(`/api/v1/cases/${created.id}/document-requests`, { title: 'Passfoto' }, {})).id;
  if (created.person) {
    await t.database.db.insert(portalAccounts).values({ userId: applicant.userId, caseId: created.id, personId: created.person.id, createdAt: new Date() }).onConflictDoNothing();
  }
  ids.myDocumentId = (await post('/api/v1/me/documents?fileName=b.png', samplePng(), { 'content-type': 'image/png' }, applicant)).id;
  return ids;
}

export const portalJourneyArea: MatrixArea = { name: 'portal-journey', setup, endpoints };
