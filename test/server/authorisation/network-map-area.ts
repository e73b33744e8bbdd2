import type { MatrixArea } from './matrix';

/** The network map: aggregates for the staff of the network organisations (every role but employer and applicant). */
export const networkMapArea: MatrixArea = {
  name: 'network-map',
  endpoints: [
    {
      method: 'GET',
      url: '/api/v1/network/graph',
      expect: { anonymous: 401, signedIn: { admin: 200, steering: 200, caseworker: 200, navigator: 200, partner: 200, editor: 200, org_admin: 200, otherwise: 403 } },
    },
  ],
};
