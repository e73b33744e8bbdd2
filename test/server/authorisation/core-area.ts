import { samplePdf } from '../../support/documents';
import { everyone, signedIn, type Endpoint, type Expectation, type MatrixArea, type MatrixContext } from './matrix';

const wegweiserProfile = {
  evaluationDate: '2026-11-22',
  citizenship: 'IND',
  age: 30,
  qualification: { type: 'academic', germanRecognition: 'comparable' },
  job: { annualGrossSalaryEur: 60_000 },
  german: 'none',
  english: 'C1',
};

// Fictitious test figures (not legal facts) for entering 2027.
const testSource = { source: 'Testwert (fictitious)', publishedOn: '2026-11-30' };
const lawYearTestFigures = {
  pensionCeiling: { value: 105_000, ...testSource },
  chancenkarteFundsPerMonth: { value: 1_120, ...testSource },
  qualificationMeasureFundsPerMonth: { value: 1_120, ...testSource },
  studyFundsPerMonth: { value: 1_020, ...testSource },
  westbalkanAnnualQuota: { value: 50_000, ...testSource },
};

/** A case of the Mannheim authority: its case worker may, everyone else gets 404 (existence not revealed). */
const ownCaseOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { caseworker: status, otherwise: 404 } });
const caseStaff = (status: number): Expectation => ({ anonymous: 401, signedIn: { caseworker: status, navigator: status, otherwise: 403 } });
const person = { givenName: 'Test', familyName: 'Person', birthDate: '1990-01-01', citizenship: 'IND' };

