import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PathwayEngine } from '../domain/pathway/index';
import { loadConfig } from '../server/config';
import { engineFor, pathwayEngineFor } from '../server/law/law-state';
import { yearlyParameters } from '../domain/pathway/index';
import { withDatabase } from './database-session';

/**
 * Runs `work` with the engine in force: the built-in figures plus the years entered in the
 * database the environment names. Without a database (no DATABASE_URL and no PGlite data
 * directory yet) the built-in figures alone; no database is created for a mere evaluation.
 */
export async function withLawEngine<T>(work: (engine: PathwayEngine) => T): Promise<T> {
  const config = loadConfig();
  const hasDatabase = config.database.kind === 'postgres' || existsSync(join(config.database.dataDir, 'PG_VERSION'));
  if (!hasDatabase) return work(engineFor(yearlyParameters));
  return withDatabase(async (handle) => work(await pathwayEngineFor(handle.db)));
}
