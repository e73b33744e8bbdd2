import { linkTokenFromOutbox } from '../../support/account-links';
import { signedIn, type Endpoint, type Expectation, type MatrixArea, type MatrixContext } from './matrix';

/** Managing accounts is for admins (everyone) and organisation admins (their own people). */
const managers = (status: number, orgAdmin = status): Expectation => ({ anonymous: 401, signedIn: { admin: status, org_admin: orgAdmin, otherwise: 403 } });
const managed = { id: 'managedUserId' };

const endpoints: Endpoint[] = [
  { method: 'GET', url: '/api/v1/users', expect: { anonymous: 401, signedIn: { admin: 200, org_admin: 200, steering: 200, caseworker: 200, otherwise: 403 } } },
  // An applicant without organisation: only an admin may invite one.
  { method: 'POST', url: '/api/v1/users/invitations', payload: { email: 'matrix.applicant@demo.example', name: 'Mara Matrix', roles: ['applicant'], organisationId: null }, expect: managers(201, 403) },
  { method: 'PATCH', url: '/api/v1/users/{id}', params: managed, payload: { roles: ['navigator', 'editor'] }, expect: managers(200) },
  { method: 'POST', url: '/api/v1/users/{id}/sign-out', params: managed, expect: managers(200) },
  { method: 'POST', url: '/api/v1/users/{id}/password-reset', params: managed, expect: managers(202) },
  { method: 'POST', url: '/api/v1/users/{id}/deactivate', params: managed, expect: managers(200) },
  { method: 'POST', url: '/api/v1/users/{id}/reactivate', params: managed, expect: managers(200) },
  // The one-time link is public: whoever holds it may use it, once.
  { method: 'GET', url: '/api/v1/account/links/{token}', params: { token: 'matrixLinkToken' }, expect: { anonymous: 200, signedIn: 200 } },
  { method: 'POST', url: '/api/v1/account/links/{token}', params: { token: 'matrixLinkToken' }, payload: { password: 'Matrix-Passwort-2026' }, expect: { anonymous: 200, signedIn: 410 } },
  { method: 'GET', url: '/api/v1/auth/tokens', expect: signedIn(200) },
  // Everyone may revoke their own tokens only; the admin's token is not found for anyone else.
  { method: 'POST', url: '/api/v1/auth/tokens/{id}/revoke', params: { id: 'adminTokenId' }, expect: { anonymous: 401, signedIn: { admin: 200, otherwise: 404 } } },
];

/**
 * A person of the Welcome Center (the organisation admin's own) who accepted an invitation, a
 * second invitation whose link the matrix uses, and an access token of the admin.
 */
async function setup({ t, signIn }: MatrixContext): Promise<Record<string, string>> {
  const admin = await signIn('admin');
  const welcomeCenter = (await signIn('navigator')).organisationId;
  const invite = async (email: string) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/users/invitations', headers: admin.headers, payload: { email, name: 'Matti Matrix', roles: ['navigator'], organisationId: welcomeCenter, locale: 'de' } });
    if (response.statusCode !== 201) throw new Error(`invitation failed: ${response.body}`);
    return (response.json() as { user: { id: string } }).user.id;
  };
  const managedUserId = await invite('matrix.managed@demo.example');
  const accepted = await t.app.inject({ method: 'POST', url: `/api/v1/account/links/${await linkTokenFromOutbox(t.database, 'matrix.managed@demo.example')}`, payload: { password: 'Matrix-Passwort-2026' } });
  if (accepted.statusCode !== 200) throw new Error(`accepting the invitation failed: ${accepted.body}`);
  await invite('matrix.link@demo.example');
  const matrixLinkToken = await linkTokenFromOutbox(t.database, 'matrix.link@demo.example');
  const token = await t.app.inject({ method: 'POST', url: '/api/v1/auth/tokens', headers: admin.headers, payload: { name: 'Matrix' } });
  const adminTokenId = (token.json() as { id: string }).id;
  return { managedUserId, matrixLinkToken, adminTokenId };
}

/** Users and tokens: the administration of accounts, one-time links, personal access tokens. */
export const adminUsersArea: MatrixArea = { name: 'admin-users', setup, endpoints };
