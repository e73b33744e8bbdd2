import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Messages between the bench and a server it runs in a child process (see bench/servers/). */
export type ChildStats = { queries: number; cpuMicros: number };
export type ChildMessage = { type: 'ready'; url: string } | ({ type: 'stats' } & ChildStats) | { type: 'error'; message: string };
export type ParentMessage = { type: 'stats' } | { type: 'stop' };

export type ChildServer = {
  url: string;
  /**
   * Counters since the child started: statements sent to the database (app server only) and CPU
   * time (user + system) of the server process, which stays meaningful on a busy machine.
   */
  stats(): Promise<ChildStats>;
  stop(): Promise<void>;
};

const READY_TIMEOUT_MS = 120_000;

/**
 * Starts `bench/servers/<file>` in its own Node process: autocannon then never shares an event
 * loop with the server it measures. tsx is loaded with --import so the child runs the TypeScript
 * sources directly, like `npm start` does.
 */
export async function startChildServer(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<ChildServer> {
  const child = fork(fileURLToPath(new URL(`../servers/${file}`, import.meta.url)), args, {
    execArgv: ['--import', 'tsx'],
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await waitForReady(child, file);
  return {
    url,
    stats: () => request(child, { type: 'stats' }, 'stats').then(({ queries, cpuMicros }) => ({ queries, cpuMicros })),
    stop: () => stopChild(child),
  };
}

function waitForReady(child: ChildProcess, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${file} did not become ready within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    const onMessage = (message: ChildMessage) => {
      if (message.type === 'ready') {
        cleanup();
        resolve(message.url);
      } else if (message.type === 'error') {
        fail(new Error(`${file}: ${message.message}`));
      }
    };
    const onExit = (code: number | null) => fail(new Error(`${file} exited with code ${String(code)} before it was ready`));
    function cleanup() {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    }
    function fail(error: Error) {
      cleanup();
      child.kill('SIGKILL');
      reject(error);
    }
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

function request<T extends ChildMessage['type']>(child: ChildProcess, message: ParentMessage, reply: T) {
  return new Promise<Extract<ChildMessage, { type: T }>>((resolve) => {
    const onMessage = (answer: ChildMessage) => {
      if (answer.type !== reply) return;
      child.off('message', onMessage);
      resolve(answer as Extract<ChildMessage, { type: T }>);
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

/** Asks the child to close its server and database (PGlite must be closed); kills it after 10 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send({ type: 'stop' } satisfies ParentMessage);
  });
}

/** Runs `work` against a started child server and stops the server afterwards, also on failure. */
export async function withServer<T>(start: Promise<ChildServer>, work: (server: ChildServer) => Promise<T>): Promise<T> {
  const server = await start;
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

/**
 * The app's environment for a measurement without demo data: quiet logs, an ephemeral port, no web
 * build, and the given database settings and pool size.
 */
export function quietAppEnv(database: Record<string, string>, poolSize: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', LOTSE_DEMO: '0' };
  delete env.DATABASE_URL;
  delete env.LOTSE_DATA_DIR;
  return { ...env, ...database, PORT: '0', HOST: '127.0.0.1', LOTSE_WEB_BUILD: 'never', DATABASE_POOL_SIZE: String(poolSize) };
}
