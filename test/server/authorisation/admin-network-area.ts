import type { MatrixArea } from './matrix';

const adminOnly = (status: number) => ({ anonymous: 401, signedIn: { admin: status, otherwise: 403 } });
const readers = (status: number) => ({ anonymous: 401, signedIn: { admin: status, steering: status, otherwise: 403 } });

type Created = { id: string };

/** A version nobody's record has: the admin's write passes authorisation and then meets 409. */
const stale = { updatedAt: '2000-01-01T00:00:00.000Z' };
const organisation = { id: 'adminOrganisationId' };
const service = { id: 'adminOrganisationId', serviceId: 'adminServiceId' };
const agreement = { id: 'adminAgreementId' };

/**
 * Administration of the network: organisations, services, agreements. Reads: admin and steering;
 * writes: admin only. Changes carry a stale version, so
 * the admin's call answers 409 after passing authorisation and the records stay as set up.
 */
export const adminNetworkArea: MatrixArea = {
  name: 'admin-network',
  setup: async ({ t, signIn }) => {
    const admin = await signIn('admin');
    const post = async (url: string, payload: unknown) => {
      const response = await t.app.inject({ method: 'POST', url, headers: admin.headers, payload: payload as object });
      if (response.statusCode !== 201) throw new Error(`admin-network setup: ${url} ${response.statusCode} ${response.body}`);
      return response.json() as Created;
    };
    const created = await post('/api/v1/admin/organisations', { name: 'Matrix-Organisation', kind: 'community', land: 'BW', areaAgs: ['08226'] });
    const partner = await post('/api/v1/admin/organisations', { name: 'Matrix-Partner', kind: 'community', land: 'BW' });
    await post(`/api/v1/admin/organisations/${created.id}/services`, { serviceId: 'migrant_counselling' });
    const declared = await post('/api/v1/admin/agreements', { title: 'Matrix-Vereinbarung', topic: 'welcome', partnerIds: [created.id, partner.id], validFrom: '2026-01-01' });
    return { adminOrganisationId: created.id, adminPartnerId: partner.id, adminServiceId: 'migrant_counselling', adminAgreementId: declared.id };
  },
  endpoints: [
    { method: 'GET', url: '/api/v1/admin/areas', expect: readers(200) },
    { method: 'GET', url: '/api/v1/admin/organisations?active=all', expect: readers(200) },
    { method: 'POST', url: '/api/v1/admin/organisations', payload: { name: 'Matrix-Neu', kind: 'community', land: 'HE' }, expect: adminOnly(201) },
    { method: 'GET', url: '/api/v1/admin/organisations/{id}', params: organisation, expect: readers(200) },
    { method: 'PATCH', url: '/api/v1/admin/organisations/{id}', params: organisation, payload: { ...stale, referralDueWorkingDays: 3 }, expect: adminOnly(409) },
    { method: 'POST', url: '/api/v1/admin/organisations/{id}/deactivate', params: organisation, payload: stale, expect: adminOnly(409) },
    { method: 'POST', url: '/api/v1/admin/organisations/{id}/reactivate', params: organisation, payload: stale, expect: adminOnly(409) },
    // Each admin call adds the service once; the other roles are refused before.
    { method: 'POST', url: '/api/v1/admin/organisations/{id}/services', params: organisation, payload: { serviceId: 'volunteer_accompaniment' }, expect: adminOnly(201) },
    { method: 'PATCH', url: '/api/v1/admin/organisations/{id}/services/{serviceId}', params: service, payload: { ...stale, capacity: 'limited' }, expect: adminOnly(409) },
    { method: 'POST', url: '/api/v1/admin/organisations/{id}/services/{serviceId}/deactivate', params: service, payload: stale, expect: adminOnly(409) },
    { method: 'POST', url: '/api/v1/admin/organisations/{id}/services/{serviceId}/reactivate', params: service, payload: stale, expect: adminOnly(409) },
    { method: 'GET', url: '/api/v1/admin/agreements', expect: readers(200) },
    { method: 'POST', url: '/api/v1/admin/agreements', payload: { title: 'Matrix-Neu', topic: 'language', partnerIds: ['00000000-0000-4000-8000-000000000000', '00000000-0000-4000-8000-000000000001'], validFrom: '2026-01-01' }, expect: adminOnly(400) },
    { method: 'GET', url: '/api/v1/admin/agreements/{id}', params: agreement, expect: readers(200) },
    { method: 'PATCH', url: '/api/v1/admin/agreements/{id}', params: agreement, payload: { ...stale, title: 'Geändert' }, expect: adminOnly(409) },
    { method: 'POST', url: '/api/v1/admin/agreements/{id}/deactivate', params: agreement, payload: stale, expect: adminOnly(409) },
    { method: 'POST', url: '/api/v1/admin/agreements/{id}/reactivate', params: agreement, payload: stale, expect: adminOnly(409) },
  ],
};
