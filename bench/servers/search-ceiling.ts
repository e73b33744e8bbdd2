import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import Fastify from 'fastify';
import pg from 'pg';
import { searchWords, toTsQueryText } from '../../src/domain/knowledge/index';
import type { Database } from '../../src/server/db/client';
import { searchIndex } from '../../src/server/db/repositories/search.repository';
import * as schema from '../../src/server/db/schema/index';
import { serveOverIpc } from './child-protocol';

/**
 * The ceiling of the search bench: a bare Fastify app that sends exactly the SQL the app sends for
 * GET /api/v1/search (recorded once from the app's own repository function, then replayed with each
 * request's query text), with the bare driver: no validation, no presenter, no snippet escaping.
 *
 * Usage: search-ceiling.ts postgres <databaseUrl> <poolSize> | pglite <dataDir>
 */
const [kind = 'postgres', target = '', poolSize = '20'] = process.argv.slice(2);
const SAMPLE_QUERY = 'verfahren:*';
const filter = { kinds: null, visibilities: ['public'] as ('public' | 'signed_in')[], topic: null, legalRefKey: null };

type Statement = { text: string; params: unknown[] };
let recorded: Statement | null = null;
const logger = { logQuery: (text: string, params: unknown[]) => (recorded = { text, params }) };

async function open(): Promise<{ run(statement: Statement, values: unknown[]): Promise<unknown[]>; close(): Promise<void> }> {
  if (kind === 'pglite') {
    const client = await PGlite.create({ dataDir: target, extensions: { pg_trgm, unaccent } });
    await searchIndex(drizzlePglite({ client, schema, logger }) as unknown as Database, SAMPLE_QUERY, filter, 20);
    return { run: async (statement, values) => (await client.query(statement.text, values, { rowMode: 'array' })).rows, close: () => client.close() };
  }
  const pool = new pg.Pool({ connectionString: target, max: Number(poolSize) });
  pool.on('error', () => undefined);
  await searchIndex(drizzlePg({ client: pool, schema, logger }) as unknown as Database, SAMPLE_QUERY, filter, 20);
  return {
    // Unnamed, as the app sends it (db.execute): both sides plan the statement on every request.
    run: async (statement, values) => (await pool.query({ text: statement.text, values, rowMode: 'array' })).rows,
    close: () => pool.end(),
  };
}

await serveOverIpc(async () => {
  const database = await open();
  const statement = recorded as Statement | null;
  if (!statement) throw new Error('the search statement was not recorded');
  const app = Fastify({ logger: false });
  app.get<{ Querystring: { q?: string } }>('/search', async (request) => {
    const tsQuery = toTsQueryText(searchWords(request.query.q ?? ''), { prefixLast: true });
    if (tsQuery === null) return { results: [] };
    const values = statement.params.map((param) => (param === SAMPLE_QUERY ? tsQuery : param));
    return { results: await database.run(statement, values) };
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
});
