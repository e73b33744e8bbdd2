import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import pg from 'pg';
import { serveOverIpc } from './child-protocol';

/**
 * The ceilings /me is compared with, each a bare Fastify app without plugins, hooks, schemas
 * or logging:
 *   hello                       → { hello: 'world' }: what Fastify alone can do here.
 *   select-postgres <url> <n>   → one primary-key SELECT with `pg` (pool of n, like the app's).
 *   select-pglite <dataDir>     → one primary-key SELECT with PGlite (on disk, like the app's).
 * Usage: ceilings.ts <mode> [target] [poolSize]
 */
const ROWS = 1_000;
const [mode, target = '', poolSize = '20'] = process.argv.slice(2);

type Select = { run(id: number): Promise<unknown>; close(): Promise<void> };

// A table of its own: the ceiling must not depend on the app's schema or demo data.
const setupSql = `
  CREATE TABLE IF NOT EXISTS bench_pk (id integer PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
  INSERT INTO bench_pk (id, name) SELECT i, 'row ' || i FROM generate_series(1, ${ROWS}) AS i ON CONFLICT DO NOTHING;`;
const selectSql = 'SELECT id, name, created_at FROM bench_pk WHERE id = $1';

async function openPostgres(url: string, max: number): Promise<Select> {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => undefined);
  await pool.query(setupSql);
  return { run: async (id) => (await pool.query(selectSql, [id])).rows[0], close: () => pool.end() };
}

async function openPglite(dataDir: string): Promise<Select> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir });
  await db.exec(setupSql);
  return { run: async (id) => (await db.query(selectSql, [id])).rows[0], close: () => db.close() };
}

async function openSelect(): Promise<Select | null> {
  if (mode === 'hello') return null;
  if (mode === 'select-postgres') return openPostgres(target, Number(poolSize));
  if (mode === 'select-pglite') return openPglite(target);
  throw new Error(`unknown ceiling "${String(mode)}" (hello | select-postgres | select-pglite)`);
}

await serveOverIpc(async () => {
  const select = await openSelect();
  const app = Fastify({ logger: false });
  if (select) {
    // Spread the ids so every request does a real index lookup rather than one hot row.
    let next = 0;
    app.get('/', async () => select.run((next++ % ROWS) + 1));
  } else {
    app.get('/', async () => ({ hello: 'world' }));
  }
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: `${address}/`,
    close: async () => {
      await app.close();
      await select?.close();
    },
  };
});
