import type { FastifyInstance } from 'fastify';
import { csrfCookieName, csrfHeaderName, sessionCookieName } from '../../src/contract/auth';
import { systemClock, type Clock } from '../../src/server/clock';
import type { Config } from '../../src/server/config';
import type { DatabaseHandle, DatabaseKind } from '../../src/server/db/client';
import { buildApp } from '../../src/server/http/app';
import { openTestDatabase } from './databases';
import { testConfig } from './test-config';

export type SignedInClient = {
  headers: Record<string, string>;
  cookie: string;
  csrf: string;
  userId: string;
  organisationId: string | null;
};

export type TestApp = {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
  signIn(email: string, password?: string): Promise<SignedInClient>;
  close(): Promise<void>;
};

/** The real app on a private copy of the seeded database, driven with `app.inject`. */
export async function createTestApp(
  kind: DatabaseKind,
  options: { config?: Config; clock?: Clock } = {},
): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  const config = options.config ?? testConfig();
  const app = await buildApp({ config, database, clock: options.clock ?? systemClock, version: 'test' }, { logger: false });
  await app.ready();
  return {
    app,
    database,
    config,
    signIn: async (email, password = 'demo') => {
      const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
      if (response.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
      const cookies = Object.fromEntries(response.cookies.map((c) => [c.name, c.value]));
      const session = cookies[sessionCookieName] ?? '';
      const csrf = cookies[csrfCookieName] ?? '';
      const cookie = `${sessionCookieName}=${session}; ${csrfCookieName}=${csrf}`;
      return {
        cookie,
        csrf,
        userId: (response.json() as { user: { id: string } }).user.id,
        organisationId: (response.json() as { user: { organisationId: string | null } }).user.organisationId,
        headers: { cookie, [csrfHeaderName]: csrf },
      };
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
