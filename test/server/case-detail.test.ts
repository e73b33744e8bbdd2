import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCaseDetail } from '../../src/server/db/repositories/case-detail.repository';
import { call, createCase, personInput } from '../support/cases';
import { databaseKinds } from '../support/databases';
import { samplePdf } from '../support/documents';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The case page is read in one statement (JSON built by PostgreSQL, decoded with Drizzle's column
 * decoders). These checks pin the decoded types and that the pool path (named prepared statement)
 * and the transaction path (Drizzle with bound parameters) give the same result.
 */
describe.each(databaseKinds())('case detail in one statement on %s', (kind) => {
  let t: TestApp;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    const worker = await t.signIn('caseworker@demo.example');
    const created = await createCase(t, worker, { person: personInput({ contact: { email: 'a@example.org' }, languages: ['en', 'yo'] }) });
    caseId = created.id;
    const post = async (path: string, payload: unknown) => {
      const response = await call(t, worker, 'POST', `/api/v1/cases/${caseId}${path}`, payload);
      if (response.statusCode !== 201) throw new Error(`${path}: ${response.statusCode} ${response.body}`);
    };
    await post('/members', { relation: 'spouse', ...personInput() });
    await post('/tasks', { title: 'Pass prüfen', dueOn: '2099-01-01', assigneeUserId: worker.userId });
    await post('/notes', { text: 'Rückruf vereinbart' });
    await post('/obstacles', { category: 'housing', text: 'Wohnung fehlt' });
    await post('/accelerated-procedure', { agreedOn: '2026-01-05' });
    const upload = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/documents?fileName=pass.pdf`,
      headers: { ...worker.headers, 'content-type': 'application/pdf' },
      payload: samplePdf(),
    });
    expect(upload.statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('decodes every part with its column types', async () => {
    const detail = await findCaseDetail(t.database.db, caseId);
    if (!detail) throw new Error('case not found');
    expect(detail.header.createdAt).toBeInstanceOf(Date);
    expect(detail.header.owner).toMatchObject({ name: expect.stringContaining('Mannheim') });
    expect(detail.header.version).toBeTypeOf('number');
    const [main, spouse] = detail.persons;
    expect(main).toMatchObject({ relation: 'main', contact: { email: 'a@example.org' }, languages: ['en', 'yo'], birthDate: '1994-03-02' });
    expect(main).not.toHaveProperty('search');
    expect(spouse?.relation).toBe('spouse');
    expect(detail.tasks[0]).toMatchObject({ title: 'Pass prüfen', dueOn: '2099-01-01', status: 'open', assignee: { name: expect.any(String) } });
    expect(detail.tasks[0]?.createdAt).toBeInstanceOf(Date);
    expect(detail.notes[0]).toMatchObject({ text: 'Rückruf vereinbart', author: { name: expect.any(String) } });
    expect(detail.obstacles[0]).toMatchObject({ category: 'housing', resolvedAt: null, creator: { name: expect.any(String) } });
    expect(detail.documents[0]).toMatchObject({ fileName: 'pass.pdf', mediaType: 'application/pdf', uploader: { name: expect.any(String) } });
    expect(detail.documents[0]?.sizeBytes).toBeTypeOf('number');
    expect(detail.timeline.length).toBeGreaterThanOrEqual(6);
    expect(detail.timeline[0]?.id).toBeTypeOf('number');
    expect(detail.timeline[0]?.at).toBeInstanceOf(Date);
    // Newest first, ties by id.
    const order = detail.timeline.map((event) => [event.at.getTime(), event.id] as const);
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    expect(detail.procedure).toMatchObject({ agreedOn: '2026-01-05', abh: { name: expect.stringContaining('Mannheim') }, employer: null });
    expect(detail.procedure?.state.steps.length).toBeGreaterThan(3);
    expect(detail.organisations.map((organisation) => organisation.role)).toContain('owner');
  });

  it('gives the same result on the pool and inside a transaction', async () => {
    const direct = await findCaseDetail(t.database.db, caseId);
    const inTransaction = await t.database.db.transaction((tx) => findCaseDetail(tx, caseId));
    expect(inTransaction).toEqual(direct);
  });

  it('finds nothing for an unknown case', async () => {
    expect(await findCaseDetail(t.database.db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});
