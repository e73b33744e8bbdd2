import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { serviceIds } from '../../src/domain/network/services';
import { systemClock } from '../../src/server/clock';
import { seedDemoRegion } from '../../src/server/commands/seed-demo-region';
import { loadConfig } from '../../src/server/config';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/client';
import { placeDirectory } from '../../src/server/places/place-directory';
import type { RotatingSummary } from './cases-suite';
import { startChildServer, withServer, quietAppEnv } from './child-server';
import { expectOk } from './sign-in';
import { measureOpenLoop } from './open-loop';
import { random } from './search-documents';

/**
 * `npm run bench -- --only responsibility [--duration s] [--finder-rate R]`: the responsibility
 * finder (issue #12), GET /api/v1/responsibility over random places of the region × services of
 * the catalogue, paced at R requests per second arriving at random moments (default 100/s: a
 * region's public page, Wegweiser results and referral dialogs together at a busy moment), next
 * to a ceiling that sends the same SQL with the bare driver (bench/servers/responsibility-ceiling.ts).
 * PostgreSQL is judged (p95 < 20 ms); PGlite runs the same load, reported but not judged.
 */
export type ResponsibilityEngineResult =
  | {
      kind: 'postgres' | 'pglite';
      rate: number;
      questions: number;
      app: RotatingSummary;
      ceiling: RotatingSummary;
      /** Statements the app sent per request during the paced run. */
      queriesPerRequest: number;
      p95Ratio: number;
      checks: ResponsibilityCheck[];
    }
  | { kind: 'postgres' | 'pglite'; skipped: string };
export type ResponsibilityCheck = { name: string; value: number; limit: string; pass: boolean };

const POOL_SIZE = 20;
const PGLITE_BUFFERS_MB = 16;
const QUESTIONS = 600;
const ARRIVAL_SEED = 12;
const DATABASE = 'lotse_bench_responsibility';
const round = (value: number) => Math.round(value * 100) / 100;

/** Random (place, service) pairs, the same for app and ceiling. */
function questions(seed: string, count: number): { ags: string; service: string }[] {
  const places = placeDirectory().all();
  const pick = random([...seed].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16_777_619), 2_166_136_261));
  return Array.from({ length: count }, () => ({
    ags: places[Math.floor(pick() * places.length)]!.ags,
    service: serviceIds[Math.floor(pick() * serviceIds.length)]!,
  }));
}

async function fill(handle: DatabaseHandle): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOTSE_DEMO: '1' });
  await handle.migrate();
  await seedDemoRegion({ db: handle.db, clock: systemClock, config, actor: null, requestId: null }, { cases: false });
}

async function measureEngine(
  kind: 'postgres' | 'pglite',
  appEnvironment: NodeJS.ProcessEnv,
  ceilingArgs: string[],
  asked: { ags: string; service: string }[],
  options: { rate: number; duration: number; log: (message: string) => void },
): Promise<ResponsibilityEngineResult> {
  const query = (pair: { ags: string; service: string }) => `ags=${pair.ags}&service=${pair.service}`;
  const appPaths = asked.map((pair) => `/api/v1/responsibility?${query(pair)}`);
  const ceilingPaths = asked.map((pair) => `/responsibility?${query(pair)}`);
  const paced = { rate: options.rate, duration: options.duration, seed: ARRIVAL_SEED };
  options.log(`responsibility: ${kind} app, GET /api/v1/responsibility at ${options.rate}/s…`);
  const { app, queriesPerRequest } = await withServer(startChildServer('app-server.ts', [], appEnvironment), async (server) => {
    await expectOk(`${server.url}${appPaths[0]}`);
    const before = await server.stats();
    const summary = await measureOpenLoop(server, appPaths, paced);
    const after = await server.stats();
    // The warm-up (every path once, then 2 s) is inside the window: an upper bound per request.
    const sent = appPaths.length + Math.round(options.rate * 2) + summary.requests;
    return { app: summary, queriesPerRequest: round((after.queries - before.queries) / Math.max(sent, 1)) };
  });
  options.log(`responsibility: ${kind} the same SQL with the bare driver…`);
  const ceiling = await withServer(startChildServer('responsibility-ceiling.ts', ceilingArgs, process.env), async (server) => {
    await expectOk(`${server.url}${ceilingPaths[0]}`);
    return measureOpenLoop(server, ceilingPaths, paced);
  });
  const p95Ratio = ceiling.latencyMs.p95 > 0 ? round(app.latencyMs.p95 / ceiling.latencyMs.p95) : 0;
  const judged = kind === 'postgres';
  return {
    kind,
    rate: options.rate,
    questions: asked.length,
    app,
    ceiling,
    queriesPerRequest,
    p95Ratio,
    checks: judged
      ? [
          { name: 'postgres finder p95', value: app.latencyMs.p95, limit: '< 20 ms', pass: app.latencyMs.p95 < 20 },
          { name: 'postgres failed requests', value: app.failures + ceiling.failures, limit: '= 0', pass: app.failures + ceiling.failures === 0 },
        ]
      : [],
  };
}

