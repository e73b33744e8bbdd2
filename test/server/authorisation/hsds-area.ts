import { everyone, type MatrixArea } from './matrix';

/** Open Referral HSDS 3.0 under /hsds: public, read-only. */
export const hsdsArea: MatrixArea = {
  name: 'hsds',
  setup: async ({ t }) => {
    const services = (await t.app.inject({ method: 'GET', url: '/hsds/services?per_page=1' })).json() as { contents: { id: string; organization_id: string }[] };
    const [service] = services.contents;
    if (!service) throw new Error('hsds area: no published service');
    return { hsdsServiceId: service.id, hsdsOrganizationId: service.organization_id };
  },
  endpoints: [
    { method: 'GET', url: '/hsds', expect: everyone(200) },
    { method: 'GET', url: '/hsds/profile', expect: everyone(200) },
    { method: 'GET', url: '/hsds/organizations', expect: everyone(200) },
    { method: 'GET', url: '/hsds/organizations/{id}', params: { id: 'hsdsOrganizationId' }, expect: everyone(200) },
    { method: 'GET', url: '/hsds/services', expect: everyone(200) },
    { method: 'GET', url: '/hsds/services/{id}', params: { id: 'hsdsServiceId' }, expect: everyone(200) },
    { method: 'GET', url: '/hsds/service_at_locations', expect: everyone(200) },
    // The demo organisations have no address, so no service has a location: an unknown id is 404 for everyone.
    { method: 'GET', url: '/hsds/service_at_locations/{id}', params: { id: 'hsdsServiceId' }, expect: everyone(404) },
  ],
};
