import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/contract/cases';
import type { CaseDocument, CaseDocumentList } from '../../src/contract/documents';
import { verifyAuditChain } from '../../src/server/commands/verify-audit-chain';
import { call, createCase, personInput } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { samplePdf, samplePng, uploadDocument } from '../support/documents';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

const wegweiserProfile = {
  citizenship: 'IND',
  age: 30,
  qualification: { type: 'academic', germanRecognition: 'comparable' },
  job: { annualGrossSalaryEur: 60_000 },
  german: 'none',
  english: 'C1',
};

type AuditEntry = { action: string; actor_user_id: string | null; subject_id: string | null; purpose: string | null; request_id: string | null; details: Record<string, unknown> };
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(databaseKinds())('case documents: upload, download, list, delete on %s', (kind) => {
  let t: TestApp;
  let caseworker: SignedInClient;
  let theCase: Case;
  beforeAll(async () => {
    t = await createTestApp(kind);
    caseworker = await t.signIn('caseworker@demo.example');
    theCase = await createCase(t, caseworker, { person: personInput({ givenName: 'Priya', familyName: 'Raghunathan', citizenship: 'IND' }), profile: wegweiserProfile });
  });
  afterAll(() => t.close());

  const auditOf = (requestId: unknown) =>
    sqlRows<AuditEntry>(t.database, sql`SELECT action, actor_user_id, subject_id, purpose, request_id, details FROM audit_log WHERE request_id = ${String(requestId)} ORDER BY id`);
  const download = (documentId: string, client: SignedInClient = caseworker) =>
    call(t, client, 'GET', `/api/v1/cases/${theCase.id}/documents/${documentId}/content`);

  it('stores a PDF and gives it back byte for byte, as an attachment that is neither sniffed nor cached', async () => {
    const pdf = samplePdf();
    const uploaded = await uploadDocument(t, caseworker, theCase.id, {
      bytes: pdf,
      contentType: 'application/pdf',
      fileName: 'C:\\Scans\\Reisepass Priya Ü.pdf',
      checklistItemId: 'passport',
      personId: theCase.person.id,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const document = uploaded.json() as CaseDocument;
    expect(document).toMatchObject({
      fileName: 'Reisepass Priya Ü.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
      checklistItemId: 'passport',
      personId: theCase.person.id,
      uploadedBy: { id: caseworker.userId, name: 'Carla Kranich' },
    });
    expect(uploaded.headers.location).toBe(`/api/v1/cases/${theCase.id}/documents/${document.id}/content`);

    const downloaded = await download(document.id);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.rawPayload.equals(pdf)).toBe(true);
    expect(downloaded.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Reisepass Priya U.pdf"; filename*=UTF-8''Reisepass%20Priya%20%C3%9C.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'content-length': String(pdf.length),
    });

    // Upload and download are audited on the case, with ids and sizes, never the file name.
    expect(await auditOf(uploaded.headers['x-request-id'])).toEqual([
      expect.objectContaining({
        action: 'case.document_uploaded',
        actor_user_id: caseworker.userId,
        subject_id: theCase.id,
        purpose: 'case_management',
        details: { documentId: document.id, checklistItemId: 'passport', personId: theCase.person.id, mediaType: 'application/pdf', sizeBytes: pdf.length },
      }),
    ]);
    expect(await auditOf(downloaded.headers['x-request-id'])).toEqual([
      expect.objectContaining({ action: 'document.downloaded', subject_id: theCase.id, details: { documentId: document.id, checklistItemId: 'passport', sizeBytes: pdf.length } }),
    ]);
    // A second download is a second entry.
    const again = await download(document.id);
    expect(await auditOf(again.headers['x-request-id'])).toMatchObject([{ action: 'document.downloaded' }]);
    const stored = await sqlRows<{ sha256: string; size_bytes: string | number }>(
      t.database,
      sql`SELECT f.sha256, f.size_bytes FROM stored_files f JOIN case_documents d ON d.storage_key = f.storage_key WHERE d.id = ${document.id}`,
    );
    expect(stored.map((row) => ({ sha256: row.sha256, size: Number(row.size_bytes) }))).toEqual([{ sha256: sha256(pdf), size: pdf.length }]);
  });

  it('stores a PNG for a family member and returns it with its own type', async () => {
    const member = await call(t, caseworker, 'POST', `/api/v1/cases/${theCase.id}/members`, { relation: 'spouse', ...personInput() });
    const png = samplePng();
    const uploaded = await uploadDocument(t, caseworker, theCase.id, { bytes: png, contentType: 'image/png', fileName: 'foto', personId: member.json().id });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json()).toMatchObject({ fileName: 'foto.png', mediaType: 'image/png', checklistItemId: null, personId: member.json().id });
    const downloaded = await download(uploaded.json().id);
    expect(downloaded.rawPayload.equals(png)).toBe(true);
    expect(downloaded.headers['content-type']).toBe('image/png');
    expect(downloaded.headers['content-disposition']).toBe(`attachment; filename="foto.png"; filename*=UTF-8''foto.png`);
  });

  it('lists documents newest first without contents, and shows them with the checklist in the case', async () => {
    const list = await call(t, caseworker, 'GET', `/api/v1/cases/${theCase.id}/documents`);
    expect(list.statusCode).toBe(200);
    const { items } = list.json() as CaseDocumentList;
    expect(items.map((item) => item.fileName)).toEqual(['foto.png', 'Reisepass Priya Ü.pdf']);
    // Metadata and the staff review (issue 15), never the contents.
    expect(Object.keys(items[0] ?? {}).sort()).toEqual([
      'checklistItemId',
      'fileName',
      'id',
      'mediaType',
      'personId',
      'requestId',
      'reviewReason',
      'reviewStatus',
      'reviewedAt',
      'sha256',
      'sizeBytes',
      'uploadedAt',
      'uploadedBy',
    ]);
    expect(items[0]).toMatchObject({ reviewStatus: 'received', reviewReason: null, reviewedAt: null, requestId: null });
    expect(await auditOf(list.headers['x-request-id'])).toMatchObject([{ action: 'case.documents_read', details: { count: 2 } }]);

    const detail = (await call(t, caseworker, 'GET', `/api/v1/cases/${theCase.id}`)).json() as Case;
    expect(detail.documents).toEqual(items);
    const target = detail.evaluation?.titles.find((title) => title.id === detail.targetTitleId);
    expect(detail.checklist?.map((item) => item.id)).toEqual(target?.documents.map((document) => document.id));
    const passportItem = detail.checklist?.find((item) => item.id === 'passport');
    expect(passportItem).toMatchObject({ uploaded: true, documentIds: [items[1]?.id], titleIds: [detail.targetTitleId] });
    expect(detail.checklist?.filter((item) => item.uploaded).map((item) => item.id)).toEqual(['passport']);
    expect(detail.timeline.slice(0, 3).map((event) => event.type)).toEqual(['document_uploaded', 'member_added', 'document_uploaded']);
    expect(JSON.stringify(detail.timeline)).not.toMatch(/Reisepass|foto/);
  });

  it('deletes softly: gone from list, checklist and download; audited and on the timeline', async () => {
    const pdf = samplePdf('to delete');
    const uploaded = (await uploadDocument(t, caseworker, theCase.id, { bytes: pdf, contentType: 'application/pdf', checklistItemId: 'employment_contract' })).json() as CaseDocument;
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/v1/cases/${theCase.id}/documents/${uploaded.id}`, headers: caseworker.headers });
    expect(removed.statusCode).toBe(204);
    expect(await auditOf(removed.headers['x-request-id'])).toMatchObject([
      { action: 'case.document_deleted', subject_id: theCase.id, details: { documentId: uploaded.id, checklistItemId: 'employment_contract' } },
    ]);
    expect((await download(uploaded.id)).statusCode).toBe(404);
    const twice = await t.app.inject({ method: 'DELETE', url: `/api/v1/cases/${theCase.id}/documents/${uploaded.id}`, headers: caseworker.headers });
    expect(twice.statusCode).toBe(404);
    const detail = (await call(t, caseworker, 'GET', `/api/v1/cases/${theCase.id}`)).json() as Case;
    expect(detail.documents.map((document) => document.id)).not.toContain(uploaded.id);
    expect(detail.checklist?.find((item) => item.id === 'employment_contract')?.uploaded).toBe(false);
    expect(detail.timeline[0]?.type).toBe('document_deleted');
    // The record stays (soft delete) with its content, for the retention period.
    const rows = await sqlRows<{ deleted: boolean; stored: number }>(
      t.database,
      sql`SELECT d.deleted_at IS NOT NULL AS deleted, (SELECT count(*)::int FROM stored_files f WHERE f.storage_key = d.storage_key) AS stored FROM case_documents d WHERE d.id = ${uploaded.id}`,
    );
    expect(rows).toEqual([{ deleted: true, stored: 1 }]);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });

  it('accepts any checklist id format-wise valid on a case without an evaluation, and shows an empty checklist', async () => {
    const plain = await createCase(t, caseworker);
    const uploaded = await uploadDocument(t, caseworker, plain.id, { bytes: samplePdf(), contentType: 'application/pdf', checklistItemId: 'birth_certificate' });
    expect(uploaded.statusCode).toBe(201);
    const detail = (await call(t, caseworker, 'GET', `/api/v1/cases/${plain.id}`)).json() as Case;
    expect(detail.checklist).toEqual([]);
    expect(detail.documents).toHaveLength(1);
  });
});
