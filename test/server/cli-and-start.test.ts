import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

type Outcome = { code: number; stdout: string; stderr: string };

async function runNode(args: string[], env: Record<string, string>): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { env: { ...process.env, ...env }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

const lotse = (args: string[], env: Record<string, string>) => runNode(['bin/lotse.mjs', ...args], env);

/** `src/server/main.ts` as `npm start` runs it (without the web build), on a free port. */
function startMain(env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, LOTSE_WEB_BUILD: 'never', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
  });
}

/** The URL the server logs once it listens; rejects when it exits first. */
function listeningUrl(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running on (http:\/\/[^"\s]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
  });
}

describe('the lotse CLI on an embedded database', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lotse-cli-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('migrates, seeds the demo idempotently and verifies the audit chain', async () => {
    const env = { LOTSE_DATA_DIR: dataDir };
    expect((await lotse(['migrate'], env)).stdout).toContain('Migrations applied (pglite)');
    expect((await lotse(['seed', '--demo'], env)).stdout).toContain('41 organisations, 11 accounts');
    expect((await lotse(['seed', '--demo'], env)).code).toBe(0);
    const verified = await lotse(['audit', 'verify', '--json'], env);
    expect(verified.code).toBe(0);
    // Two seeds, the synthetic demo cases, the demo referrals between the organisations, the demo
    // applicant's portal link, the courses, the articles, the demo shortage analysis and the demo
    // obstacle reports, each loaded once (one entry each).
    expect(JSON.parse(verified.stdout)).toEqual({ ok: true, entries: 9 });
  }, 120_000); // four CLI processes on the embedded database

  it('exits with 2 on a usage error', async () => {
    const outcome = await lotse(['frobnicate'], { LOTSE_DATA_DIR: dataDir });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain("unknown command 'frobnicate'");
  });
});

describe('server start-up failures', () => {
  it('exits non-zero with a clear message when PostgreSQL cannot be reached', async () => {
    const outcome = await runNode(['--import', 'tsx', 'src/server/main.ts'], {
      DATABASE_URL: 'postgres://lotse:secret@127.0.0.1:1/none',
      LOTSE_WEB_BUILD: 'never',
      PORT: '0',
    });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('Cannot reach PostgreSQL at postgres://lotse:***@127.0.0.1:1/none');
    expect(outcome.stderr).not.toContain('secret');
  });

  it('lists every configuration problem at once', async () => {
    const outcome = await runNode(['--import', 'tsx', 'src/server/main.ts'], { PORT: 'eighty', LOG_LEVEL: 'loud', LOTSE_WEB_BUILD: 'never' });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('Invalid configuration');
    expect(outcome.stderr).toContain('PORT');
    expect(outcome.stderr).toContain('LOG_LEVEL');
  });
});

describe('first start on an empty data directory', () => {
  it('prepares and seeds the database in a short-lived child, then serves the demo region', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lotse-first-'));
    const child = startMain({ LOTSE_DATA_DIR: dataDir, LOTSE_DEMO: '1' });
    try {
      const url = await listeningUrl(child);
      const login = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'caseworker@demo.example', password: 'demo' }),
      });
      expect(login.status).toBe(200);
      const search = (await (await fetch(`${url}/api/v1/search?q=Chancenkarte`)).json()) as { results: unknown[] };
      expect(search.results.length).toBeGreaterThan(0);
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('graceful shutdown', () => {
  it('stops on SIGTERM with exit code 0 after serving', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'lotse-stop-'));
    const child = startMain({ LOTSE_DATA_DIR: dataDir, LOTSE_DEMO: '0' });
    try {
      const url = await listeningUrl(child);
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
