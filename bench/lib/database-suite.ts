import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChildServer, type ChildServer } from './child-server';
import { measure, type LoadOptions, type LoadSummary } from './load';
import { createBenchDatabase } from './postgres-admin';
import { expectOk, signIn } from './sign-in';

export type DatabaseKind = 'postgres' | 'pglite';

export type DatabaseResult =
  | { kind: DatabaseKind; selectCeiling: LoadSummary; me: LoadSummary }
  | { kind: DatabaseKind; skipped: string };

// Same pool size for the app and its ceiling: DATABASE_POOL_SIZE's default in src/server/config.ts.
const POOL_SIZE = 20;

/** The app's environment: quiet logs, demo users to sign in with, a login limit the bench cannot hit. */
function appEnv(database: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', LOTSE_DEMO: '1' };
  delete env.DATABASE_URL;
  delete env.LOTSE_DATA_DIR;
  return {
    ...env,
    ...database,
    PORT: '0',
    HOST: '127.0.0.1',
    LOTSE_LOGIN_RATE_LIMIT: '10000',
    LOTSE_WEB_BUILD: 'never',
    DATABASE_POOL_SIZE: String(POOL_SIZE),
  };
}

async function withChild<T>(start: Promise<ChildServer>, work: (server: ChildServer) => Promise<T>): Promise<T> {
  const server = await start;
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

/** Authenticated GET /api/v1/auth/me, signed in once as a demo caseworker. */
async function measureMe(env: NodeJS.ProcessEnv, load: LoadOptions): Promise<LoadSummary> {
  return withChild(startChildServer('app-server.ts', [], env), async (app) => {
    const cookie = await signIn(app.url);
    const url = `${app.url}/api/v1/auth/me`;
    await expectOk(url, { cookie });
    return measure(app, url, { ...load, headers: { cookie } });
  });
}

async function measureCeiling(args: string[], load: LoadOptions): Promise<LoadSummary> {
  return withChild(startChildServer('ceilings.ts', args, process.env), async (ceiling) => {
    await expectOk(ceiling.url);
    return measure(ceiling, ceiling.url, load);
  });
}

/** PostgreSQL in a database of its own (`lotse_bench`), dropped at the end. */
export async function runPostgres(adminUrl: string, load: LoadOptions): Promise<DatabaseResult> {
  const database = await createBenchDatabase(adminUrl);
  if ('unreachable' in database) return { kind: 'postgres', skipped: `PostgreSQL unreachable (${database.unreachable})` };
  try {
    // The app first: it creates the schema and the demo users; the ceiling adds a table of its own.
    const me = await measureMe(appEnv({ DATABASE_URL: database.url }), load);
    const selectCeiling = await measureCeiling(['select-postgres', database.url, String(POOL_SIZE)], load);
    return { kind: 'postgres', selectCeiling, me };
  } finally {
    await database.drop();
  }
}

/** PGlite on disk, the app and the ceiling each in a fresh temporary data directory. */
export async function runPglite(load: LoadOptions): Promise<DatabaseResult> {
  const root = await mkdtemp(join(tmpdir(), 'lotse-bench-pglite-'));
  try {
    const me = await measureMe(appEnv({ LOTSE_DATA_DIR: join(root, 'app') }), load);
    const selectCeiling = await measureCeiling(['select-pglite', join(root, 'ceiling')], load);
    return { kind: 'pglite', selectCeiling, me };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export const runHello = (load: LoadOptions): Promise<LoadSummary> => measureCeiling(['hello'], load);
