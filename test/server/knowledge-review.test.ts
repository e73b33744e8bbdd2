import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, ArticleListResponse } from '../../src/contract/knowledge';
import type { Clock } from '../../src/server/clock';
import { databaseKinds } from '../support/databases';
import { publishArticle, send } from '../support/knowledge';
import { createTestApp, type TestApp } from '../support/test-app';

/** A clock the test moves forward, as a year passing would. */
const movableClock = (start: string): Clock & { set(iso: string): void } => {
  let current = new Date(start);
  return { now: () => current, set: (iso) => (current = new Date(iso)) };
};

describe.each(databaseKinds())('knowledge: needs review when a cited yearly figure changes on %s', (kind) => {
  let t: TestApp;
  const clock = movableClock('2025-06-02T09:00:00Z');
  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
  });
  afterAll(() => t.close());

  it('flags an article that cites the 2025 Blue Card threshold once the 2026 figure applies, and one whose validity ended', async () => {
    const editor = await t.signIn('editor@demo.example');
    const reviewer = await t.signIn('reviewer@demo.example');
    const citing = await publishArticle(t, editor, reviewer, { title: 'Gehaltsgrenze 2025 Blaue Karte', parameters: ['blueCardStandard'] });
    const ending = await publishArticle(t, editor, reviewer, { title: 'Übergangsregel bis Jahresende', validUntil: '2025-12-31' });
    const quiet = await publishArticle(t, editor, reviewer, { title: 'Ohne Zahlen' });
    expect(citing.reviewReasons).toEqual([]);
    expect(ending.reviewReasons).toEqual([]);

    clock.set('2026-02-02T09:00:00Z');
    const editorLater = await t.signIn('editor@demo.example');
    const article = (await send(t, editorLater, 'GET', `/api/v1/articles/${citing.id}`)).json() as Article;
    expect(article.reviewReasons).toEqual([{ code: 'parameter_changed', key: 'blueCardStandard', cited: 4_830_000, current: 5_070_000, unit: 'cents' }]);
    const ended = (await send(t, editorLater, 'GET', `/api/v1/articles/${ending.id}`)).json() as Article;
    expect(ended.reviewReasons).toEqual([{ code: 'expired', validUntil: '2025-12-31' }]);

    const list = (await send(t, editorLater, 'GET', '/api/v1/articles?needsReview=true&pageSize=100')).json() as ArticleListResponse;
    const ids = list.items.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([citing.id, ending.id]));
    expect(ids).not.toContain(quiet.id);
    expect(list.items.every((item) => item.needsReview)).toBe(true);
    expect(list.total).toBe(list.items.length);

    // A new version cites the current figure: the flag is gone once it is published.
    const revised = (await send(t, editorLater, 'PATCH', `/api/v1/articles/${citing.id}`, { summary: 'Mit der Grenze für 2026.' }, { 'if-match': '"1"' })).json() as Article;
    const reviewerLater = await t.signIn('reviewer@demo.example');
    await send(t, editorLater, 'POST', `/api/v1/articles/${citing.id}/submit`, { version: revised.latestVersion });
    const republished = (await send(t, reviewerLater, 'POST', `/api/v1/articles/${citing.id}/approve`, { version: revised.latestVersion })).json() as Article;
    expect(republished.reviewReasons).toEqual([]);
  });
});
