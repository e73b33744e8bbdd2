import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Config } from './config';
import { prepareDatabase } from './start';

/** The argument that makes main.ts prepare the database and exit instead of serving. */
export const PREPARE_DATABASE_FLAG = '--prepare-database';

/** Whether this start will create the embedded database (and so migrate and seed from scratch). */
export function isFirstEmbeddedStart(config: Config): boolean {
  return config.database.kind === 'pglite' && !existsSync(join(config.database.dataDir, 'PG_VERSION'));
}

/**
 * Creating, migrating and seeding a new PGlite database grows the WASM heap by some 70 MB, which a
 * process never gives back. On a first start a short-lived child — this same program, started
 * again with PREPARE_DATABASE_FLAG — does that work, so the server starts on a prepared data
 * directory and stays as small as after a restart.
 */
export async function prepareInChildProcess(): Promise<void> {
  const entry = process.argv[1];
  if (!entry) throw new Error('cannot find the program to start the preparing process with');
  try {
    await promisify(execFile)(process.execPath, [...process.execArgv, entry, PREPARE_DATABASE_FLAG], {
      env: process.env,
      maxBuffer: 10_000_000,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`preparing the database failed${stderr ? `: ${stderr}` : ''}`, { cause: error });
  }
}

/** The child's work: migrate and seed, then close the database so the server can open it. */
export async function prepareAndExit(config: Config): Promise<void> {
  const database = await prepareDatabase(config);
  await database.close();
}
