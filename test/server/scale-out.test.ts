import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/server/clock';
import { verifyAuditChain } from '../../src/server/commands/verify-audit-chain';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/client';
import { buildApp } from '../../src/server/http/app';
import { databaseKinds, openTestDatabase } from '../support/databases';
import { testConfig } from '../support/test-config';

const hasPostgres = databaseKinds().includes('postgres');

// Several stateless instances on one PostgreSQL: how Lotse scales out.
describe.runIf(hasPostgres)('two app instances on one PostgreSQL database', () => {
  let primary: DatabaseHandle & { url?: string };
  let secondary: DatabaseHandle;
  let first: Awaited<ReturnType<typeof buildApp>>;
  let second: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    primary = await openTestDatabase('postgres');
    secondary = await openDatabase({ kind: 'postgres', url: primary.url ?? '', poolSize: 5 });
    const config = testConfig();
    first = await buildApp({ config, database: primary, clock: systemClock, version: 'a' }, { logger: false });
    second = await buildApp({ config, database: secondary, clock: systemClock, version: 'b' }, { logger: false });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await secondary.close();
    await primary.close();
  });

  it('migrate concurrently without conflict', async () => {
    await Promise.all([primary.migrate(), secondary.migrate(), primary.migrate()]);
  });

  it('share sessions: signed in on one, recognised and signed out on the other', async () => {
    const login = await first.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'navigator@demo.example', password: 'demo' } });
    const cookies = Object.fromEntries(login.cookies.map((cookie) => [cookie.name, cookie.value]));
    const cookie = `lotse_session=${cookies.lotse_session}; lotse_csrf=${cookies.lotse_csrf}`;
    const me = await second.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json().user.email).toBe('navigator@demo.example');
    const logout = await second.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': cookies.lotse_csrf ?? '' } });
    expect(logout.statusCode).toBe(204);
    expect((await first.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('keep one unbroken audit chain while both write at once', async () => {
    const emails = ['caseworker@demo.example', 'partner@demo.example', 'editor@demo.example', 'steering@demo.example'];
    await Promise.all(
      emails.flatMap((email) =>
        [first, second].map((app) => app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'demo' } })),
      ),
    );
    const check = await verifyAuditChain(primary.db);
    expect(check).toMatchObject({ ok: true });
    expect(check.entries).toBeGreaterThanOrEqual(10);
  });
});
