import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import Fastify from 'fastify';
import pg from 'pg';
import type { Database } from '../../src/server/db/client';
import { activeOffersStatement, nationwideOrganisationsStatement, offersStampStatement } from '../../src/server/db/repositories/organisation-services.repository';
import * as schema from '../../src/server/db/schema/index';
import { serveOverIpc } from './child-protocol';

/**
 * The ceiling of the responsibility bench: a bare Fastify app that sends, with the bare driver, the
 * SQL the finder's repository builds for GET /api/v1/responsibility when its cache is cold — the
 * fingerprint, the active offers of the service and the active nationwide organisations — and
 * returns the rows: no validation, no place lookup, no ranking, no presenter, no cache. (The app
 * itself sends only the fingerprint while nothing changed: src/server/network/active-offers.ts.)
 *
 * Usage: responsibility-ceiling.ts postgres <databaseUrl> <poolSize> | pglite <dataDir> <buffersMb>
 */
const [kind = 'postgres', target = '', sizing = '20'] = process.argv.slice(2);
// Builds the statements only (no connection): the same builders the app's repository uses.
const builder = drizzle.mock({ schema }) as unknown as Database;
const nationwide = nationwideOrganisationsStatement(builder).toSQL();
const stamp = new PgDialect().sqlToQuery(offersStampStatement);

async function open(): Promise<{ run(text: string, values: unknown[]): Promise<unknown[]>; close(): Promise<void> }> {
  if (kind === 'pglite') {
    const client = await PGlite.create({ dataDir: target, postgresqlconf: [`shared_buffers = ${Number(sizing)}MB`], extensions: { pg_trgm, unaccent } });
    return { run: async (text, values) => (await client.query(text, values, { rowMode: 'array' })).rows, close: () => client.close() };
  }
  const pool = new pg.Pool({ connectionString: target, max: Number(sizing) });
  pool.on('error', () => undefined);
  return { run: async (text, values) => (await pool.query({ text, values, rowMode: 'array' })).rows, close: () => pool.end() };
}

await serveOverIpc(async () => {
  const database = await open();
  const app = Fastify({ logger: false });
  app.get<{ Querystring: { ags?: string; service?: string } }>('/responsibility', async (request) => {
    const offers = activeOffersStatement(builder, request.query.service ?? '').toSQL();
    const version = await database.run(stamp.sql, stamp.params);
    const [rows, fallback] = [await database.run(offers.sql, offers.params), await database.run(nationwide.sql, nationwide.params)];
    return { ags: request.query.ags, stamp: version, offers: rows, nationwide: fallback };
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
