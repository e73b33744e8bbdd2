import { ConfigError, loadConfig } from './config';
import { isFirstEmbeddedStart, prepareAndExit, prepareInChildProcess, PREPARE_DATABASE_FLAG } from './first-start';
import { prepareDatabase, startServer } from './start';
import { buildWeb, needsWebBuild, webRoot } from './web-build';

/** Entry point of `npm start`: config → database → migrations → app → listen. */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  if (process.argv.includes(PREPARE_DATABASE_FLAG)) {
    await prepareAndExit(config);
    process.exit(0);
  }
  const preparedElsewhere = isFirstEmbeddedStart(config);
  if (preparedElsewhere) await prepareInChildProcess();
  if (needsWebBuild(config.web.build, config.env === 'production')) {
    console.log('Building the web app (first start or changed sources)…');
    await buildWeb();
  }
  // The child has just migrated and seeded: the server only opens the database.
  const database = preparedElsewhere ? await prepareDatabase(config, undefined, { seed: false }) : undefined;
  const server = await startServer(config, { webRoot, ...(database ? { database } : {}) });
  server.app.log.info(
    { database: server.database.kind, demo: config.demo, startupMs: Date.now() - startedAt },
    `Lotse is running on ${server.url}`,
  );
  if (config.clock) {
    server.app.log.warn({ clockStart: config.clock.start.toISOString() }, 'LOTSE_CLOCK is set: the server runs on a shifted clock (demo only)');
  }

  let isStopping = false;
  const stop = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    server.app.log.info({ signal }, 'shutting down');
    // Close finishes in-flight requests, then the database; a hung close must not block forever.
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(`Lotse could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
