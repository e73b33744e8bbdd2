import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MyCase } from '../../src/contract/portal';
import { auditLog, casePersons, portalAccounts, users } from '../../src/server/db/schema/index';
import { databaseKinds } from '../support/databases';
import { samplePdf, samplePng } from '../support/documents';
import { call, createCase, personInput } from '../support/cases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

const wegweiserProfile = {
  evaluationDate: '2026-11-22',
  citizenship: 'IND',
  age: 30,
  qualification: { type: 'academic', germanRecognition: 'comparable' },
  job: { annualGrossSalaryEur: 60_000 },
  german: 'none',
  english: 'C1',
};

/** Issue 15: the applicant's own case, checklist, uploads, and the staff review of documents. */
describe.each(databaseKinds())('portal journey and documents on %s', (kind) => {
  let t: TestApp;
  let applicant: SignedInClient;
  let caseworker: SignedInClient;
  let myCase: MyCase;
  const familyEmail = 'family.member@demo.example';
  const strangerEmail = 'stranger.applicant@demo.example';

  /** A second applicant account: linked to a person of the demo case, or to nothing. */
  async function addApplicant(email: string, personId: string | null): Promise<SignedInClient> {
    const db = t.database.db;
    const [template] = await db.select().from(users).where(eq(users.email, 'applicant@demo.example'));
    if (!template) throw new Error('no demo applicant');
    const [user] = await db
      .insert(users)
      .values({ email, name: email, passwordHash: template.passwordHash, roles: ['applicant'], organisationId: null })
      .returning();
    if (!user) throw new Error('insert failed');
    if (personId) await db.insert(portalAccounts).values({ userId: user.id, caseId: myCase.caseId, personId, createdAt: new Date() });
    return t.signIn(email);
  }

  const get = (client: SignedInClient, url: string) => t.app.inject({ method: 'GET', url, headers: client.headers });
  const post = (client: SignedInClient, url: string, payload?: object) => t.app.inject({ method: 'POST', url, headers: client.headers, ...(payload ? { payload } : {}) });
  const upload = (client: SignedInClient, query: string, body: Buffer, type = 'image/png') =>
    t.app.inject({ method: 'POST', url: `/api/v1/me/documents?${query}`, headers: { ...client.headers, 'content-type': type }, payload: body });

  beforeAll(async () => {
    t = await createTestApp(kind);
    applicant = await t.signIn('applicant@demo.example');
    caseworker = await t.signIn('caseworker@demo.example');
    const navigator = await t.signIn('navigator@demo.example');
    // The Mannheim authority's case, from a Wegweiser profile (so it has a checklist), with a
    // navigator, a spouse and a §81a procedure; the applicant's account linked as an invitation would.
    const created = await createCase(t, caseworker, { person: personInput({ citizenship: 'IND' }), profile: wegweiserProfile });
    expect((await call(t, caseworker, 'PATCH', `/api/v1/cases/${created.id}`, { navigatorUserId: navigator.userId }, { 'if-match': '"1"' })).statusCode).toBe(200);
    const spouse = await call(t, caseworker, 'POST', `/api/v1/cases/${created.id}/members`, { relation: 'spouse', givenName: 'Ravi', familyName: 'Test', birthDate: '1991-05-05', citizenship: 'IND' });
    expect(spouse.statusCode, spouse.body).toBe(201);
    const procedure = await call(t, caseworker, 'POST', `/api/v1/cases/${created.id}/accelerated-procedure`, { agreedOn: '2026-11-02' });
    expect(procedure.statusCode, procedure.body).toBe(201);
    await t.database.db.insert(portalAccounts).values({ userId: applicant.userId, caseId: created.id, personId: created.person.id, createdAt: new Date() });
    const response = await get(applicant, '/api/v1/me/case');
    expect(response.statusCode).toBe(200);
    myCase = response.json() as MyCase;
  });
  afterAll(() => t.close());

  it('shows the main person the whole family, the navigator, the organisations and the §81a dates; audited as self_service', async () => {
    expect(myCase.reference).toMatch(/^[A-Z]+-\d{4}-\d+$/);
    const me = myCase.persons.find((person) => person.isMe);
    expect(me?.relation).toBe('main');
    expect(myCase.persons.length).toBeGreaterThan(1);
    expect(myCase.navigator?.name).toBeTruthy();
    expect(myCase.organisations.length).toBeGreaterThan(0);
    expect(myCase.procedure?.steps.map((step) => step.id)).toContain('visa_appointment');
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'portal.case_read'), eq(auditLog.subjectId, myCase.caseId)));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.purpose === 'self_service')).toBe(true);
  });

  it('shows a family member only themself, and another applicant nothing (404); staff are unaffected', async () => {
    const member = myCase.persons.find((person) => !person.isMe);
    if (!member) throw new Error('the demo case has no family');
    const family = await addApplicant(familyEmail, member.id);
    const theirs = (await get(family, '/api/v1/me/case')).json() as MyCase;
    expect(theirs.persons.map((person) => person.id)).toEqual([member.id]);
    expect(theirs.procedure).toBeNull();
    expect(theirs.checklist.every((entry) => entry.personId === member.id)).toBe(true);

    const stranger = await addApplicant(strangerEmail, null);
    expect((await get(stranger, '/api/v1/me/case')).statusCode).toBe(404);
    expect((await get(caseworker, '/api/v1/me/case')).statusCode).toBe(403);
    expect((await get(caseworker, `/api/v1/cases/${myCase.caseId}`)).statusCode).toBe(200);
    expect((await get(applicant, `/api/v1/cases/${myCase.caseId}`)).statusCode).toBe(404);
  });

  it('runs a request → upload → reject → new upload → accept round trip, audited on both sides', async () => {
    const created = await post(caseworker, `/api/v1/cases/${myCase.caseId}/document-requests`, { title: 'Biometrisches Passfoto', note: 'Nicht älter als sechs Monate' });
    expect(created.statusCode).toBe(201);
    const requestId = (created.json() as { id: string }).id;

    let mine = (await get(applicant, '/api/v1/me/case')).json() as MyCase;
    const entry = mine.checklist.find((candidate) => candidate.requestId === requestId);
    expect(entry).toMatchObject({ kind: 'request', title: 'Biometrisches Passfoto', status: 'missing', personId: myCase.myPersonId });

    const first = await upload(applicant, `fileName=foto.png&requestId=${requestId}`, samplePng());
    expect(first.statusCode).toBe(201);
    const firstId = (first.json() as { id: string }).id;

    // The review needs a reason to reject; a rejection is read by the person, and can be corrected.
    expect((await post(caseworker, `/api/v1/cases/${myCase.caseId}/documents/${firstId}/review`, { status: 'rejected' })).statusCode).toBe(400);
    const rejected = await post(caseworker, `/api/v1/cases/${myCase.caseId}/documents/${firstId}/review`, { status: 'rejected', reason: 'Das Foto ist unscharf.' });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json()).toMatchObject({ reviewStatus: 'rejected', reviewReason: 'Das Foto ist unscharf.' });
    mine = (await get(applicant, '/api/v1/me/case')).json() as MyCase;
    expect(mine.checklist.find((candidate) => candidate.requestId === requestId)).toMatchObject({ status: 'rejected' });
    expect(mine.checklist.find((candidate) => candidate.requestId === requestId)?.documents[0]?.reviewReason).toBe('Das Foto ist unscharf.');

    const second = await upload(applicant, `fileName=foto2.png&requestId=${requestId}`, samplePng());
    const secondId = (second.json() as { id: string }).id;
    expect((await post(caseworker, `/api/v1/cases/${myCase.caseId}/documents/${secondId}/review`, { status: 'accepted' })).statusCode).toBe(200);
    mine = (await get(applicant, '/api/v1/me/case')).json() as MyCase;
    expect(mine.checklist.find((candidate) => candidate.requestId === requestId)).toMatchObject({ status: 'accepted' });

    const download = await get(applicant, `/api/v1/me/documents/${secondId}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(samplePng())).toBe(true);

    const actions = await t.database.db.select().from(auditLog).where(eq(auditLog.subjectId, myCase.caseId));
    const upload1 = actions.find((row) => row.action === 'case.document_uploaded' && (row.details as { documentId?: string }).documentId === firstId);
    expect(upload1?.purpose).toBe('self_service');
    expect(actions.some((row) => row.action === 'document.downloaded' && row.purpose === 'self_service')).toBe(true);
    const reviews = actions.filter((row) => row.action === 'case.document_reviewed');
    expect(reviews.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(reviews.map((row) => row.details))).not.toContain('unscharf');

    const requests = (await get(caseworker, `/api/v1/cases/${myCase.caseId}/document-requests`)).json() as { items: { id: string; documentIds: string[] }[] };
    expect(requests.items.find((item) => item.id === requestId)?.documentIds.sort()).toEqual([firstId, secondId].sort());

    expect((await post(caseworker, `/api/v1/cases/${myCase.caseId}/document-requests/${requestId}/withdraw`)).statusCode).toBe(204);
    expect((await post(caseworker, `/api/v1/cases/${myCase.caseId}/document-requests/${requestId}/withdraw`)).statusCode).toBe(409);
    mine = (await get(applicant, '/api/v1/me/case')).json() as MyCase;
    expect(mine.checklist.some((candidate) => candidate.requestId === requestId)).toBe(false);
    expect((await upload(applicant, `fileName=foto3.png&requestId=${requestId}`, samplePng())).statusCode).toBe(400);
  });

  it('checks a portal upload exactly as a staff upload, and only for persons the account may see', async () => {
    expect((await upload(applicant, 'fileName=x.png', samplePdf())).statusCode).toBe(415);
    expect((await upload(applicant, 'fileName=x.exe', Buffer.from('MZ'), 'application/x-msdownload')).statusCode).toBe(415);
    expect((await upload(applicant, 'fileName=x.png', Buffer.alloc(0))).statusCode).toBe(400);
    expect((await upload(applicant, 'fileName=x.png&checklistItemId=no_such_item', samplePng())).statusCode).toBe(myCase.checklist.some((entry) => entry.kind === 'checklist') ? 400 : 201);

    const member = myCase.persons.find((person) => !person.isMe);
    if (!member) throw new Error('the demo case has no family');
    expect((await upload(applicant, `fileName=kind.png&personId=${member.id}`, samplePng())).statusCode).toBe(201);
    const family = await t.signIn(familyEmail);
    expect((await upload(family, `fileName=mich.png&personId=${myCase.myPersonId}`, samplePng())).statusCode).toBe(400);
    const own = await upload(family, 'fileName=mich.png', samplePng());
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ personId: member.id });

    // The main person's own documents stay hidden from the family member.
    const mainDocument = (await get(applicant, '/api/v1/me/case')).json() as MyCase;
    const mainOnly = [...mainDocument.otherDocuments, ...mainDocument.checklist.flatMap((entry) => entry.documents)].find((document) => document.personId === myCase.myPersonId);
    if (mainOnly) expect((await get(family, `/api/v1/me/documents/${mainOnly.id}/content`)).statusCode).toBe(404);
    const stranger = await t.signIn(strangerEmail);
    expect((await upload(stranger, 'fileName=x.png', samplePng())).statusCode).toBe(404);
  });

  it('lets staff ask a family member for a document, and nobody outside the case review or request', async () => {
    const member = (await t.database.db.select().from(casePersons).where(and(eq(casePersons.caseId, myCase.caseId), eq(casePersons.relation, 'spouse'))))[0];
    if (member) {
      const created = await post(caseworker, `/api/v1/cases/${myCase.caseId}/document-requests`, { title: 'Heiratsurkunde', personId: member.id });
      expect(created.statusCode).toBe(201);
    }
    expect((await post(caseworker, `/api/v1/cases/${myCase.caseId}/document-requests`, { title: '' })).statusCode).toBe(400);
    const other = await t.signIn('caseworker.lu@demo.example');
    expect((await post(other, `/api/v1/cases/${myCase.caseId}/document-requests`, { title: 'X' })).statusCode).toBe(404);
    expect((await post(applicant, `/api/v1/cases/${myCase.caseId}/document-requests`, { title: 'X' })).statusCode).toBe(404);
  });
});
