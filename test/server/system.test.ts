import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases';
import { createTestApp, type TestApp } from '../support/test-app';

describe.each(databaseKinds())('health, OpenAPI, security headers and directory on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('reports health with the database in use', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok', database: kind, version: 'test' });
  });

  it('publishes an OpenAPI 3.1 description generated from the zod schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/auth/login', '/api/v1/auth/me', '/api/v1/organisations']));
    expect(document.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['email', 'password']);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('sends a strict CSP, no framing and a request id', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lists the demo region: 22 Ausländerbehörden in three Länder', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/organisations?kind=abh' });
    const { items, total } = response.json() as { items: { land: string }[]; total: number };
    expect(total).toBe(22);
    expect(new Set(items.map((item) => item.land))).toEqual(new Set(['BW', 'RP', 'HE']));
  });

  it('finds the organisations serving a place by its AGS, the town ABH rather than only the district', async () => {
    const weinheim = await t.app.inject({ method: 'GET', url: '/api/v1/organisations?kind=abh&ags=08226096' });
    const names = (weinheim.json().items as { name: string }[]).map((item) => item.name);
    expect(names.some((name) => name.includes('Weinheim'))).toBe(true);
    const ludwigshafen = await t.app.inject({ method: 'GET', url: '/api/v1/organisations?kind=abh&ags=07314000' });
    expect((ludwigshafen.json().items as { name: string }[]).map((item) => item.name)).toEqual(['Ausländerbehörde Stadt Ludwigshafen am Rhein']);
  });
});
