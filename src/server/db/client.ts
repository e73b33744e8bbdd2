import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { paths, repoRoot } from '../paths';
import * as schema from './schema/index';

/** Both drivers share Drizzle's PgDatabase surface; repositories only use that. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = 'pglite' | 'postgres';

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  /** Applies pending migrations; safe to call from several app instances at once. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the data directory as a gzipped tarball (test templates, backups). */
  dumpDataDir?(): Promise<Blob>;
};

export type DatabaseTarget =
  /** `buffersMb`: PGlite's buffer pool (shared_buffers), 16 MB unless given. */
  | { kind: 'pglite'; dataDir: string; buffersMb?: number }
  | { kind: 'pglite-memory'; loadDataDir?: Blob | File }
  | { kind: 'postgres'; url: string; poolSize?: number };

export const migrationsFolder = paths.migrations;

// PGlite's default buffer pool makes an idle server take ~100 MB more; an embedded installation
// serves a small network, and 16 MB is enough for it. With a large knowledge base, pages the pool
// cannot hold are read through PGlite's file system on every query: 128 MB made search over
// 100,000 documents ~25 % faster (LOTSE_PGLITE_BUFFERS_MB, docs/operations.md).
const DEFAULT_PGLITE_BUFFERS_MB = 16;
const pgliteSettings = (buffersMb = DEFAULT_PGLITE_BUFFERS_MB) => [`shared_buffers = ${buffersMb}MB`];

// Search uses pg_trgm (typo tolerance) and unaccent; PGlite ships them as contrib bundles.
const pgliteExtensions = { pg_trgm, unaccent };

/**
 * Creates a new PGlite data directory in a short-lived child process: initdb grows the WASM
 * heap to ~800 MB, which a process never gives back, so the server must not do it itself.
 */
async function initialisePgliteDataDir(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  await mkdir(dataDir, { recursive: true });
  const script = `import { PGlite } from '@electric-sql/pglite';
const db = await PGlite.create({ dataDir: process.argv[1], postgresqlconf: ${JSON.stringify(pgliteSettings())} });
await db.close();`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script, resolve(dataDir)], {
    cwd: repoRoot,
  });
}

// Arbitrary constant: the session-level advisory lock that serialises concurrent migrators.
const MIGRATION_LOCK_ID = 4_711_081;

/** Opens the embedded PGlite or a PostgreSQL pool; throws a readable error when unreachable. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') return openPostgres(target.url, target.poolSize ?? 20);
  let client: PGlite;
  if (target.kind === 'pglite') {
    await initialisePgliteDataDir(target.dataDir);
    client = await PGlite.create({ dataDir: target.dataDir, postgresqlconf: pgliteSettings(target.buffersMb), extensions: pgliteExtensions });
  } else {
    client = await PGlite.create(
      target.loadDataDir ? { loadDataDir: target.loadDataDir, extensions: pgliteExtensions } : { extensions: pgliteExtensions },
    );
  }
  const db = drizzlePglite({ client, schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    migrate: async () => {
      await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder });
    },
    close: () => client.close(),
    dumpDataDir: () => client.dumpDataDir('gzip'),
  };
}

async function openPostgres(url: string, poolSize: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  // Without a listener an idle client's error would crash the process.
  pool.on('error', () => undefined);
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`Cannot reach PostgreSQL at ${redactUrl(url)}: ${(error as Error).message}`, { cause: error });
  }
  const db = drizzlePg({ client: pool, schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      const lockClient = await pool.connect();
      try {
        await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
        await migratePg(drizzlePg({ client: pool, schema }), { migrationsFolder });
      } finally {
        await lockClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
        lockClient.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Checks the connection with a trivial query (health endpoint). */
export async function pingDatabase(db: Database): Promise<boolean> {
  try {
    await db.execute(sql`SELECT 1`);
    return true;
  } catch {
    return false;
  }
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
