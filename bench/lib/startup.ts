import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectOk, signIn } from './sign-in';

export type StartupSummary = {
  firstStartMs: number;
  restartMs: number;
  /** The part main.ts itself logs as startupMs (config → migrations → seed → listening); the rest is npm, tsx and module loading. */
  mainToListeningMs: { firstStart: number | null; restart: number | null };
  /** VmRSS of the server's own Node process (not npm's or tsx's wrapper processes). */
  idleRssMb: { afterFirstStart: number; afterRestart: number };
};

const START_TIMEOUT_MS = 180_000;

/**
 * Runs the real `npm start` (npm → tsx → node src/server/main.ts) on a fresh, empty PGlite data
 * dir, then again on the same dir: what someone trying Lotse for the first time waits for.
 */
export async function measureStartup(): Promise<StartupSummary> {
  const dataDir = await mkdtemp(join(tmpdir(), 'lotse-bench-start-'));
  try {
    const first = await startOnce(dataDir);
    const second = await startOnce(dataDir);
    return {
      firstStartMs: first.ms,
      restartMs: second.ms,
      mainToListeningMs: { firstStart: first.mainMs, restart: second.mainMs },
      idleRssMb: { afterFirstStart: first.rssMb, afterRestart: second.rssMb },
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function startOnce(dataDir: string): Promise<{ ms: number; mainMs: number | null; rssMb: number }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOTSE_DATA_DIR: dataDir, LOTSE_WEB_BUILD: 'never' };
  // The embedded database is what a first start uses; inherited settings must not change that.
  delete env.DATABASE_URL;
  delete env.LOG_LEVEL;
  const startedAt = performance.now();
  // detached: the child leads its own process group, so stopping it reaches tsx's child as well.
  const child = spawn('npm', ['start', '--silent'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  // Detached children miss the terminal's Ctrl-C: take the group down when the bench exits early.
  const killGroup = () => {
    try {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', killGroup);
  let stderr = '';
  let mainMs: number | null = null;
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)));
  // main.ts logs one JSON line with startupMs once it listens (LOG_LEVEL info, the default).
  child.stdout?.on('data', (chunk: Buffer) => {
    const found = /"startupMs":(\d+)/.exec(chunk.toString());
    if (found) mainMs = Number(found[1]);
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base, child, () => stderr);
    const ms = Math.round(performance.now() - startedAt);
    // "Idle" means after a little real use: health checks, a sign-in (argon2) and a few /me.
    for (let i = 0; i < 5; i += 1) await expectOk(`${base}/api/health`);
    const cookie = await signIn(base);
    for (let i = 0; i < 5; i += 1) await expectOk(`${base}/api/v1/auth/me`, { cookie });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const serverPid = await serverProcess(child.pid ?? 0);
    return { ms, mainMs, rssMb: await rssMb(serverPid) };
  } finally {
    await stopGroup(child);
    process.off('exit', killGroup);
  }
}

async function waitForHealth(base: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${stderr()}`);
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(1_000) }).then((r) => r.status === 200, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`npm start did not answer /api/health within ${START_TIMEOUT_MS / 1000} s:\n${stderr()}`);
}

/** SIGTERM to the whole group (main.ts shuts down cleanly on it), SIGKILL if that hangs. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-(child.pid ?? 0), 'SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
  // npm may exit before its grandchild has closed PGlite; the restart must find the dir released.
  for (let i = 0; i < 100 && (await groupAlive(child.pid)); i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
}

function groupAlive(pgid: number): Promise<boolean> {
  try {
    process.kill(-pgid, 0);
    return Promise.resolve(true);
  } catch {
    return Promise.resolve(false);
  }
}

/**
 * The deepest `node` process below npm: npm runs sh, sh runs tsx's CLI, and that runs the
 * server in a child of its own (which may itself have an esbuild helper: not a node process).
 */
async function serverProcess(rootPid: number): Promise<number> {
  const processes: { pid: number; ppid: number; comm: string }[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // "pid (comm) state ppid …"; the command name may itself contain spaces and parentheses.
    const close = stat.lastIndexOf(')');
    const ppid = Number(stat.slice(close + 2).split(' ')[1]);
    processes.push({ pid: Number(entry), ppid, comm: stat.slice(stat.indexOf('(') + 1, close) });
  }
  let found = { pid: rootPid, depth: -1 };
  const visit = (pid: number, depth: number) => {
    for (const child of processes.filter((candidate) => candidate.ppid === pid)) {
      if (child.comm === 'node' && depth > found.depth) found = { pid: child.pid, depth };
      visit(child.pid, depth + 1);
    }
  };
  visit(rootPid, 0);
  if (found.depth < 0) throw new Error('could not find the server process below npm start');
  return found.pid;
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
  return Math.round(kb / 1024);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
