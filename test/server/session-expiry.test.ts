import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/server/clock';
import { databaseKinds } from '../support/databases';
import { createTestApp, type TestApp } from '../support/test-app';
import { testConfig } from '../support/test-config';

describe.each(databaseKinds())('session expiry and login rate limit on %s', (kind) => {
  let t: TestApp;
  let now = new Date('2026-11-23T08:00:00Z');
  const clock: Clock = { now: () => now };
  beforeAll(async () => {
    t = await createTestApp(kind, {
      clock,
      config: testConfig({ LOTSE_SESSION_IDLE_MINUTES: '30', LOTSE_SESSION_ABSOLUTE_HOURS: '2', LOTSE_LOGIN_RATE_LIMIT: '5' }),
    });
  });
  afterAll(() => t.close());

  const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });

  it('expires a session after the idle time, and keeps an active one alive', async () => {
    now = new Date('2026-11-23T08:00:00Z');
    const active = await t.signIn('caseworker@demo.example');
    const idle = await t.signIn('navigator@demo.example');
    now = new Date('2026-11-23T08:20:00Z');
    expect((await me(active.cookie)).statusCode).toBe(200);
    now = new Date('2026-11-23T08:40:00Z');
    expect((await me(active.cookie)).statusCode).toBe(200);
    expect((await me(idle.cookie)).statusCode).toBe(401);
  });

  it('ends every session at the absolute expiry, however active', async () => {
    now = new Date('2026-11-23T10:00:00Z');
    const client = await t.signIn('partner@demo.example');
    for (const minute of [20, 40, 60, 80, 100]) {
      now = new Date(Date.parse('2026-11-23T10:00:00Z') + minute * 60_000);
      expect((await me(client.cookie)).statusCode).toBe(200);
    }
    now = new Date('2026-11-23T12:00:01Z');
    expect((await me(client.cookie)).statusCode).toBe(401);
  });

  it('rate-limits repeated sign-in attempts with 429', async () => {
    const attempt = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '203.0.113.9',
        payload: { email: 'admin@demo.example', password: 'guess' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await attempt()).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    expect((await attempt()).json().error.code).toBe('RATE_LIMITED');
  });
});
