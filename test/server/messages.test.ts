import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseMessage, MessageThread } from '../../src/contract/messages';
import { call, createCase } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { samplePdf, samplePng } from '../support/documents';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

const secret = 'Bitte bringen Sie Ihren Reisepass mit — Geheimwort Zitronenfalter';

function attach(t: TestApp, client: SignedInClient, bytes: Buffer, contentType: string, fileName = 'scan.png') {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/me/messages/attachments?fileName=${encodeURIComponent(fileName)}`,
    headers: { ...client.headers, 'content-type': contentType },
    payload: bytes,
  });
}

describe.each(databaseKinds())('messages between the person and the case staff on %s', (kind) => {
  let t: TestApp;
  let applicant: SignedInClient;
  let navigator: SignedInClient;
  let caseworkerLu: SignedInClient;
  let caseId: string;
  let staffMessage: CaseMessage;
  const outbox = (to: string) => sqlRows<{ subject: string; body: string }>(t.database, sql`select subject, body from email_outbox where to_address = ${to} order by created_at`);

  beforeAll(async () => {
    t = await createTestApp(kind);
    applicant = await t.signIn('applicant@demo.example');
    navigator = await t.signIn('navigator@demo.example');
    caseworkerLu = await t.signIn('caseworker.lu@demo.example');
    // The test database has no demo cases: the navigator opens one and the applicant is linked to
    // its main person, as a redeemed portal invitation does.
    const theCase = await createCase(t, navigator);
    caseId = theCase.id;
    const main = theCase.person;
    await t.database.db.execute(sql`delete from portal_accounts where user_id = ${applicant.userId}`);
    await t.database.db.execute(sql`update users set locale = 'de' where id = ${applicant.userId}`);
    await t.database.db.execute(sql`insert into portal_accounts (user_id, case_id, person_id, created_at) values (${applicant.userId}, ${caseId}, ${main.id}, now())`);
  });
  afterAll(() => t.close());

  it('the navigator writes; the person gets an e-mail without content in their language', async () => {
    const before = (await outbox('applicant@demo.example')).length;
    const response = await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/messages`, { body: `  Guten Tag,\r\n${secret}  ` });
    expect(response.statusCode).toBe(201);
    staffMessage = response.json() as CaseMessage;
    expect(staffMessage).toMatchObject({ side: 'staff', mine: true, body: `Guten Tag,\n${secret}`, readAt: null, attachment: null });
    expect(staffMessage.author.name).toBeTruthy();
    expect(staffMessage.author.organisation).toBeTruthy();
    const mails = await outbox('applicant@demo.example');
    expect(mails.length).toBe(before + 1);
    const mail = mails.at(-1)!;
    expect(mail.subject).toBe('Lotse: Sie haben eine neue Nachricht');
    expect(mail.body).toContain('/mein-weg/nachrichten');
    expect(`${mail.subject} ${mail.body}`).not.toMatch(/Zitronenfalter|Reisepass|Guten Tag/);
  });

  it('the person reads the thread; opening it sets the read receipt the navigator sees', async () => {
    expect((await call(t, applicant, 'GET', '/api/v1/me/messages/unread')).json()).toEqual({ unread: 1 });
    const thread = (await call(t, applicant, 'GET', '/api/v1/me/messages')).json() as MessageThread;
    expect(thread.unread).toBe(1);
    expect(thread.items.map((item) => [item.side, item.mine, item.body])).toEqual([['staff', false, `Guten Tag,\n${secret}`]]);
    expect((await call(t, applicant, 'POST', '/api/v1/me/messages/read')).json()).toEqual({ marked: 1 });
    expect((await call(t, applicant, 'GET', '/api/v1/me/messages/unread')).json()).toEqual({ unread: 0 });
    const staffView = (await call(t, navigator, 'GET', `/api/v1/cases/${caseId}/messages`)).json() as MessageThread;
    expect(staffView.items[0]!.readAt).not.toBeNull();
  });

  it('the person answers with an attachment (same checks as staff uploads); the navigator is notified without content', async () => {
    expect((await attach(t, applicant, Buffer.from('<html><script>alert(1)</script></html>'), 'text/html', 'x.html')).statusCode).toBe(415);
    expect((await attach(t, applicant, samplePdf(), 'image/png')).statusCode).toBe(415);
    expect((await attach(t, applicant, Buffer.alloc(0), 'application/pdf', 'a.pdf')).statusCode).toBe(400);
    const upload = await attach(t, applicant, samplePng(), 'image/png', 'passfoto.png');
    expect(upload.statusCode).toBe(201);
    const attachment = upload.json() as { id: string; mediaType: string };
    expect(attachment.mediaType).toBe('image/png');

    const before = (await outbox('navigator@demo.example')).length;
    const answer = await call(t, applicant, 'POST', '/api/v1/me/messages', { body: 'Danke, anbei mein Foto.\nGrüße', documentId: attachment.id });
    expect(answer.statusCode).toBe(201);
    expect(answer.json()).toMatchObject({ side: 'person', mine: true, attachment: { id: attachment.id, fileName: 'passfoto.png' }, author: { organisation: null } });
    const mails = await outbox('navigator@demo.example');
    expect(mails.length).toBe(before + 1);
    expect(mails.at(-1)!.body).not.toMatch(/Danke|Foto|passfoto/);

    const notifications = (await call(t, navigator, 'GET', '/api/v1/notifications?unread=true')).json() as { items: { kind: string; data: { caseId: string } }[] };
    expect(notifications.items.some((item) => item.kind === 'message.received' && item.data.caseId === caseId)).toBe(true);
    const unread = (await call(t, navigator, 'GET', '/api/v1/messages/unread')).json() as { unread: number; cases: { caseId: string; unread: number }[] };
    expect(unread.cases.find((row) => row.caseId === caseId)?.unread).toBe(1);

    // The navigator opens the thread: the person's message is read, the notification too.
    const thread = (await call(t, navigator, 'GET', `/api/v1/cases/${caseId}/messages`)).json() as MessageThread;
    expect(thread.unread).toBe(1);
    expect((await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/messages/read`)).json()).toEqual({ marked: 1 });
    const mine = (await call(t, applicant, 'GET', '/api/v1/me/messages')).json() as MessageThread;
    expect(mine.items.at(-1)!.readAt).not.toBeNull();
    const after = (await call(t, navigator, 'GET', '/api/v1/notifications?unread=true')).json() as { items: { kind: string; data: { caseId: string } }[] };
    expect(after.items.some((item) => item.kind === 'message.received' && item.data.caseId === caseId)).toBe(false);

    // Both sides download it.
    expect((await call(t, navigator, 'GET', `/api/v1/cases/${caseId}/documents/${attachment.id}/content`)).statusCode).toBe(200);
    const download = await call(t, applicant, 'GET', `/api/v1/me/messages/attachments/${attachment.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
  });

  it('staff attach a case document; the person may download only attachments of their thread', async () => {
    const upload = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/documents?fileName=merkblatt.pdf`, headers: { ...navigator.headers, 'content-type': 'application/pdf' }, payload: samplePdf() });
    const documentId = (upload.json() as { id: string }).id;
    expect((await call(t, applicant, 'GET', `/api/v1/me/messages/attachments/${documentId}`)).statusCode).toBe(404);
    expect((await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/messages`, { body: 'Das Merkblatt', documentId })).statusCode).toBe(201);
    expect((await call(t, applicant, 'GET', `/api/v1/me/messages/attachments/${documentId}`)).statusCode).toBe(200);
    // A document the person did not upload cannot be attached by them.
    const refused = await call(t, applicant, 'POST', '/api/v1/me/messages', { body: 'x', documentId });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { fields: { documentId: expect.any(String) } } });
  });

  it('refuses HTML, control characters, empty and over-long bodies, naming the field', async () => {
    for (const body of ['<b>fett</b>', 'x <img src=x onerror=alert(1)>', '<!-- c -->', 'Klingel\u0007', '   ', 'x'.repeat(5_001)]) {
      const response = await call(t, applicant, 'POST', '/api/v1/me/messages', { body });
      expect(response.statusCode, body.slice(0, 20)).toBe(400);
      expect(JSON.stringify(response.json())).toContain('body');
    }
    expect((await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/messages`, { body: 'a < b und c > d' })).statusCode).toBe(201);
    expect((await call(t, navigator, 'POST', `/api/v1/cases/${caseId}/messages`, { body: 'ok', extra: 1 })).statusCode).toBe(400);
  });

  it('nobody else reaches the thread: other staff and another applicant get 404', async () => {
    expect((await call(t, caseworkerLu, 'GET', `/api/v1/cases/${caseId}/messages`)).statusCode).toBe(404);
    expect((await call(t, caseworkerLu, 'POST', `/api/v1/cases/${caseId}/messages`, { body: 'Hallo' })).statusCode).toBe(404);
    // A second applicant, linked to a case of their own.
    const other = await createCase(t, caseworkerLu);
    const main = other.person;
    await t.database.db.execute(sql`insert into users (email, name, password_hash, roles, locale)
      select 'other.applicant@demo.example', 'Other', password_hash, array['applicant'], 'ar' from users where email = 'applicant@demo.example'`);
    const [user] = await sqlRows<{ id: string }>(t.database, sql`select id from users where email = 'other.applicant@demo.example'`);
    await t.database.db.execute(sql`insert into portal_accounts (user_id, case_id, person_id, created_at) values (${user!.id}, ${other.id}, ${main.id}, now())`);
    const stranger = await t.signIn('other.applicant@demo.example');
    const thread = (await call(t, stranger, 'GET', '/api/v1/me/messages')).json() as MessageThread;
    expect(thread.items).toEqual([]);
    expect((await call(t, stranger, 'GET', `/api/v1/cases/${caseId}/messages`)).statusCode).toBe(404);
    const [attachment] = await sqlRows<{ document_id: string }>(t.database, sql`select document_id from case_messages where case_id = ${caseId} and document_id is not null limit 1`);
    expect((await call(t, stranger, 'GET', `/api/v1/me/messages/attachments/${attachment!.document_id}`)).statusCode).toBe(404);
    // Their e-mail is in Arabic (the account's language; no invitation).
    expect((await call(t, caseworkerLu, 'POST', `/api/v1/cases/${other.id}/messages`, { body: 'مرحبا' })).statusCode).toBe(201);
    const [mail] = await outbox('other.applicant@demo.example');
    expect(mail!.subject).toBe('Lotse: لديك رسالة جديدة');
    expect(mail!.body).not.toContain('مرحبا');
    // An applicant without a portal account has no thread.
    await t.database.db.execute(sql`delete from portal_accounts where user_id = ${user!.id}`);
    expect((await call(t, stranger, 'GET', '/api/v1/me/messages')).statusCode).toBe(404);
  });

  it('audits every read and write with its purpose, without content', async () => {
    const rows = await sqlRows<{ action: string; purpose: string; details: unknown }>(
      t.database,
      sql`select action, purpose, details from audit_log where subject_id = ${caseId} and (action like 'message.%' or details->>'via' = 'message')`,
    );
    const seen = new Set(rows.map((row) => `${row.action}/${row.purpose}`));
    for (const entry of ['message.sent/case_management', 'message.sent/self_service', 'message.thread_read/case_management', 'message.thread_read/self_service', 'message.read/self_service', 'message.read/case_management', 'document.downloaded/self_service', 'case.document_uploaded/self_service']) {
      expect(seen, entry).toContain(entry);
    }
    expect(JSON.stringify(rows)).not.toMatch(/Zitronenfalter|Danke|passfoto/);
  });
});
