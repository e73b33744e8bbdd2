import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { journeyStages } from '../../src/domain/journey/index';
import { berlinDate } from '../../src/server/clock';
import { startChildServer, type ChildServer, withServer } from './child-server';
import type { LoadOptions } from './load';
import { createBenchDatabase } from './postgres-admin';
import { DEMO_LOGIN, expectOk, signIn } from './sign-in';

/**
 * `npm run bench -- --cases N`: N synthetic cases (`npx lotse generate`) in the bench's own
 * PostgreSQL database, then the filtered case list and the case page at the given connections as
 * a case worker of ABH Mannheim, each next to a ceiling that sends the same SQL with bare `pg`
 * (bench/servers/cases-ceiling.ts). Requests rotate over the stages and over 2,000 of the case
 * worker's cases, so the page cache sees a realistic spread, not one hot row.
 */
export type RotatingSummary = {
  reqPerSec: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  requests: number;
  failures: number;
  serverCpuMicrosPerRequest: number;
};
export type CasesCheck = { name: string; value: number; limit: string; pass: boolean };
export type CasesResult =
  | {
      cases: number;
      generation: { wallMs: number; generatorMs: number; vacuumAnalyzeMs: number; rows: Record<string, number> };
      caseworkerCases: { total: number; byStage: Record<string, number> };
      /** `oneConnection`: the app with a single client, i.e. a request's own latency without queueing. */
      list: { app: RotatingSummary; ceiling: RotatingSummary; p95Ratio: number; oneConnection: RotatingSummary };
      casePage: { app: RotatingSummary; ceiling: RotatingSummary; p95Ratio: number; oneConnection: RotatingSummary };
      checks: CasesCheck[];
    }
  | { skipped: string };

const POOL_SIZE = 20;
const SAMPLE_CASES = 2_000;
const WARMUP_SECONDS = 2;
const run = promisify(execFile);
const round = (value: number) => Math.round(value * 100) / 100;

export function percentile(sorted: number[], share: number): number {
  return sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0);
}

/** One load run over rotating paths; p95 from every response's latency (autocannon's histogram has no p95). */
export async function measureRotating(server: ChildServer, paths: string[], load: LoadOptions): Promise<RotatingSummary> {
  let next = 0;
  const options = {
    url: server.url,
    connections: load.connections,
    headers: load.headers ?? {},
    requests: [{ setupRequest: (request: { path: string }) => ({ ...request, path: paths[next++ % paths.length] ?? '/' }) }],
  };
  await autocannon({ ...options, duration: WARMUP_SECONDS });
  const before = await server.stats();
  const latencies: number[] = [];
  const result = await autocannon({ ...options, duration: load.duration }).on('response', (_client, _status, _bytes, ms) => {
    latencies.push(ms);
  });
  const after = await server.stats();
  latencies.sort((a, b) => a - b);
  return {
    reqPerSec: Math.round(result.requests.average),
    latencyMs: { p50: round(percentile(latencies, 0.5)), p95: round(percentile(latencies, 0.95)), p99: round(percentile(latencies, 0.99)), max: round(latencies.at(-1) ?? 0) },
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
    serverCpuMicrosPerRequest: Math.round((after.cpuMicros - before.cpuMicros) / Math.max(result.requests.sent, 1)),
  };
}

async function lotse(args: string[], databaseUrl: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' };
  delete env.LOTSE_DATA_DIR;
  const { stdout } = await run(process.execPath, ['bin/lotse.mjs', ...args], { env, maxBuffer: 10_000_000, timeout: 3_600_000 });
  return stdout;
}

