import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases';
import { createTestApp, type TestApp } from '../support/test-app';
import { testConfig } from '../support/test-config';

describe.each(databaseKinds())('bad input is refused with a 4xx naming the problem on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { config: testConfig({ LOTSE_BODY_LIMIT_BYTES: '2048' }) });
  });
  afterAll(() => t.close());

  const login = (payload: string, contentType = 'application/json') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': contentType }, payload });

  it('answers malformed JSON with 400 INVALID_JSON', async () => {
    const response = await login('{"email": "a@b.c", "password": ');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('INVALID_JSON');
  });

  it('names every wrong field and every unknown field', async () => {
    const response = await login(JSON.stringify({ email: 42, password: '', isAdmin: true }));
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.error.fields).sort()).toEqual(['email', 'isAdmin', 'password']);
    expect(body.error.fields.isAdmin).toBe('unknown field');
  });

  it('names wrong query parameters', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/organisations?ags=12x&kind=castle' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json().error.fields).sort()).toEqual(['query.ags', 'query.kind']);
  });

  it('answers a body over the limit with 413', async () => {
    const response = await login(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(5000) }));
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unsupported content type with 415', async () => {
    const response = await login('email=a', 'text/csv');
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers unknown API routes with a JSON 404', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/nothing'],
      ['POST', '/api/v1/nothing'],
      ['DELETE', '/api/health'],
    ] as const) {
      const response = await t.app.inject({ method, url });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('keeps serving after a burst of garbage', async () => {
    const garbage = ['', 'null', '[]', '"x"', '{"email":{"$ne":1},"password":[]}', '\u0000\u0001', '{'.repeat(500)];
    for (const payload of garbage) {
      const response = await login(payload);
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
    }
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toMatchObject({ status: 'ok', database: kind });
  });
});
