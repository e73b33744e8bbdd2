import { describe, expect, it } from 'vitest';
import { csrfCookieName, csrfHeaderName } from '../../src/contract/auth';
import { clockFor, offsetClock, systemClock, type Clock } from '../../src/server/clock';
import { ConfigError, loadConfig } from '../../src/server/config';
import { startServer } from '../../src/server/start';
import { openTestDatabase } from '../support/databases';
import { personInput } from '../support/cases';
import { testConfig } from '../support/test-config';

describe('LOTSE_CLOCK: a shifted clock for demos', () => {
  it('parses an ISO timestamp with offset into the clock start', () => {
    const config = loadConfig({ LOTSE_CLOCK: '2026-03-02T08:00:00+01:00' });
    expect(config.clock?.start.toISOString()).toBe('2026-03-02T07:00:00.000Z');
    expect(loadConfig({}).clock).toBeUndefined();
    expect(clockFor(loadConfig({}))).toBe(systemClock);
  });

  it('refuses anything but a timestamp, naming the variable', () => {
    for (const value of ['yesterday', '2026-03-02', '2026-13-01T00:00:00Z']) {
      expect(() => loadConfig({ LOTSE_CLOCK: value }), value).toThrow(ConfigError);
      try {
        loadConfig({ LOTSE_CLOCK: value });
      } catch (error) {
        expect((error as ConfigError).problems.join('\n')).toMatch(/^LOTSE_CLOCK: must be an ISO timestamp/);
      }
    }
  });

  it('is refused in production, together with the other problems', () => {
    try {
      loadConfig({ NODE_ENV: 'production', LOTSE_CLOCK: '2026-03-02T08:00:00Z', OIDC_ISSUER: 'https://id.example.org' });
      expect.unreachable('production with LOTSE_CLOCK must fail');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toContain('LOTSE_CLOCK: not allowed in production (deadlines and the audit log must use the real time)');
      expect(problems.length).toBeGreaterThan(1);
    }
  });

  it('starts at the given instant and runs on with the base clock', () => {
    let real = Date.parse('2026-11-22T12:00:00Z');
    const base: Clock = { now: () => new Date(real) };
    const clock = offsetClock(new Date('2026-03-02T07:00:00Z'), base);
    expect(clock.now().toISOString()).toBe('2026-03-02T07:00:00.000Z');
    real += 90_000;
    expect(clock.now().toISOString()).toBe('2026-03-02T07:01:30.000Z');
  });

  it('drives the running server: a case opened now is dated and numbered by the shifted clock', async () => {
    const database = await openTestDatabase('pglite');
    const server = await startServer(testConfig({ LOTSE_CLOCK: '2030-01-15T10:00:00+01:00' }), { database, logger: false });
    try {
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'caseworker@demo.example', password: 'demo' }),
      });
      expect(login.status).toBe(200);
      const cookies = login.headers.getSetCookie().map((line) => line.split(';')[0] ?? '');
      const csrf = cookies.find((pair) => pair.startsWith(`${csrfCookieName}=`))?.split('=')[1] ?? '';
      const created = await fetch(`${server.url}/api/v1/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies.join('; '), [csrfHeaderName]: csrf },
        body: JSON.stringify({ person: personInput() }),
      });
      expect(created.status).toBe(201);
      const body = (await created.json()) as { reference: string; createdAt: string };
      expect(body.reference).toMatch(/^RN-2030-/);
      expect(body.createdAt.slice(0, 13)).toBe('2030-01-15T09');
    } finally {
      await server.close();
    }
  });
});
