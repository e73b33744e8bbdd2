import pg from 'pg';
import { redactUrl } from '../../src/server/db/client';

/** The bench never runs inside an existing schema: it owns this database and drops it after. */
export const BENCH_DATABASE = 'lotse_bench';

export type BenchDatabase = { url: string; drop(): Promise<void> };

async function withClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Drops and creates `lotse_bench` through the server `adminUrl` points at; returns the reason
 * instead when PostgreSQL cannot be reached, so the bench can report PGlite alone.
 */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase | { unreachable: string }> {
  const url = new URL(adminUrl);
  if (url.pathname === `/${BENCH_DATABASE}`) return { unreachable: `point BENCH_DATABASE_URL at another database than ${BENCH_DATABASE}` };
  url.pathname = `/${BENCH_DATABASE}`;
  try {
    await withClient(adminUrl, async (client) => {
      // FORCE ends connections a crashed earlier run may have left behind.
      await client.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${BENCH_DATABASE}`);
    });
  } catch (error) {
    return { unreachable: `${redactUrl(adminUrl)}: ${(error as Error).message}` };
  }
  return {
    url: url.toString(),
    drop: () => withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`)).then(() => undefined),
  };
}
