import type { Article } from '../../src/contract/knowledge';
import type { SignedInClient, TestApp } from './test-app';

let counter = 0;

/** A valid new article; each call a different title (and so a different slug). */
export function articleInput(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    language: 'de',
    title: `Testartikel ${counter} ${Date.now().toString(36)}`,
    summary: 'Eine kurze Zusammenfassung für die Redaktion.',
    body: '## Worum es geht\n\nDie Anerkennung ausländischer Abschlüsse ist der erste Schritt.\n\n## In der Praxis\n\nFragen Sie früh nach.',
    topics: ['anerkennung'],
    legalRefs: [{ law: 'BQFG', section: '4' }],
    validFrom: '2024-06-01',
    validUntil: null,
    ...overrides,
  };
}

type Method = 'GET' | 'POST' | 'PATCH';

export async function send(t: TestApp, client: SignedInClient | null, method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) {
  return t.app.inject({ method, url, headers: { ...(client?.headers ?? {}), ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) });
}

async function expectOk(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<Article> {
  if (response.statusCode !== status) throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  return response.json() as Article;
}

/** Writes a draft as `author`. */
export async function writeArticle(t: TestApp, author: SignedInClient, overrides: Record<string, unknown> = {}): Promise<Article> {
  return expectOk(await send(t, author, 'POST', '/api/v1/articles', articleInput(overrides)), 201);
}

/** Runs a workflow transition on the newest version. */
export async function transition(t: TestApp, client: SignedInClient, article: Pick<Article, 'id' | 'latestVersion'>, name: string, body: Record<string, unknown> = {}) {
  return send(t, client, 'POST', `/api/v1/articles/${article.id}/${name}`, { version: article.latestVersion, ...body });
}

/** Writes, submits (author) and approves (reviewer): a published article. */
export async function publishArticle(t: TestApp, author: SignedInClient, reviewer: SignedInClient, overrides: Record<string, unknown> = {}): Promise<Article> {
  const draft = await writeArticle(t, author, overrides);
  await expectOk(await transition(t, author, draft, 'submit'));
  return expectOk(await transition(t, reviewer, draft, 'approve'));
}

/** GET /api/v1/search as `client` (null: signed out). */
export async function search(t: TestApp, client: SignedInClient | null, query: Record<string, string>) {
  const response = await send(t, client, 'GET', `/api/v1/search?${new URLSearchParams(query).toString()}`);
  return response;
}
