import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateProfile, profileSchema, type Profile } from '../../src/domain/pathway/index';
import { startChildServer } from './child-server';
import { measure, type LoadOptions, type LoadSummary } from './load';

export type WegweiserResult = {
  /** Evaluations per second on one core (this process's main thread), full explanations included. */
  engineEvaluationsPerSecond: number;
  /** The same with JSON serialisation, i.e. the work of one HTTP response body. */
  engineWithJsonPerSecond: number;
  averageResponseBytes: number;
  http: LoadSummary;
};

async function loadProfiles(): Promise<Profile[]> {
  const file = new URL('../../src/domain/pathway/__scenarios__/pathway-examples.json', import.meta.url);
  const examples = JSON.parse(await readFile(file, 'utf8')) as { evaluate: { profile: unknown }[] };
  return examples.evaluate.map((example) => profileSchema.parse(example.profile));
}

function rate(profiles: Profile[], seconds: number, work: (profile: Profile) => unknown): number {
  const deadline = performance.now() + seconds * 1000;
  let count = 0;
  const started = performance.now();
  while (performance.now() < deadline) {
    for (const profile of profiles) work(profile);
    count += profiles.length;
  }
  return Math.round(count / ((performance.now() - started) / 1000));
}

/**
 * The Wegweiser engine in-process (one core, after a warm-up) and POST /api/v1/pathways/evaluate
 * over HTTP against the real app in a child process (targets: ≥ 20,000 evaluations/s, ≥ 3,000 req/s).
 */
export async function runWegweiser(load: LoadOptions, env: NodeJS.ProcessEnv): Promise<WegweiserResult> {
  const profiles = await loadProfiles();
  const today = { today: '2026-11-22' };
  rate(profiles, 1, (profile) => evaluateProfile(profile, today));
  const engineEvaluationsPerSecond = rate(profiles, 3, (profile) => evaluateProfile(profile, today));
  const engineWithJsonPerSecond = rate(profiles, 3, (profile) => JSON.stringify(evaluateProfile(profile, today)));
  const averageResponseBytes = Math.round(
    profiles.reduce((sum, profile) => sum + JSON.stringify(evaluateProfile(profile, today)).length, 0) / profiles.length,
  );

  const root = await mkdtemp(join(tmpdir(), 'lotse-bench-wegweiser-'));
  const app = await startChildServer('app-server.ts', [], { ...env, LOTSE_DATA_DIR: join(root, 'app'), LOTSE_DEMO: '0' });
  try {
    const body = JSON.stringify({ profile: profiles[1] });
    const http = await measure(app, `${app.url}/api/v1/pathways/evaluate`, {
      ...load,
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    return { engineEvaluationsPerSecond, engineWithJsonPerSecond, averageResponseBytes, http };
  } finally {
    await app.stop();
    await rm(root, { recursive: true, force: true });
  }
}

export function formatWegweiser(result: WegweiserResult): string {
  const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  return [
    'Wegweiser',
    `  engine, one core, full explanations   ${result.engineEvaluationsPerSecond.toLocaleString('en')} evaluations/s (with JSON: ${result.engineWithJsonPerSecond.toLocaleString('en')}/s, ~${Math.round(result.averageResponseBytes / 1024)} KB each)`,
    `  POST /api/v1/pathways/evaluate          ${result.http.reqPerSec.toLocaleString('en')} req/s, p50 ${result.http.latencyMs.p50} ms, p99 ${result.http.latencyMs.p99} ms, ${result.http.failures} failures`,
    `  ${pass(result.engineEvaluationsPerSecond >= 20_000)}  engine ≥ 20,000 evaluations/s (stretch 100,000)`,
    `  ${pass(result.http.reqPerSec >= 3_000 && result.http.failures === 0)}  HTTP evaluate ≥ 3,000 req/s at the run's connections`,
  ].join('\n');
}
