import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

const run = promisify(execFile);
const examples = JSON.parse(
  await readFile(new URL('../../src/domain/pathway/__scenarios__/pathway-examples.json', import.meta.url), 'utf8'),
) as { evaluate: { profile: Record<string, unknown> }[]; family: { request: Record<string, unknown> }[] };

async function lotse(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    // No database: the built-in yearly figures (a developer's ./data or a running server stays untouched).
    const { DATABASE_URL: _unused, ...env } = process.env;
    const { stdout, stderr } = await run(process.execPath, ['bin/lotse.mjs', ...args], {
      timeout: 60_000,
      env: { ...env, LOTSE_DATA_DIR: join(tmpdir(), 'lotse-pathway-cli-no-database') },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe('npx lotse pathway', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    dir = await mkdtemp(join(tmpdir(), 'lotse-pathway-'));
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('prints exactly the evaluation the API returns', async () => {
    const profile = examples.evaluate[1]?.profile;
    const file = join(dir, 'profile.json');
    await writeFile(file, JSON.stringify({ profile }));
    const cli = await lotse(['pathway', 'evaluate', file, '--json']);
    expect(cli.code).toBe(0);
    const api = await t.app.inject({ method: 'POST', url: '/api/v1/pathways/evaluate', payload: { profile } });
    expect(JSON.parse(cli.stdout)).toEqual(api.json());
  });

  it('evaluates a family request like the API', async () => {
    const request = examples.family[0]?.request;
    const file = join(dir, 'family.json');
    await writeFile(file, JSON.stringify(request));
    const cli = await lotse(['pathway', 'family', file, '--json']);
    const api = await t.app.inject({ method: 'POST', url: '/api/v1/pathways/family', payload: request });
    expect(JSON.parse(cli.stdout)).toEqual(api.json());
  });

  it('exits with 2 and names every bad field', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ citizenship: 'India', german: 'B3', english: 'C1', qualification: { type: 'academic' }, extra: 1 }));
    const cli = await lotse(['pathway', 'evaluate', file, '--json']);
    expect(cli.code).toBe(2);
    expect(cli.stdout).toBe('');
    for (const field of ['citizenship', 'german', 'extra']) expect(cli.stderr).toContain(`${field}:`);
    const outOfRange = await lotse(['pathway', 'evaluate', join(dir, 'profile.json'), '--date', '2019-01-01']);
    expect(outOfRange.code).toBe(2);
    expect(outOfRange.stderr).toContain('--date: before the first covered day 2024-06-01');
  });
});