export async function runCases(adminUrl: string, options: { cases: number; seed: string; load: LoadOptions; log: (message: string) => void }): Promise<CasesResult> {
  const database = await createBenchDatabase(adminUrl);
  if ('unreachable' in database) return { skipped: `PostgreSQL unreachable (${database.unreachable})` };
  const client = new pg.Client({ connectionString: database.url });
  try {
    options.log(`cases: demo region, then ${options.cases.toLocaleString('en')} generated cases…`);
    await lotse(['seed', '--demo'], database.url);
    const startedAt = performance.now();
    const generated = JSON.parse(await lotse(['generate', '--cases', String(options.cases), '--seed', options.seed, '--json'], database.url)) as Record<string, number>;
    const wallMs = Math.round(performance.now() - startedAt);
    await client.connect();
    // A steady state, as autovacuum would reach it: statistics and the visibility map (index-only scans).
    const vacuumStartedAt = performance.now();
    await client.query('VACUUM ANALYZE');
    const vacuumAnalyzeMs = Math.round(performance.now() - vacuumStartedAt);

    const { rows: [caseworker] } = await client.query<{ id: string; organisation_id: string }>('SELECT id, organisation_id FROM users WHERE email = $1', [DEMO_LOGIN.email]);
    if (!caseworker) throw new Error(`${DEMO_LOGIN.email} is missing`);
    const scope = '(owner_organisation_id = $1 OR navigator_user_id = $2)';
    const { rows: stageRows } = await client.query<{ stage: string; n: number }>(`SELECT stage, count(*)::int AS n FROM cases WHERE ${scope} GROUP BY stage`, [caseworker.organisation_id, caseworker.id]);
    const byStage = Object.fromEntries(stageRows.map((row) => [row.stage, row.n]));
    const { rows: sample } = await client.query<{ id: string }>(`SELECT id FROM cases WHERE ${scope} ORDER BY md5(id::text) LIMIT ${SAMPLE_CASES}`, [caseworker.organisation_id, caseworker.id]);
    const stages = journeyStages.filter((stage) => (byStage[stage] ?? 0) > 25);
    const [sampleStage = 'information', sampleCase = { id: '' }] = [stages[0], sample[0]];
    const listPaths = stages.map((stage) => `/api/v1/cases?stage=${stage}&page=1`);
    const pagePaths = sample.map((row) => `/api/v1/cases/${row.id}`);

    options.log('cases: the app (list, case page)…');
    const appEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', LOTSE_DEMO: '1', DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1' };
    Object.assign(appEnv, { LOTSE_LOGIN_RATE_LIMIT: '10000', LOTSE_WEB_BUILD: 'never', DATABASE_POOL_SIZE: String(POOL_SIZE) });
    delete appEnv.LOTSE_DATA_DIR;
    const app = await withServer(startChildServer('app-server.ts', [], appEnv), async (server) => {
      const cookie = await signIn(server.url);
      await expectOk(`${server.url}${listPaths[0]}`, { cookie });
      await expectOk(`${server.url}${pagePaths[0]}`, { cookie });
      const base = { ...options.load, headers: { cookie } };
      const single = { ...base, connections: 1 };
      return {
        list: await measureRotating(server, listPaths, base),
        casePage: await measureRotating(server, pagePaths, base),
        listSingle: await measureRotating(server, listPaths, single),
        casePageSingle: await measureRotating(server, pagePaths, single),
      };
    });

    options.log('cases: the same SQL with bare pg (ceiling)…');
    const today = berlinDate(new Date());
    const args = [database.url, String(POOL_SIZE), caseworker.id, caseworker.organisation_id, today, sampleStage, sampleCase.id];
    const ceiling = await withServer(startChildServer('cases-ceiling.ts', args, process.env), async (server) => {
      await expectOk(`${server.url}/cases?stage=${sampleStage}`);
      return {
        list: await measureRotating(server, stages.map((stage) => `/cases?stage=${stage}&page=1`), options.load),
        casePage: await measureRotating(server, sample.map((row) => `/cases/${row.id}`), options.load),
      };
    });

    const ratio = (a: RotatingSummary, b: RotatingSummary) => (b.latencyMs.p95 > 0 ? round(a.latencyMs.p95 / b.latencyMs.p95) : 0);
    const { durationMs = 0, seed: _seed, historyUntil: _until, referencesChecked: _checked, ...rows } = generated;
    return {
      cases: options.cases,
      generation: { wallMs, generatorMs: durationMs, vacuumAnalyzeMs, rows },
      caseworkerCases: { total: stageRows.reduce((sum, row) => sum + row.n, 0), byStage },
      list: { app: app.list, ceiling: ceiling.list, p95Ratio: ratio(app.list, ceiling.list), oneConnection: app.listSingle },
      casePage: { app: app.casePage, ceiling: ceiling.casePage, p95Ratio: ratio(app.casePage, ceiling.casePage), oneConnection: app.casePageSingle },
      checks: [
        { name: 'list p95', value: app.list.latencyMs.p95, limit: '< 50 ms', pass: app.list.latencyMs.p95 < 50 },
        { name: 'case page p95', value: app.casePage.latencyMs.p95, limit: '< 30 ms', pass: app.casePage.latencyMs.p95 < 30 },
        { name: 'failed requests', value: app.list.failures + app.casePage.failures, limit: '= 0', pass: app.list.failures + app.casePage.failures === 0 },
      ],
    };
  } finally {
    await client.end().catch(() => undefined);
    await database.drop();
  }
}

const line = (label: string, s: RotatingSummary) =>
  `  ${label.padEnd(30)}${[s.reqPerSec.toLocaleString('en'), s.latencyMs.p50, s.latencyMs.p95, s.latencyMs.p99, s.serverCpuMicrosPerRequest, s.failures].map((cell) => String(cell).padStart(11)).join('')}`;

export function formatCases(result: CasesResult, load: LoadOptions): string {
  if ('skipped' in result) return `Cases bench skipped: ${result.skipped}`;
  const { generation: g } = result;
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  return [
    `Cases bench · ${result.cases.toLocaleString('en')} generated cases · ${load.connections} connections · ${load.duration} s each`,
    `  generate: ${seconds(g.wallMs)} s (generator ${seconds(g.generatorMs)} s), then VACUUM ANALYZE ${seconds(g.vacuumAnalyzeMs)} s; rows: ${JSON.stringify(g.rows)}`,
    `  caseworker@demo.example (ABH Mannheim) reaches ${result.caseworkerCases.total.toLocaleString('en')} cases: ${JSON.stringify(result.caseworkerCases.byStage)}`,
    '',
    `  ${'target'.padEnd(30)}${['req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'CPU µs/req', 'failures'].map((cell) => cell.padStart(11)).join('')}`,
    line('GET /cases?stage=…&page=1', result.list.app),
    line('  same SQL, bare pg', result.list.ceiling),
    line('  app, 1 connection', result.list.oneConnection),
    line('GET /cases/{id}', result.casePage.app),
    line('  same SQL, bare pg', result.casePage.ceiling),
    line('  app, 1 connection', result.casePage.oneConnection),
    '',
    `  p95 app ÷ ceiling: list ${result.list.p95Ratio}, case page ${result.casePage.p95Ratio}`,
    ...result.checks.map((check) => `  ${check.pass ? 'PASS' : 'FAIL'}  ${check.name.padEnd(20)} ${String(check.value).padStart(9)}  (${check.limit})`),
  ].join('\n');
}