const endpoints: Endpoint[] = [
  { method: 'GET', url: '/api/health', expect: everyone(200) },
  { method: 'GET', url: '/api/openapi.json', expect: everyone(200) },
  { method: 'GET', url: '/api/v1/auth/providers', expect: everyone(200) },
  { method: 'GET', url: '/api/v1/auth/demo-accounts', expect: everyone(200) },
  { method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nobody@demo.example', password: 'x' }, expect: everyone(401) },
  { method: 'GET', url: '/api/v1/auth/oidc/start', expect: everyone(501) },
  { method: 'GET', url: '/api/v1/auth/oidc/callback?code=x&state=y', expect: everyone(501) },
  { method: 'GET', url: '/api/v1/auth/me', expect: signedIn(200) },
  { method: 'POST', url: '/api/v1/auth/tokens', payload: {}, expect: signedIn(201) },
  { method: 'GET', url: '/api/v1/organisations', expect: everyone(200) },
  { method: 'POST', url: '/api/v1/pathways/evaluate', payload: { profile: wegweiserProfile }, expect: everyone(200) },
  { method: 'POST', url: '/api/v1/pathways/report', payload: { profile: wegweiserProfile, language: 'en' }, expect: everyone(200) },
  {
    method: 'POST',
    url: '/api/v1/pathways/family',
    payload: { evaluationDate: '2026-11-22', sponsor: { titleId: '18g_standard', firstIssuedOn: '2026-01-15' }, members: [{ role: 'spouse', age: 31 }] },
    expect: everyone(200),
  },
  { method: 'GET', url: '/api/v1/places?q=Ludwigsh', expect: everyone(200) },
  // `{ags}` is Ludwigshafen am Rhein (set in `setup`).
  { method: 'GET', url: '/api/v1/places/{ags}/offices', expect: everyone(200) },
  { method: 'GET', url: '/api/v1/pathways/law', expect: everyone(200) },
  { method: 'GET', url: '/api/v1/law/years', expect: { anonymous: 401, signedIn: { admin: 200, steering: 200, otherwise: 403 } } },
  {
    method: 'PUT',
    url: '/api/v1/law/years/{year}',
    params: { year: 'lawYear' },
    payload: { figures: { year: 2027, ...lawYearTestFigures }, expectedRevision: null },
    expect: { anonymous: 401, signedIn: { admin: 200, otherwise: 403 } },
  },
  { method: 'GET', url: '/api/v1/audit/verify', expect: { anonymous: 401, signedIn: { admin: 200, otherwise: 403 } } },
  { method: 'POST', url: '/api/v1/cases', payload: { person }, expect: caseStaff(201) },
  { method: 'GET', url: '/api/v1/cases', expect: caseStaff(200) },
  { method: 'GET', url: '/api/v1/cases/{id}', expect: ownCaseOnly(200) },
  { method: 'PATCH', url: '/api/v1/cases/{id}', payload: { version: 1, targetTitleId: '18b' }, expect: ownCaseOnly(200) },
  { method: 'POST', url: '/api/v1/cases/{id}/members', payload: { relation: 'child', ...person, birthDate: '2015-01-01' }, expect: ownCaseOnly(201) },
  { method: 'PATCH', url: '/api/v1/cases/{id}/members/{memberId}', payload: { targetTitleId: '32_child' }, expect: ownCaseOnly(200) },
  { method: 'POST', url: '/api/v1/cases/{id}/tasks', payload: { title: 'Prüfen', dueOn: '2099-01-01' }, expect: ownCaseOnly(201) },
  { method: 'PATCH', url: '/api/v1/cases/{id}/tasks/{taskId}', payload: { status: 'done' }, expect: ownCaseOnly(200) },
  { method: 'POST', url: '/api/v1/cases/{id}/notes', payload: { text: 'Notiz' }, expect: ownCaseOnly(201) },
  { method: 'POST', url: '/api/v1/cases/{id}/obstacles', payload: { category: 'housing' }, expect: ownCaseOnly(201) },
  { method: 'POST', url: '/api/v1/cases/{id}/obstacles/{obstacleId}/resolve', expect: ownCaseOnly(200) },
  { method: 'GET', url: '/api/v1/cases/{id}/audit', expect: ownCaseOnly(200) },
  { method: 'POST', url: '/api/v1/cases/{id}/documents?fileName=pass.pdf', payload: samplePdf(), headers: { 'content-type': 'application/pdf' }, expect: ownCaseOnly(201) },
  { method: 'GET', url: '/api/v1/cases/{id}/documents', expect: ownCaseOnly(200) },
  { method: 'GET', url: '/api/v1/cases/{id}/documents/{documentId}/content', expect: ownCaseOnly(200) },
  { method: 'DELETE', url: '/api/v1/cases/{id}/documents/{documentId}', expect: ownCaseOnly(204) },
  // §81a procedure: changes by a case worker of the owning Ausländerbehörde only (every other role 403, whatever the case);
  // reading follows the case. `{stepId}` is the agreement step; extending it reaches the domain: 409 NOT_EXTENDABLE.
  { method: 'POST', url: '/api/v1/cases/{id}/accelerated-procedure', payload: { agreedOn: '2026-01-05' }, expect: { anonymous: 401, signedIn: { caseworker: 201, otherwise: 403 } } },
  { method: 'GET', url: '/api/v1/cases/{id}/accelerated-procedure', expect: ownCaseOnly(200) },
  { method: 'POST', url: '/api/v1/cases/{id}/accelerated-procedure/steps/{stepId}/period-start', payload: { startsOn: '2026-01-06' }, expect: { anonymous: 401, signedIn: { caseworker: 200, otherwise: 403 } } },
  { method: 'POST', url: '/api/v1/cases/{id}/accelerated-procedure/steps/{stepId}/extend', payload: { dueOn: '2026-02-01', reason: 'Test' }, expect: { anonymous: 401, signedIn: { caseworker: 409, otherwise: 403 } } },
  { method: 'POST', url: '/api/v1/cases/{id}/accelerated-procedure/steps/{stepId}/complete', payload: { completedOn: '2026-01-06' }, expect: { anonymous: 401, signedIn: { caseworker: 200, otherwise: 403 } } },
  { method: 'GET', url: '/api/v1/deadlines', expect: caseStaff(200) },
  { method: 'GET', url: '/api/v1/inbox', expect: { anonymous: 401, signedIn: { caseworker: 200, navigator: 200, partner: 200, otherwise: 403 } } },
];

/** One record of each kind in a case of the Mannheim authority, created by its case worker. */
async function setup({ t, signIn }: MatrixContext): Promise<Record<string, string>> {
  const owner = await signIn('caseworker');
  const create = async (url: string, payload: object) => {
    const response = await t.app.inject({ method: 'POST', url, headers: owner.headers, payload });
    if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return (response.json() as { id: string }).id;
  };
  const ids: Record<string, string> = {};
  ids.id = await create('/api/v1/cases', { person });
  ids.memberId = await create(`/api/v1/cases/${ids.id}/members`, { relation: 'spouse', ...person });
  ids.taskId = await create(`/api/v1/cases/${ids.id}/tasks`, { title: 'Akte', dueOn: '2099-01-01' });
  ids.obstacleId = await create(`/api/v1/cases/${ids.id}/obstacles`, { category: 'missing_document' });
  ids.stepId = 'agreement';
  ids.lawYear = '2027';
  ids.ags = '07314000';
  const upload = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${ids.id}/documents?fileName=a.pdf`, headers: { ...owner.headers, 'content-type': 'application/pdf' }, payload: samplePdf() });
  ids.documentId = (upload.json() as { id: string }).id;
  return ids;
}

export const coreArea: MatrixArea = { name: 'core', setup, endpoints };
