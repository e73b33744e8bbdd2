import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PgDialect } from 'drizzle-orm/pg-core';
import Fastify from 'fastify';
import pg from 'pg';
import { searchWords, toTsQueryText } from '../../src/domain/knowledge/index';
import { searchTierStatement, type SearchTier } from '../../src/server/db/repositories/search.repository';
import { serveOverIpc } from './child-protocol';

/**
 * The ceiling of the search bench: a bare Fastify app that sends exactly the SQL the app sends for
 * GET /api/v1/search — the head tier, then the body tier only when the head did not fill the page,
 * built by the app's own repository (`searchTierStatement`) — with the bare driver: no
 * validation, no presenter, no snippet escaping.
 *
 * Usage: search-ceiling.ts postgres <databaseUrl> <poolSize> | pglite <dataDir> <buffersMb>
 */
const [kind = 'postgres', target = '', sizing = '20'] = process.argv.slice(2);
const LIMIT = 20;
const filter = { kinds: null, visibilities: ['public'] as ('public' | 'signed_in')[], topic: null, legalRefKey: null };
const dialect = new PgDialect();

async function open(): Promise<{ run(text: string, values: unknown[]): Promise<unknown[]>; close(): Promise<void> }> {
  if (kind === 'pglite') {
    // The app's buffer pool, as LOTSE_PGLITE_BUFFERS_MB sets it there.
    const client = await PGlite.create({ dataDir: target, postgresqlconf: [`shared_buffers = ${Number(sizing)}MB`], extensions: { pg_trgm, unaccent } });
    return { run: async (text, values) => (await client.query(text, values, { rowMode: 'array' })).rows, close: () => client.close() };
  }
  const pool = new pg.Pool({ connectionString: target, max: Number(sizing) });
  pool.on('error', () => undefined);
  return {
    // Unnamed, as the app sends it (db.execute): both sides plan the statement on every request.
    run: async (text, values) => (await pool.query({ text, values, rowMode: 'array' })).rows,
    close: () => pool.end(),
  };
}

await serveOverIpc(async () => {
  const database = await open();
  const tier = (name: SearchTier, tsQuery: string, limit: number) => {
    const query = dialect.sqlToQuery(searchTierStatement(name, tsQuery, filter, limit));
    return database.run(query.sql, query.params);
  };
  const app = Fastify({ logger: false });
  app.get<{ Querystring: { q?: string } }>('/search', async (request) => {
    const tsQuery = toTsQueryText(searchWords(request.query.q ?? ''), { prefixLast: true });
    if (tsQuery === null) return { results: [] };
    const head = await tier('head', tsQuery, LIMIT);
    return { results: head.length < LIMIT ? [...head, ...(await tier('body', tsQuery, LIMIT - head.length))] : head };
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
