import type { FastifyInstance } from 'fastify';
import { clockFor, type Clock } from './clock';
import type { Config } from './config';
import { openDatabase, type DatabaseHandle } from './db/client';
import { seedDemoRegion } from './commands/seed-demo-region';
import { buildApp, type BuildAppOptions } from './http/app';
import { startScheduler } from './jobs/scheduler';
import { sealPendingAudit } from './audit/seal-audit';
import { appVersion } from './version';

export type RunningServer = { app: FastifyInstance; database: DatabaseHandle; url: string; close(): Promise<void> };

/**
 * Opens and migrates the database the config names, and seeds the demo region when the config
 * asks for it (`seed: false` when another process has just done so).
 */
export async function prepareDatabase(
  config: Config,
  clock: Clock = clockFor(config),
  { seed = config.demo }: { seed?: boolean } = {},
): Promise<DatabaseHandle> {
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url, poolSize: config.database.poolSize }
      : { kind: 'pglite', dataDir: config.database.dataDir, buffersMb: config.database.buffersMb },
  );
  try {
    await database.migrate();
    if (seed) {
      await seedDemoRegion({ db: database.db, clock, config, actor: null, requestId: null });
    }
    return database;
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

/** config → database → migrations → app → listen. Used by main.ts and by tests on a real port. */
export async function startServer(
  config: Config,
  options: BuildAppOptions & { clock?: Clock; database?: DatabaseHandle } = {},
): Promise<RunningServer> {
  const clock = options.clock ?? clockFor(config);
  const database = options.database ?? (await prepareDatabase(config, clock));
  const app = await buildApp({ config, database, clock, version: appVersion }, options);
  try {
    const address = await app.listen({ port: config.http.port, host: config.http.host });
    const url = address.replace('[::]', 'localhost').replace('0.0.0.0', 'localhost');
    const stopScheduler = startScheduler({ db: database.db, clock, config, log: app.log });
    let isClosed = false;
    return {
      app,
      database,
      url,
      close: async () => {
        if (isClosed) return;
        isClosed = true;
        stopScheduler();
        await app.close();
        // Whatever the last requests wrote goes into the chain before the database closes.
        await sealPendingAudit(database.db).catch((error: unknown) => app.log.warn({ err: error }, 'sealing the audit log at shutdown failed'));
        await database.close();
      },
    };
  } catch (error) {
    await app.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}
