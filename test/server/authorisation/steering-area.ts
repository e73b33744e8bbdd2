import type { MatrixArea } from './matrix';

/** The steering figures: the steering body and administrators (network), case workers (their own authority); nobody else. */
const figures = { anonymous: 401, signedIn: { admin: 200, steering: 200, caseworker: 200, otherwise: 403 } };

export const steeringArea: MatrixArea = {
  name: 'steering',
  endpoints: [
    { method: 'GET', url: '/api/v1/stats/options', expect: figures },
    ...['overview', 'stage-durations', 'referral-deadlines', 'procedure-deadlines', 'obstacles'].map((view) => ({ method: 'GET' as const, url: `/api/v1/stats/${view}`, expect: figures })),
  ],
};
