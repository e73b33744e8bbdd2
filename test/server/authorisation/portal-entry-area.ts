import { contactRequestInput, invitationTokenFromOutbox } from '../../support/portal-entry';
import { everyone, type MatrixArea } from './matrix';

const staffOnly = (navigator: number, caseworker: number) => ({ anonymous: 401, signedIn: { navigator, caseworker, otherwise: 403 } });

/**
 * Getting in (issue 15): "Beratung anfragen" (public), the navigator's contact requests (staff of the
 * recipient organisation: the demo case worker works for an ABH, so 404), portal invitations of a
 * case (its staff) and redeeming one (public; a staff account is refused, the linked demo applicant too).
 */
export const portalEntryArea: MatrixArea = {
  name: 'portal-entry',
  setup: async ({ t, signIn }) => {
    const navigator = await signIn('navigator');
    const post = async (url: string, payload: unknown, headers: Record<string, string> = {}) => {
      const response = await t.app.inject({ method: 'POST', url, headers, payload: payload as object });
      if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      return response.json() as Record<string, unknown>;
    };
    const contactRequestId = (await post('/api/v1/contact-requests', contactRequestInput({ email: 'matrix.one@example.org' }))).id as string;
    const contactRequestDeclineId = (await post('/api/v1/contact-requests', contactRequestInput({ email: 'matrix.two@example.org' }))).id as string;
    const created = await post(
      '/api/v1/cases',
      { person: { givenName: 'Matrix', familyName: 'Person', birthDate: '1990-01-01', citizenship: 'IND', contact: { email: 'matrix.main@example.org' } } },
      navigator.headers,
    );
    const portalCaseId = created.id as string;
    const spouse = await post(`/api/v1/cases/${portalCaseId}/members`, { relation: 'spouse', givenName: 'Mara', familyName: 'Person', birthDate: '1991-01-01', citizenship: 'IND' }, navigator.headers);
    const persons = (await post(`/api/v1/cases/${portalCaseId}/portal-invitations`, { personId: (created.person as { id: string }).id, email: 'matrix.main@example.org', language: 'de' }, navigator.headers)) as {
      persons: { personId: string; invitations: { id: string }[] }[];
    };
    const portalInvitationId = persons.persons[0]!.invitations[0]!.id;
    await post(`/api/v1/cases/${portalCaseId}/portal-invitations`, { personId: spouse.id as string, email: 'matrix.spouse@example.org', language: 'en' }, navigator.headers);
    const invitationToken = await invitationTokenFromOutbox(t.database, 'matrix.spouse@example.org');
    return { contactRequestId, contactRequestDeclineId, portalCaseId, portalInvitationId, invitationToken, unknownInvitationToken: 'unknown-invitation-token-0000000000' };
  },
  endpoints: [
    // Berlin lies outside the network: refused with 422 for everyone, nothing stored.
    { method: 'POST', url: '/api/v1/contact-requests', payload: contactRequestInput({ placeAgs: '11000000' }), expect: everyone(422) },
    { method: 'GET', url: '/api/v1/contact-requests', expect: staffOnly(200, 200) },
    { method: 'GET', url: '/api/v1/contact-requests/{id}', params: { id: 'contactRequestId' }, expect: staffOnly(200, 404) },
    {
      method: 'POST',
      url: '/api/v1/contact-requests/{id}/accept',
      params: { id: 'contactRequestId' },
      payload: { person: { givenName: 'Priya', familyName: 'Raman', birthDate: '1994-03-02', citizenship: 'IND' } },
      expect: staffOnly(201, 404),
    },
    { method: 'POST', url: '/api/v1/contact-requests/{id}/decline', params: { id: 'contactRequestDeclineId' }, payload: { reason: 'Matrix' }, expect: staffOnly(204, 404) },
    { method: 'GET', url: '/api/v1/cases/{id}/portal-invitations', params: { id: 'portalCaseId' }, expect: staffOnly(200, 404) },
    {
      method: 'POST',
      url: '/api/v1/cases/{id}/portal-invitations/{invitationId}/revoke',
      params: { id: 'portalCaseId', invitationId: 'portalInvitationId' },
      expect: staffOnly(200, 404),
    },
    // A person id of no person of the case: the navigator gets 400 (nothing sent), others never reach the person.
    {
      method: 'POST',
      url: '/api/v1/cases/{id}/portal-invitations',
      params: { id: 'portalCaseId' },
      payload: { personId: '00000000-0000-4000-8000-000000000000', email: 'nobody@example.org', language: 'de' },
      expect: staffOnly(400, 404),
    },
    { method: 'GET', url: '/api/v1/portal-invitations/{token}', params: { token: 'invitationToken' }, expect: everyone(200) },
    // An unknown token (nothing is redeemed): 404; a staff account is refused before the token is looked at.
    {
      method: 'POST',
      url: '/api/v1/portal-invitations/{token}',
      params: { token: 'unknownInvitationToken' },
      payload: { password: 'ein langes Passwort 42' },
      expect: { anonymous: 404, signedIn: { applicant: 404, otherwise: 403 } },
    },
  ],
};
