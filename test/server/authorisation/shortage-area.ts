import type { MatrixArea } from './matrix';

const csv = 'kldb;occupation;level;score;shortage;year;region\n81302;Gesundheits- und Krankenpflege;2;2,6;ja;2025;Rheinland-Pfalz\n';

/**
 * Shortage occupations: imports of the Engpassanalyse for administrators only; the view for the
 * steering body, administrators and the case workers of an Ausländerbehörde (the demo case worker's).
 */
export const shortageArea: MatrixArea = {
  name: 'shortage',
  // No such import: an administrator learns that, nobody else gets that far.
  setup: async () => ({ shortageImportId: '00000000-0000-4000-8000-000000000000' }),
  endpoints: [
    {
      method: 'POST',
      url: '/api/v1/admin/shortage-imports?source=Matrix%20test',
      payload: csv,
      headers: { 'content-type': 'text/csv' },
      expect: { anonymous: 401, signedIn: { admin: 201, otherwise: 403 } },
    },
    { method: 'GET', url: '/api/v1/admin/shortage-imports', expect: { anonymous: 401, signedIn: { admin: 200, otherwise: 403 } } },
    {
      method: 'DELETE',
      url: '/api/v1/admin/shortage-imports/{id}',
      params: { id: 'shortageImportId' },
      expect: { anonymous: 401, signedIn: { admin: 404, otherwise: 403 } },
    },
    { method: 'GET', url: '/api/v1/stats/shortage', expect: { anonymous: 401, signedIn: { admin: 200, steering: 200, caseworker: 200, otherwise: 403 } } },
  ],
};
