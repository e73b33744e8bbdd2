import { drizzle } from 'drizzle-orm/node-postgres';
import Fastify from 'fastify';
import pg from 'pg';
import { statsQuerySchema } from '../../src/contract/steering';
import { loadConfig } from '../../src/server/config';
import { systemClock } from '../../src/server/clock';
import type { CommandContext } from '../../src/server/commands/context';
import { factViews, loadSteeringFigures, type FactView } from '../../src/server/commands/steering/figures';
import type { Database } from '../../src/server/db/client';
import * as schema from '../../src/server/db/schema/index';
import { serveOverIpc } from './child-protocol';

/**
 * The ceiling of the steering bench: the same SQL the app sends for a dashboard request, sent with
 * the bare driver and returned as raw rows — no validation, no suppression, no labels, no JSON of
 * the response shape. The statements are recorded once per address by running the app's own
 * command (`loadSteeringFigures`) over a pool whose `query` is watched, then replayed.
 *
 * Usage: steering-ceiling.ts <databaseUrl> <poolSize>
 */
const [url = '', size = '20'] = process.argv.slice(2);
type Statement = { text: string; values: unknown[] };

await serveOverIpc(async () => {
  const pool = new pg.Pool({ connectionString: url, max: Number(size) });
  pool.on('error', () => undefined);
  let recording: Statement[] | null = null;
  const recorder = {
    query: (config: { text: string; values?: unknown[] } | string, values?: unknown[]) => {
      // Drizzle passes the parameters as the second argument, next to a config object.
      const statement = typeof config === 'string' ? { text: config, values: values ?? [] } : { text: config.text, values: values ?? config.values ?? [] };
      recording?.push(statement);
      return pool.query(config as never, values as never);
    },
    connect: () => pool.connect(),
  };
  const db = drizzle(recorder as unknown as pg.Pool, { schema }) as unknown as Database;
  const ctx: CommandContext = {
    db,
    clock: systemClock,
    config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: url }),
    actor: { userId: '00000000-0000-4000-8000-000000000000', email: 'bench@example.org', name: 'Bench', roles: ['steering'], organisationId: null, organisation: null, locale: 'de', authMethod: 'password' },
    requestId: null,
  };
  const recorded = new Map<string, Statement[]>();
  const app = Fastify({ logger: false });
  app.get<{ Params: { view: string }; Querystring: Record<string, string> }>('/stats/:view', async (request) => {
    const key = request.url;
    let statements = recorded.get(key);
    if (!statements) {
      if (!(factViews as readonly string[]).includes(request.params.view)) throw new Error(`unknown view ${request.params.view}`);
      recording = [];
      await loadSteeringFigures(ctx, request.params.view as FactView, statsQuerySchema.parse(request.query));
      statements = recording;
      recording = null;
      recorded.set(key, statements);
    }
    const results = [];
    for (const statement of statements) results.push((await pool.query({ text: statement.text, values: statement.values, rowMode: 'array' })).rows);
    return results;
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
});
