import { insertPortalAccount } from '../../src/server/db/repositories/portal-accounts.repository';
import { linkTokenFromOutbox } from './account-links';
import type { SignedInClient, TestApp } from './test-app';

/**
 * A second applicant with a portal account linked to person `personId` of case `caseId`, as a
 * redeemed portal invitation would leave it: invited by the admin, password set, account linked.
 */
export async function linkedApplicant(t: TestApp, email: string, link: { caseId: string; personId: string }): Promise<SignedInClient> {
  const admin = await t.signIn('admin@demo.example');
  const invited = await t.app.inject({ method: 'POST', url: '/api/v1/users/invitations', headers: admin.headers, payload: { email, name: 'Test Applicant', roles: ['applicant'], organisationId: null, locale: 'de' } });
  if (invited.statusCode !== 201) throw new Error(`invitation failed: ${invited.body}`);
  const userId = (invited.json() as { user: { id: string } }).user.id;
  const password = 'Portal-Passwort-2026';
  const accepted = await t.app.inject({ method: 'POST', url: `/api/v1/account/links/${await linkTokenFromOutbox(t.database, email)}`, payload: { password } });
  if (accepted.statusCode !== 200) throw new Error(`accepting the invitation failed: ${accepted.body}`);
  await insertPortalAccount(t.database.db, { userId, caseId: link.caseId, personId: link.personId, createdAt: new Date() });
  return t.signIn(email, password);
}
