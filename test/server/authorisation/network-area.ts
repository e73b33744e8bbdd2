import { everyone, type MatrixArea } from './matrix';

/** Netzwerk: directory, responsibility finder, network map, HSDS. */
export const networkArea: MatrixArea = {
  name: 'network',
  endpoints: [
    { method: 'GET', url: '/api/v1/services', expect: everyone(200) },
    // Weinheim, Rhein-Neckar-Kreis.
    { method: 'GET', url: '/api/v1/responsibility?ags=08226096&service=residence_permit', expect: everyone(200) },
  ],
};
