import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/server/clock';
import type { DatabaseHandle } from '../../src/server/db/client';
import { buildApp, loggerOptions } from '../../src/server/http/app';
import { openTestDatabase } from '../support/databases';
import { testConfig } from '../support/test-config';

describe('structured logs', () => {
  const lines: string[] = [];
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const logger = { ...(loggerOptions('info') as object), stream };
    app = await buildApp({ config: testConfig(), database, clock: systemClock, version: 'test' }, { logger });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('carry request id, method, path and status, but no personal data or secrets', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login?next=%2Fcases%3Fq%3DMustermann',
      payload: { email: 'caseworker@demo.example', password: 'demo' },
    });
    const session = login.cookies.find((cookie) => cookie.name === 'lotse_session')?.value ?? '';
    await app.inject({ method: 'GET', url: '/api/v1/organisations?ags=08222000', headers: { cookie: `lotse_session=${session}`, authorization: 'Bearer lotse_pat_secret' } });
    await app.inject({ method: 'POST', url: '/api/v1/pathways/evaluate', payload: { profile: { citizenship: 'IND', birthDate: '1990-01-01' } } });

    const entries = lines.map((line) => JSON.parse(line) as { reqId?: string; req?: { path: string }; res?: { statusCode: number } });
    const completed = entries.filter((entry) => entry.res);
    expect(completed.length).toBeGreaterThanOrEqual(3);
    for (const entry of completed) expect(entry.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(entries.some((entry) => entry.req?.path === '/api/v1/auth/login')).toBe(true);

    const everything = lines.join('\n');
    for (const secret of ['caseworker@demo.example', '"demo"', session, 'lotse_pat_secret', 'Mustermann', '1990-01-01', '08222000']) {
      expect(everything).not.toContain(secret);
    }
  });
});
