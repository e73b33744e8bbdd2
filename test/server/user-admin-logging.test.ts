import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfCookieName, csrfHeaderName, sessionCookieName } from '../../src/contract/auth';
import { systemClock } from '../../src/server/clock';
import type { DatabaseHandle } from '../../src/server/db/client';
import { buildApp, loggerOptions } from '../../src/server/http/app';
import { linkTokenFromOutbox } from '../support/account-links';
import { openTestDatabase } from '../support/databases';
import { testConfig } from '../support/test-config';

describe('logs of the user administration', () => {
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
    app = await buildApp({ config: testConfig(), database, clock: systemClock, version: 'test' }, { logger: { ...(loggerOptions('info') as object), stream } });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('never carry the one-time link, the invited person or the password', async () => {
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'admin@demo.example', password: 'demo' } });
    const cookies = Object.fromEntries(login.cookies.map((cookie) => [cookie.name, cookie.value]));
    const headers = { cookie: `${sessionCookieName}=${cookies[sessionCookieName]}; ${csrfCookieName}=${cookies[csrfCookieName]}`, [csrfHeaderName]: cookies[csrfCookieName] ?? '' };
    const organisations = (await app.inject({ method: 'GET', url: '/api/v1/organisations?kind=welcome_center' })).json().items as { id: string }[];
    const invited = await app.inject({
      method: 'POST',
      url: '/api/v1/users/invitations',
      headers,
      payload: { email: 'lara.loggfrei@demo.example', name: 'Lara Loggfrei', roles: ['navigator'], organisationId: organisations[0]?.id },
    });
    expect(invited.statusCode).toBe(201);
    const token = await linkTokenFromOutbox(database, 'lara.loggfrei@demo.example');
    expect((await app.inject({ method: 'GET', url: `/api/v1/account/links/${token}` })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: `/api/v1/account/links/${token}`, payload: { password: 'Geheimes-Passwort-2026' } })).statusCode).toBe(200);

    const everything = lines.join('\n');
    expect(everything).toContain('/api/v1/account/links/…');
    for (const secret of [token, 'lara.loggfrei', 'Lara Loggfrei', 'Geheimes-Passwort-2026']) expect(everything).not.toContain(secret);
  });
});
