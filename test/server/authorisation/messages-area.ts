import { sql } from 'drizzle-orm';
import { samplePng } from '../../support/documents';
import type { Expectation, MatrixArea, MatrixContext } from './matrix';

/** A case the navigator navigates: they may; everyone else gets 404 (existence not revealed). */
const navigatorsCase = (status: number): Expectation => ({ anonymous: 401, signedIn: { navigator: status, otherwise: 404 } });
const applicantOnly = (status: number): Expectation => ({ anonymous: 401, signedIn: { applicant: status, otherwise: 403 } });

/**
 * The navigator opens a case; the demo applicant's account is linked to a case person (as a
 * redeemed invitation does) unless another area linked it already; the applicant sends one
 * message with an attachment so that the download has something to fetch.
 */
async function setup({ t, signIn }: MatrixContext): Promise<Record<string, string>> {
  const navigator = await signIn('navigator');
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/cases',
    headers: navigator.headers,
    payload: { person: { givenName: 'Matrix', familyName: 'Nachricht', birthDate: '1990-01-01', citizenship: 'IND' } },
  });
  if (created.statusCode !== 201) throw new Error(`messages setup: ${created.statusCode} ${created.body}`);
  const theCase = created.json() as { id: string; person: { id: string } };
  const applicant = await signIn('applicant');
  await t.database.db.execute(
    sql`insert into portal_accounts (user_id, case_id, person_id, created_at) values (${applicant.userId}, ${theCase.id}, ${theCase.person.id}, now()) on conflict do nothing`,
  );
  const upload = await t.app.inject({ method: 'POST', url: '/api/v1/me/messages/attachments?fileName=a.png', headers: { ...applicant.headers, 'content-type': 'image/png' }, payload: samplePng() });
  if (upload.statusCode !== 201) throw new Error(`messages setup upload: ${upload.statusCode} ${upload.body}`);
  const messageAttachmentId = (upload.json() as { id: string }).id;
  const sent = await t.app.inject({ method: 'POST', url: '/api/v1/me/messages', headers: applicant.headers, payload: { body: 'Anhang', documentId: messageAttachmentId } });
  if (sent.statusCode !== 201) throw new Error(`messages setup message: ${sent.statusCode} ${sent.body}`);
  return { messagesCaseId: theCase.id, messageAttachmentId };
}

export const messagesArea: MatrixArea = {
  name: 'messages',
  setup,
  endpoints: [
    { method: 'GET', url: '/api/v1/cases/{id}/messages', params: { id: 'messagesCaseId' }, expect: navigatorsCase(200) },
    { method: 'POST', url: '/api/v1/cases/{id}/messages', params: { id: 'messagesCaseId' }, payload: { body: 'Hallo' }, expect: navigatorsCase(201) },
    { method: 'POST', url: '/api/v1/cases/{id}/messages/read', params: { id: 'messagesCaseId' }, expect: navigatorsCase(200) },
    { method: 'GET', url: '/api/v1/messages/unread', expect: { anonymous: 401, signedIn: { caseworker: 200, navigator: 200, otherwise: 403 } } },
    { method: 'GET', url: '/api/v1/me/messages', expect: applicantOnly(200) },
    { method: 'POST', url: '/api/v1/me/messages', payload: { body: 'Danke' }, expect: applicantOnly(201) },
    { method: 'POST', url: '/api/v1/me/messages/read', expect: applicantOnly(200) },
    { method: 'GET', url: '/api/v1/me/messages/unread', expect: applicantOnly(200) },
    {
      method: 'POST',
      url: '/api/v1/me/messages/attachments?fileName=b.png',
      payload: samplePng(),
      headers: { 'content-type': 'image/png' },
      expect: applicantOnly(201),
    },
    { method: 'GET', url: '/api/v1/me/messages/attachments/{documentId}', params: { documentId: 'messageAttachmentId' }, expect: applicantOnly(200) },
  ],
};
