import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { loadConfig } from '../../src/server/config';
import { startServer } from '../../src/server/start';
import { serveOverIpc } from './child-protocol';

/**
 * The real Lotse app (startServer, as `npm start` uses it, without the web build), configured
 * from the environment the bench passes: DATABASE_URL or LOTSE_DATA_DIR, LOG_LEVEL=silent, …
 *
 * It counts the statements the app sends to its database, so the bench can report queries per
 * request without pg_stat_statements (not enabled on most servers). Wrapping the drivers'
 * prototype `query` methods sees every statement Drizzle issues: node-postgres' Pool.query
 * delegates to Client.query, and drizzle-orm/pglite calls PGlite#query.
 */
let queries = 0;
type AnyQuery = (this: unknown, ...args: unknown[]) => unknown;

function countCalls(prototype: object, method: string): void {
  const target = prototype as Record<string, AnyQuery>;
  const original = target[method];
  if (!original) throw new Error(`cannot instrument ${method}: not found`);
  target[method] = function (this: unknown, ...args: unknown[]) {
    queries += 1;
    return original.apply(this, args);
  };
}

countCalls(pg.Client.prototype, 'query');
countCalls(PGlite.prototype, 'query');

await serveOverIpc(async () => {
  const server = await startServer(loadConfig(process.env));
  return { url: server.url, close: () => server.close() };
}, () => queries);
