import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/client';
import { seedDemoRegion } from '../../src/server/commands/seed-demo-region';
import { systemClock } from '../../src/server/clock';
import { testConfig } from './test-config';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateFile: string;
    postgresTemplate: { url: string; database: string } | null;
  }
}

/**
 * Builds one migrated, seeded database per engine for the whole run; every test file then
 * starts from a copy (PGlite: dumpDataDir; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'lotse-test-'));
  const config = testConfig();
  const pglite = await openDatabase({ kind: 'pglite-memory' });
  await pglite.migrate();
  await seedDemoRegion({ db: pglite.db, clock: systemClock, config, actor: null, requestId: null }, { cases: false });
  const dump = await pglite.dumpDataDir!();
  const file = join(dir, 'template.tar.gz');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide('pgliteTemplateFile', file);

  const postgres = await preparePostgresTemplate(config);
  project.provide('postgresTemplate', postgres);

  return async () => {
    await rm(dir, { recursive: true, force: true });
    if (postgres) await dropDatabasesLike(postgres.url, `${postgres.database}%`);
  };
}

async function preparePostgresTemplate(config: ReturnType<typeof testConfig>) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    if (process.env.CI) throw new Error('CI=true but TEST_DATABASE_URL is not set: the PostgreSQL tests must run in CI.');
    return null;
  }
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch (error) {
    const message = `PostgreSQL at TEST_DATABASE_URL is unreachable: ${(error as Error).message}`;
    if (process.env.CI) throw new Error(message, { cause: error });
    console.warn(`${message} — PostgreSQL tests are skipped.`);
    return null;
  }
  const database = `lotse_t${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const templateUrl = withDatabase(url, database);
  const handle = await openDatabase({ kind: 'postgres', url: templateUrl, poolSize: 2 });
  await handle.migrate();
  await seedDemoRegion({ db: handle.db, clock: systemClock, config, actor: null, requestId: null }, { cases: false });
  await handle.close();
  return { url, database };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function dropDatabasesLike(url: string, pattern: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [pattern]);
  for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
  await admin.end();
}
