import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

type Outcome = { code: number; stdout: string; stderr: string };

async function lotse(args: string[], env: Record<string, string>): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/lotse.mjs', ...args], { env: { ...process.env, ...env }, timeout: 90_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe('npx lotse generate on an embedded database', () => {
  let dataDir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'lotse-generate-'));
    // The clock fixes "yesterday", so two runs give the same counts; DATABASE_URL must not redirect the CLI.
    env = { LOTSE_DATA_DIR: dataDir, DATABASE_URL: '', LOTSE_CLOCK: '2026-03-02T10:00:00+01:00' };
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it.each([
    [['generate'], 'required option'],
    [['generate', '--cases', '0'], "'--cases <n>' argument '0' is invalid"],
    [['generate', '--cases', 'many'], 'is invalid'],
    [['generate', '--cases', '10000001'], 'is invalid'],
    [['generate', '--cases', '5', '--seed', 'two words'], "'--seed <seed>' argument 'two words' is invalid"],
    [['generate', '--cases', '5', '--frobnicate'], "unknown option '--frobnicate'"],
  ])('exits with 2 on %j', async (args, message) => {
    const outcome = await lotse(args, env);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(message);
  });

  it('refuses with 1 and a hint before the demo region (or any authority) exists', async () => {
    const outcome = await lotse(['generate', '--cases', '5'], env);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('seed the demo region first');
  });

  it('prints counts and duration, as text or as JSON', async () => {
    expect((await lotse(['seed', '--demo'], env)).code).toBe(0);
    const text = await lotse(['generate', '--cases', '40', '--seed', 'cli'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Generated 40 synthetic cases \(seed "cli", history until 2026-03-01\): .* in \d+\.\d s\.\n$/);
    const json = await lotse(['generate', '--cases', '40', '--seed', 'cli', '--json'], env);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ seed: 'cli', cases: 40, historyUntil: '2026-03-01', referencesChecked: true });
    expect(Object.keys(result).sort()).toEqual(['cases', 'durationMs', 'events', 'historyUntil', 'members', 'obstacles', 'procedures', 'referencesChecked', 'seed', 'tasks']);
    const verified = await lotse(['audit', 'verify', '--json'], env);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true });
  }, 120_000); // four CLI processes, each opening the embedded database, one seeding the whole demo region
});
