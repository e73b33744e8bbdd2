import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, ArticleListResponse } from '../../src/contract/knowledge';
import { databaseKinds, sqlRows } from '../support/databases';
import { articleInput, publishArticle, send, transition, writeArticle } from '../support/knowledge';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

describe.each(databaseKinds())('knowledge articles: workflow, versions, reads on %s', (kind) => {
  let t: TestApp;
  let editor: SignedInClient;
  let reviewer: SignedInClient;
  let caseworker: SignedInClient;
  beforeAll(async () => {
    t = await createTestApp(kind);
    editor = await t.signIn('editor@demo.example');
    reviewer = await t.signIn('reviewer@demo.example');
    caseworker = await t.signIn('caseworker@demo.example');
  });
  afterAll(() => t.close());

  it('an editor writes a draft that only editors see', async () => {
    const draft = await writeArticle(t, editor, { title: 'Entwurf zur Zeugnisbewertung' });
    expect(draft).toMatchObject({ status: 'draft', version: 1, latestVersion: 1, publishedVersion: null, slug: 'entwurf-zur-zeugnisbewertung' });
    expect(draft.allowedActions).toEqual(['edit', 'submit', 'archive']);
    expect((await send(t, null, 'GET', `/api/v1/articles/${draft.id}`)).statusCode).toBe(404);
    expect((await send(t, caseworker, 'GET', `/api/v1/articles/${draft.id}`)).statusCode).toBe(404);
    expect((await send(t, reviewer, 'GET', `/api/v1/articles/${draft.id}`)).statusCode).toBe(200);
    const publicList = (await send(t, null, 'GET', '/api/v1/articles?pageSize=100')).json() as ArticleListResponse;
    expect(publicList.items.map((item) => item.id)).not.toContain(draft.id);
    const editorList = (await send(t, editor, 'GET', '/api/v1/articles?status=draft&pageSize=100')).json() as ArticleListResponse;
    expect(editorList.items.map((item) => item.id)).toContain(draft.id);
    // The same address twice is a conflict naming the slug.
    const twice = await send(t, editor, 'POST', '/api/v1/articles', articleInput({ title: 'Entwurf zur Zeugnisbewertung' }));
    expect(twice.statusCode).toBe(409);
    expect(Object.keys(twice.json().error.fields)).toEqual(['slug']);
  });

  it('four eyes: the author cannot approve; a second editor reviews and publishes', async () => {
    const draft = await writeArticle(t, editor);
    const submitted = (await transition(t, editor, draft, 'submit')).json() as Article;
    expect(submitted.status).toBe('in_review');
    expect(submitted.allowedActions).toEqual(['edit', 'archive']);
    const ownApproval = await transition(t, editor, draft, 'approve');
    expect(ownApproval.statusCode).toBe(403);
    expect(ownApproval.json().error).toMatchObject({ code: 'FORBIDDEN', fields: { reviewer: 'must not be an author of this revision' } });
    const ownRejection = await transition(t, editor, draft, 'request-changes', { note: 'x' });
    expect(ownRejection.statusCode).toBe(403);
    const approved = await transition(t, reviewer, draft, 'approve');
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'published', publishedVersion: 1, reviewer: { name: expect.any(String) } });
    const anonymous = await send(t, null, 'GET', `/api/v1/articles/${draft.id}`);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toMatchObject({ allowedActions: [], author: { name: expect.any(String) } });
    // A workflow step the status does not allow: 409 naming what is allowed.
    const again = await transition(t, reviewer, { id: draft.id, latestVersion: 1 }, 'approve');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toEqual({ status: 'published; allowed: edit, archive' });
  });

  it('a co-author of the revision cannot approve it either', async () => {
    const draft = await writeArticle(t, editor);
    const edited = (await send(t, reviewer, 'PATCH', `/api/v1/articles/${draft.id}`, { summary: 'Vom Kollegen ergänzt.' }, { 'if-match': '"1"' })).json() as Article;
    expect(edited.latestVersion).toBe(2);
    await transition(t, editor, edited, 'submit');
    expect((await transition(t, reviewer, edited, 'approve')).statusCode).toBe(403);
    expect((await transition(t, editor, edited, 'approve')).statusCode).toBe(403);
  });

  it('request changes needs a note and sends the article back to draft with it', async () => {
    const draft = await writeArticle(t, editor);
    await transition(t, editor, draft, 'submit');
    const withoutNote = await transition(t, reviewer, draft, 'request-changes');
    expect(withoutNote.statusCode).toBe(400);
    expect(withoutNote.json().error.fields).toEqual({ note: 'say what should change' });
    const sentBack = await transition(t, reviewer, draft, 'request-changes', { note: 'Bitte die Rechtsgrundlage ergänzen.' });
    expect(sentBack.json()).toMatchObject({ status: 'draft', reviewNote: 'Bitte die Rechtsgrundlage ergänzen.' });
  });

  it('every change is a new version; readers keep the published one; If-Match guards changes', async () => {
    const published = await publishArticle(t, editor, reviewer, { body: 'Erste Zeile.\nZweite Zeile.\n' });
    const url = `/api/v1/articles/${published.id}`;
    expect((await send(t, editor, 'PATCH', url, { title: 'Neuer Titel' })).statusCode).toBe(428);
    expect((await send(t, editor, 'PATCH', url, { title: 'Neuer Titel' }, { 'if-match': '"7"' })).statusCode).toBe(409);
    const unchanged = await send(t, editor, 'PATCH', url, { title: published.title }, { 'if-match': '"1"' });
    expect(unchanged.json()).toMatchObject({ latestVersion: 1, status: 'published' });
    const revised = await send(t, editor, 'PATCH', url, { body: 'Erste Zeile.\nGeänderte Zeile.\n', changeNote: 'Zeile 2 präzisiert' }, { 'if-match': '"1"' });
    expect(revised.statusCode).toBe(200);
    expect(revised.headers.etag).toBe('"2"');
    expect(revised.json()).toMatchObject({ status: 'draft', version: 2, latestVersion: 2, publishedVersion: 1, changeNote: 'Zeile 2 präzisiert' });
    // Readers still see version 1 while the revision is a draft.
    expect((await send(t, caseworker, 'GET', url)).json()).toMatchObject({ version: 1, body: 'Erste Zeile.\nZweite Zeile.\n' });
    expect((await send(t, caseworker, 'GET', `${url}?version=2`)).statusCode).toBe(404);
    const editorVersions = (await send(t, editor, 'GET', `${url}/versions`)).json().items as { number: number; isPublished: boolean }[];
    expect(editorVersions.map((v) => [v.number, v.isPublished])).toEqual([[2, false], [1, true]]);
    const readerVersions = (await send(t, null, 'GET', `${url}/versions`)).json().items as { number: number }[];
    expect(readerVersions.map((v) => v.number)).toEqual([1]);
    const diff = (await send(t, editor, 'GET', `${url}/diff?from=1&to=2`)).json();
    expect(diff).toMatchObject({ from: 1, to: 2, added: 1, removed: 1, fields: [] });
    expect(diff.lines).toEqual([
      { kind: 'unchanged', text: 'Erste Zeile.' },
      { kind: 'removed', text: 'Zweite Zeile.' },
      { kind: 'added', text: 'Geänderte Zeile.' },
    ]);
    expect((await send(t, null, 'GET', `${url}/diff?from=1&to=2`)).statusCode).toBe(404);
  });

  it('"changed since you last read": a reader who read version 1 is told when version 2 is published', async () => {
    const published = await publishArticle(t, editor, reviewer);
    const url = `/api/v1/articles/${published.id}`;
    expect((await send(t, caseworker, 'GET', url)).json()).toMatchObject({ lastReadVersion: null, changedSinceRead: false });
    expect((await send(t, caseworker, 'POST', `${url}/read`, { version: 1 })).statusCode).toBe(204);
    expect((await send(t, null, 'POST', `${url}/read`, { version: 1 })).statusCode).toBe(401);
    const revised = (await send(t, editor, 'PATCH', url, { summary: 'Neu gefasst.' }, { 'if-match': '"1"' })).json() as Article;
    await transition(t, editor, revised, 'submit');
    await transition(t, reviewer, revised, 'approve');
    const reread = (await send(t, caseworker, 'GET', url)).json() as Article;
    expect(reread).toMatchObject({ version: 2, lastReadVersion: 1, changedSinceRead: true, summary: 'Neu gefasst.' });
    const list = (await send(t, caseworker, 'GET', '/api/v1/articles?pageSize=100')).json() as ArticleListResponse;
    expect(list.items.find((item) => item.id === published.id)?.changedSinceRead).toBe(true);
    await send(t, caseworker, 'POST', `${url}/read`, { version: 2 });
    // An older version read later does not move the marker back.
    await send(t, caseworker, 'POST', `${url}/read`, { version: 1 });
    expect((await send(t, caseworker, 'GET', url)).json()).toMatchObject({ lastReadVersion: 2, changedSinceRead: false });
  });

  it('archiving withdraws an article from readers and search; restoring makes it a draft', async () => {
    const published = await publishArticle(t, editor, reviewer, { title: 'Archivierbarer Hinweis Zebrafink' });
    const found = await send(t, null, 'GET', '/api/v1/search?q=Zebrafink');
    expect(found.json().results.map((r: { id: string }) => r.id)).toEqual([published.id]);
    const archived = await transition(t, editor, published, 'archive');
    expect(archived.json()).toMatchObject({ status: 'archived', publishedVersion: null });
    expect((await send(t, null, 'GET', `/api/v1/articles/${published.id}`)).statusCode).toBe(404);
    expect((await send(t, null, 'GET', '/api/v1/search?q=Zebrafink')).json().results).toEqual([]);
    const restored = await transition(t, editor, published, 'restore');
    expect(restored.json()).toMatchObject({ status: 'draft' });
  });

  it('links to Wegweiser titles, conditions and case stages are queryable once published', async () => {
    const published = await publishArticle(t, editor, reviewer, {
      wegweiserTitles: ['18b'],
      wegweiserConditions: ['job_offer'],
      caseStages: ['recognition'],
    });
    for (const query of ['wegweiserTitle=18b', 'wegweiserCondition=job_offer', 'caseStage=recognition']) {
      const list = (await send(t, null, 'GET', `/api/v1/articles?${query}&pageSize=100`)).json() as ArticleListResponse;
      expect(list.items.map((item) => item.id), query).toContain(published.id);
    }
    expect((await send(t, null, 'GET', `/api/v1/articles/${published.id}`)).json().wegweiserTitles[0]).toMatchObject({ id: '18b', name: expect.stringMatching(/\w{5}/) });
  });

  it('refuses bad input naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ topics: ['astrologie'] }, 'topics.0'],
      [{ topics: [] }, 'topics'],
      [{ wegweiserTitles: ['99z'] }, 'wegweiserTitles.0'],
      [{ wegweiserConditions: ['no_such_condition'] }, 'wegweiserConditions.0'],
      [{ parameters: ['goldPrice'] }, 'parameters.0'],
      [{ validFrom: '2026-02-30' }, 'validFrom'],
      [{ validFrom: '2026-01-01', validUntil: '2025-01-01' }, 'validUntil'],
      [{ legalRefs: [{ law: '<script>', section: '1' }] }, 'legalRefs.0.law'],
      [{ title: '' }, 'title'],
    ];
    for (const [overrides, field] of cases) {
      const response = await send(t, editor, 'POST', '/api/v1/articles', articleInput(overrides));
      expect(response.statusCode, field).toBe(400);
      expect(Object.keys(response.json().error.fields), field).toContain(field);
    }
    expect((await send(t, caseworker, 'POST', '/api/v1/articles', articleInput())).statusCode).toBe(403);
    expect((await send(t, null, 'POST', '/api/v1/articles', articleInput())).statusCode).toBe(401);
  });

  it('renders Markdown on the server without any executable HTML', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '[klick](javascript:alert(1))',
      '[klick](JaVaScRiPt:alert(1))',
      '[daten](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '<svg onload=alert(1)>',
      '<iframe src="https://example.org"></iframe>',
      '<style>body{background:url(javascript:alert(1))}</style>',
      '![bild](javascript:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
    ];
    const response = await send(t, editor, 'POST', '/api/v1/articles/preview', { body: payloads.join('\n\n') + '\n\n## Titel\n\n| a | b |\n| - | - |\n| 1 | 2 |' });
    const html = response.json().html as string;
    // Every real tag is from the allow-list, without event handlers or script URLs; the rest is text.
    const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)];
    const allowed = new Set(['p', 'h2', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a']);
    for (const [tag, name, attributes] of tags) {
      expect(allowed.has(name!.toLowerCase()), tag).toBe(true);
      expect(attributes, tag).not.toMatch(/\son\w+\s*=|javascript:|data:/i);
    }
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<h2>Titel</h2>');
    expect(html).toContain('<th scope="col">a</th>');
  });

  it('writes an audit entry for every change', async () => {
    const published = await publishArticle(t, editor, reviewer);
    const rows = await sqlRows<{ action: string }>(t.database, sql`SELECT action FROM audit_log WHERE subject_type = 'article' AND subject_id = ${published.id} ORDER BY at, id`);
    expect(rows.map((row) => row.action)).toEqual(['article.created', 'article.submit', 'article.approve']);
  });
});
