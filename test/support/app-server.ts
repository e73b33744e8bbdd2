import { startServer } from '../../src/server/start';
import { webRoot } from '../../src/server/web-build';
import { openTestDatabase } from './databases';
import { testConfig } from './test-config';

/** The real app with the built web on a random local port, on a private seeded PGlite. */
export async function startAppServer(env: Record<string, string> = {}): Promise<{ url: string; close(): Promise<void> }> {
  const database = await openTestDatabase('pglite');
  const server = await startServer(testConfig(env), { database, webRoot, logger: false });
  return { url: server.url, close: () => server.close() };
}