export async function runResponsibility(
  adminUrl: string,
  options: { seed: string; rate: number; duration: number; log: (message: string) => void; only?: 'postgres' | 'pglite' },
): Promise<ResponsibilityEngineResult[]> {
  const asked = questions(options.seed, QUESTIONS);
  const results: ResponsibilityEngineResult[] = [];
  if (options.only !== 'pglite') {
    const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
    let reachable = true;
    try {
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${DATABASE}`);
    } catch (error) {
      reachable = false;
      results.push({ kind: 'postgres', skipped: `PostgreSQL unreachable: ${(error as Error).message}` });
    }
    if (reachable) {
      const url = new URL(adminUrl);
      url.pathname = `/${DATABASE}`;
      try {
        const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
        await fill(handle).finally(() => handle.close());
        results.push(await measureEngine('postgres', quietAppEnv({ DATABASE_URL: url.toString() }, POOL_SIZE), ['postgres', url.toString(), String(POOL_SIZE)], asked, options));
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`).catch(() => undefined);
        await admin.end();
      }
    }
  }
  if (options.only !== 'postgres') {
    const dataDir = await mkdtemp(join(tmpdir(), 'lotse-bench-responsibility-'));
    try {
      const handle = await openDatabase({ kind: 'pglite', dataDir });
      await fill(handle).finally(() => handle.close());
      results.push(await measureEngine('pglite', quietAppEnv({ LOTSE_DATA_DIR: dataDir }, POOL_SIZE), ['pglite', dataDir, String(PGLITE_BUFFERS_MB)], asked, options));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }
  return results;
}

const line = (label: string, s: RotatingSummary) =>
  `  ${label.padEnd(40)}${[s.reqPerSec.toLocaleString('en'), s.latencyMs.p50, s.latencyMs.p95, s.latencyMs.p99, s.serverCpuMicrosPerRequest, s.failures].map((cell) => String(cell).padStart(11)).join('')}`;

export function formatResponsibility(results: ResponsibilityEngineResult[], duration: number): string {
  const lines = [`Responsibility finder bench · ${QUESTIONS} random (place, service) questions · paced, Poisson arrivals · ${duration} s per run`];
  for (const result of results) {
    if ('skipped' in result) {
      lines.push(`  ${result.kind}: skipped (${result.skipped})`);
      continue;
    }
    lines.push(
      '',
      `  ${result.kind}${result.kind === 'pglite' ? ' (reported, not judged)' : ''}`,
      `  ${'target'.padEnd(40)}${['req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'CPU µs/req', 'failures'].map((cell) => cell.padStart(11)).join('')}`,
      line(`paced ${result.rate}/s: GET /api/v1/responsibility`, result.app),
      line('  same SQL, bare driver', result.ceiling),
      `  paced p95 app ÷ SQL: ${result.p95Ratio} · statements per request (app): ${result.queriesPerRequest}`,
      ...result.checks.map((check) => `  ${check.pass ? 'PASS' : 'FAIL'}  ${check.name.padEnd(30)} ${String(check.value).padStart(9)}  (${check.limit})`),
    );
  }
  return lines.join('\n');
}
