import { everyone, type MatrixArea } from './matrix';

/** Netzwerk directory: the filtered list and the organisation page (public; staff see more, same status). */
export const directoryArea: MatrixArea = {
  name: 'directory',
  setup: async ({ t }) => {
    const items = (await t.app.inject({ method: 'GET', url: '/api/v1/organisations?q=IQ' })).json().items as { id: string }[];
    return { directoryOrganisationId: items[0]?.id ?? '' };
  },
  endpoints: [
    { method: 'GET', url: '/api/v1/organisations?service=recognition_counselling&ags=08226096&language=ar', expect: everyone(200) },
    { method: 'GET', url: '/api/v1/organisations/{id}', params: { id: 'directoryOrganisationId' }, expect: everyone(200) },
  ],
};
