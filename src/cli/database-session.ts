import { clockFor } from '../server/clock';
import type { CommandContext } from '../server/commands/context';
import { loadConfig, type Config } from '../server/config';
import { openDatabase, type DatabaseHandle } from '../server/db/client';

/** Opens the database the environment names, runs `work`, and always closes it again. */
export async function withDatabase<T>(work: (handle: DatabaseHandle, ctx: CommandContext, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = await openDatabase(
    config.database.kind === 'postgres'
      ? { kind: 'postgres', url: config.database.url, poolSize: 2 }
      : { kind: 'pglite', dataDir: config.database.dataDir, buffersMb: config.database.buffersMb },
  );
  try {
    return await work(handle, { db: handle.db, clock: clockFor(config), config, actor: null, requestId: null }, config);
  } finally {
    await handle.close();
  }
}
