import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/contract/cases';
import { maxDocumentBytes, type CaseDocument } from '../../src/contract/documents';
import { call, createCase, personInput } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { sampleJpeg, samplePdf, samplePng, uploadDocument } from '../support/documents';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

const wegweiserProfile = {
  citizenship: 'IND',
  age: 30,
  qualification: { type: 'academic', germanRecognition: 'comparable' },
  job: { annualGrossSalaryEur: 60_000 },
  german: 'none',
  english: 'C1',
};

/** A file of `size` bytes that starts like a PDF. */
const pdfOfSize = (size: number) => {
  const bytes = Buffer.alloc(size, 0x20);
  samplePdf().copy(bytes);
  return bytes;
};

describe.each(databaseKinds())('case documents: what is refused on %s', (kind) => {
  let t: TestApp;
  let mannheim: SignedInClient;
  let ludwigshafen: SignedInClient;
  let theCase: Case;
  let document: CaseDocument;
  beforeAll(async () => {
    t = await createTestApp(kind);
    mannheim = await t.signIn('caseworker@demo.example');
    ludwigshafen = await t.signIn('caseworker.lu@demo.example');
    theCase = await createCase(t, mannheim, { person: personInput({ citizenship: 'IND' }), profile: wegweiserProfile });
    document = (await uploadDocument(t, mannheim, theCase.id, { bytes: samplePdf(), contentType: 'application/pdf', checklistItemId: 'passport' })).json() as CaseDocument;
  });
  afterAll(() => t.close());

  const storedFileCount = async () => (await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM stored_files`))[0]?.n;
  const errorOf = (response: { statusCode: number; json(): unknown }) => ({ status: response.statusCode, ...(response.json() as { error: object }).error });

  it('refuses a JPEG declared as PDF, and types that are not accepted, with 415 and nothing stored', async () => {
    const before = await storedFileCount();
    expect(errorOf(await uploadDocument(t, mannheim, theCase.id, { bytes: sampleJpeg(), contentType: 'application/pdf' }))).toEqual({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'The content of the file is not application/pdf.',
      fields: { body: 'content is image/jpeg, not application/pdf' },
    });
    expect(errorOf(await uploadDocument(t, mannheim, theCase.id, { bytes: samplePng(), contentType: 'image/jpeg' }))).toMatchObject({ status: 415, fields: { body: 'content is image/png, not image/jpeg' } });
    for (const contentType of ['image/gif', 'text/html', 'application/json', 'application/octet-stream', 'multipart/form-data; boundary=x']) {
      const response = await uploadDocument(t, mannheim, theCase.id, { bytes: samplePdf(), contentType });
      expect(errorOf(response), contentType).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', fields: { 'headers.content-type': expect.stringContaining('application/pdf') } });
    }
    // Parameters and case of the declared type do not matter.
    expect((await uploadDocument(t, mannheim, theCase.id, { bytes: samplePdf(), contentType: 'Application/PDF; name="x.pdf"' })).statusCode).toBe(201);
    expect(await storedFileCount()).toBe((before ?? 0) + 1);
  });

  it('refuses more than 10 MiB with 413 and accepts exactly 10 MiB', async () => {
    const tooLarge = await uploadDocument(t, mannheim, theCase.id, { bytes: pdfOfSize(maxDocumentBytes + 1), contentType: 'application/pdf' });
    expect(errorOf(tooLarge)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    const atLimit = await uploadDocument(t, mannheim, theCase.id, { bytes: pdfOfSize(maxDocumentBytes), contentType: 'application/pdf' });
    expect(atLimit.statusCode).toBe(201);
    expect(atLimit.json().sizeBytes).toBe(maxDocumentBytes);
  });

  it('hides the case from another authority: 404 on list, upload, download and delete', async () => {
    const base = `/api/v1/cases/${theCase.id}/documents`;
    expect((await call(t, ludwigshafen, 'GET', base)).statusCode).toBe(404);
    expect(errorOf(await uploadDocument(t, ludwigshafen, theCase.id, { bytes: samplePdf(), contentType: 'application/pdf' }))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    // Even a wrong type answers 404 first: nothing about the case is revealed.
    expect((await uploadDocument(t, ludwigshafen, theCase.id, { bytes: sampleJpeg(), contentType: 'application/pdf' })).statusCode).toBe(404);
    expect((await call(t, ludwigshafen, 'GET', `${base}/${document.id}/content`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'DELETE', url: `${base}/${document.id}`, headers: ludwigshafen.headers })).statusCode).toBe(404);
    // A document id of another case is unknown in this one.
    const own = await createCase(t, ludwigshafen);
    expect((await call(t, ludwigshafen, 'GET', `/api/v1/cases/${own.id}/documents/${document.id}/content`)).statusCode).toBe(404);
    expect((await call(t, mannheim, 'GET', `${base}/${document.id}/content`)).statusCode).toBe(200);
  });

  it('asks for sign-in and the CSRF header', async () => {
    expect((await uploadDocument(t, null, theCase.id, { bytes: samplePdf(), contentType: 'application/pdf' })).statusCode).toBe(401);
    const withoutCsrf = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${theCase.id}/documents?fileName=a.pdf`,
      headers: { cookie: mannheim.cookie, 'content-type': 'application/pdf' },
      payload: samplePdf(),
    });
    expect(errorOf(withoutCsrf)).toMatchObject({ status: 403, code: 'CSRF_FAILED' });
  });

  it('answers 400 naming the field for an unknown checklist item, a stranger as person, a missing name or an empty file', async () => {
    const upload = (extra: { checklistItemId?: string; personId?: string; fileName?: string }, bytes = samplePdf()) =>
      uploadDocument(t, mannheim, theCase.id, { bytes, contentType: 'application/pdf', ...extra });
    expect(errorOf(await upload({ checklistItemId: 'birth_certificate' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'The request is not valid.',
      fields: { 'query.checklistItemId': 'not a document of this case’s checklist' },
    });
    expect(errorOf(await upload({ checklistItemId: 'Pass Port' }))).toMatchObject({ status: 400, fields: { 'query.checklistItemId': expect.any(String) } });
    const other = await createCase(t, mannheim);
    expect(errorOf(await upload({ personId: other.person.id }))).toMatchObject({ status: 400, fields: { 'query.personId': 'not a person of this case' } });
    const noName = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${theCase.id}/documents`, headers: { ...mannheim.headers, 'content-type': 'application/pdf' }, payload: samplePdf() });
    expect(errorOf(noName)).toMatchObject({ status: 400, fields: { 'query.fileName': expect.any(String) } });
    expect(errorOf(await upload({}, Buffer.alloc(0)))).toMatchObject({ status: 400, fields: { body: 'empty' } });
    // Any document of the stored evaluation is accepted, not only the target title's.
    const ids = theCase.evaluation?.titles.flatMap((title) => title.documents.map((item) => item.id)) ?? [];
    const notOfTarget = ids.find((id) => !theCase.checklist?.some((item) => item.id === id));
    expect(notOfTarget).toBeDefined();
    expect((await upload({ checklistItemId: notOfTarget ?? '' })).statusCode).toBe(201);
  });

  it('keeps JSON everywhere else: the raw-body parser is confined to the document routes', async () => {
    const note = await call(t, mannheim, 'POST', `/api/v1/cases/${theCase.id}/notes`, { text: 'Pass liegt vor.' });
    expect(note.statusCode).toBe(201);
    const pdfAsNote = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${theCase.id}/notes`, headers: { ...mannheim.headers, 'content-type': 'application/pdf' }, payload: samplePdf() });
    expect(pdfAsNote.statusCode).toBe(415);
  });
});
