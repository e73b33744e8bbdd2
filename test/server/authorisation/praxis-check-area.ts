import type { PraxisCheckReport } from '../../../src/contract/praxis-check';
import type { Expectation, MatrixArea, MatrixContext } from './matrix';

/** The Praxis-Check: the steering body writes and publishes; administrators read; everyone else 403. */
const steeringOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { steering: status, otherwise: 403 } });
const readers = (status: number): Expectation => ({ anonymous: 401, signedIn: { steering: status, admin: status, otherwise: 403 } });
const scope = { from: '2026-01-01', to: '2026-11-30' };

/** One report with a published first version (downloads) and one with a draft to edit and publish. */
async function setup({ t, signIn }: MatrixContext): Promise<Record<string, string>> {
  const steering = await signIn('steering');
  const post = async (url: string, payload: object) => {
    const response = await t.app.inject({ method: 'POST', url, headers: steering.headers, payload });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json() as unknown;
  };
  const published = (await post('/api/v1/praxis-check/reports', { title: 'Matrix veröffentlicht', scope })) as PraxisCheckReport;
  const first = published.versions[0]!;
  await post(`/api/v1/praxis-check/reports/${published.id}/versions/1/publish`, { editedAt: first.editedAt });
  const draft = (await post('/api/v1/praxis-check/reports', { title: 'Matrix Entwurf', scope })) as PraxisCheckReport;
  return { praxisPublishedId: published.id, praxisDraftId: draft.id, praxisDraftEditedAt: draft.versions[0]!.editedAt, praxisVersionOne: '1' };
}

/** The draft's editedAt is only known after setup: the PATCH and publish bodies read it late. */
const edited = {
  get editedAt() {
    return ids.current.praxisDraftEditedAt;
  },
};
const ids: { current: Record<string, string> } = { current: {} };

export const praxisCheckArea: MatrixArea = {
  name: 'praxis-check',
  setup: async (context) => {
    ids.current = await setup(context);
    return ids.current;
  },
  endpoints: [
    { method: 'GET', url: '/api/v1/praxis-check/reports', expect: readers(200) },
    { method: 'POST', url: '/api/v1/praxis-check/reports', payload: { title: 'Matrix neu', scope }, expect: steeringOnly(201) },
    { method: 'GET', url: '/api/v1/praxis-check/reports/{id}/versions/{version}', params: { id: 'praxisPublishedId', version: 'praxisVersionOne' }, expect: readers(200) },
    {
      method: 'PATCH',
      url: '/api/v1/praxis-check/reports/{id}/versions/{version}',
      params: { id: 'praxisDraftId', version: 'praxisVersionOne' },
      payload: {
        sections: {},
        get editedAt() {
          return ids.current.praxisDraftEditedAt;
        },
      },
      expect: steeringOnly(200),
    },
    { method: 'POST', url: '/api/v1/praxis-check/reports/{id}/drafts', params: { id: 'praxisPublishedId' }, expect: steeringOnly(201) },
    {
      method: 'POST',
      url: '/api/v1/praxis-check/reports/{id}/versions/{version}/publish',
      params: { id: 'praxisDraftId', version: 'praxisVersionOne' },
      payload: edited,
      expect: steeringOnly(200),
    },
    { method: 'POST', url: '/api/v1/praxis-check/preview', payload: { body: '**Vorschau**' }, expect: steeringOnly(200) },
    { method: 'GET', url: '/api/v1/reports/praxis-check?format=csv', expect: readers(200) },
    { method: 'GET', url: '/api/v1/reports/praxis-check?format=pdf', expect: readers(200) },
  ],
};
