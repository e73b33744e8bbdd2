import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { csrfCookieName, csrfHeaderName, sessionCookieName } from '../../src/contract/auth';
import { measureRotating, type RotatingSummary } from './cases-suite';
import { startChildServer, withServer } from './child-server';
import type { LoadOptions } from './load';
import { createBenchDatabase } from './postgres-admin';
import { expectOk } from './sign-in';

/**
 * `npm run bench -- --only steering --cases N`: the steering dashboards (issue #14) over N generated
 * cases on PostgreSQL. The facts are rebuilt once (`npx lotse stats refresh`, timed), then every
 * view is requested by the steering account with rotating filters (none, a Land, an authority, a
 * country group, a title) at a few connections — a steering office, not a crowd — next to a ceiling
 * that replays the same SQL with the bare driver (bench/servers/steering-ceiling.ts). Then the
 * Praxis-Check PDF of a published report is fetched a few times one after another.
 * Targets: every dashboard request p95 < 300 ms, the PDF < 5 s.
 */
export type SteeringViewResult = { view: string; app: RotatingSummary; ceiling: RotatingSummary; p95Ratio: number };
export type SteeringCheck = { name: string; value: number; limit: string; pass: boolean };
export type SteeringResult =
  | {
      cases: number;
      connections: number;
      generation: { wallMs: number; rows: Record<string, number> };
      refreshMs: number;
      factRows: Record<string, number>;
      views: SteeringViewResult[];
      pdf: { runs: number; publishMs: number; medianMs: number; maxMs: number; bytes: number } | { skipped: string };
      checks: SteeringCheck[];
    }
  | { skipped: string };

const POOL_SIZE = 20;
const CONNECTIONS = 4;
const PDF_RUNS = 5;
const STEERING = { email: 'steering@demo.example', password: 'demo' };
const views = ['overview', 'stage-durations', 'referral-deadlines', 'procedure-deadlines', 'obstacles'] as const;
const run = promisify(execFile);
const round = (value: number) => Math.round(value * 100) / 100;

async function lotse(args: string[], databaseUrl: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' };
  delete env.LOTSE_DATA_DIR;
  const { stdout } = await run(process.execPath, ['bin/lotse.mjs', ...args], { env, maxBuffer: 10_000_000, timeout: 3_600_000 });
  return stdout;
}

/** Signs in; returns the Cookie header (session and CSRF cookie) and the CSRF token for changes. */
async function signInAs(baseUrl: string, login: { email: string; password: string }): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(login) });
  if (response.status !== 200) throw new Error(`sign-in failed with ${response.status}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
  const session = cookies.find((cookie) => cookie.startsWith(`${sessionCookieName}=`)) ?? '';
  const csrfCookie = cookies.find((cookie) => cookie.startsWith(`${csrfCookieName}=`)) ?? '';
  return { cookie: [session, csrfCookie].filter(Boolean).join('; '), csrf: decodeURIComponent(csrfCookie.slice(csrfCookieName.length + 1)) };
}

/** The filter variants each view rotates over (the same for app and ceiling). */
async function filterVariants(client: pg.Client): Promise<string[]> {
  const { rows: [authority] } = await client.query<{ id: string }>(
    `SELECT authority_organisation_id AS id FROM stats_cases WHERE authority_organisation_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const { rows: [title] } = await client.query<{ id: string }>(`SELECT target_title_id AS id FROM stats_cases WHERE target_title_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  return ['', 'land=RP', authority ? `authority=${authority.id}` : 'land=BW', 'countryGroup=south_asia', title ? `title=${title.id}` : 'land=HE'];
}

/**
 * Creates a Praxis-Check report over the last 12 months and publishes it (which computes and
 * freezes its figures: timed); returns the PDF address and the publishing time.
 */
async function publishedReport(baseUrl: string, { cookie, csrf }: { cookie: string; csrf: string }): Promise<{ path: string; publishMs: number }> {
  const headers = { cookie, 'content-type': 'application/json', [csrfHeaderName]: csrf };
  const to = new Date().toISOString().slice(0, 10);
  const from = `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`;
  const created = await fetch(`${baseUrl}/api/v1/praxis-check/reports`, { method: 'POST', headers, body: JSON.stringify({ title: 'Praxis-Check Bench', scope: { from, to } }) });
  if (created.status !== 201) throw new Error(`creating the report answered ${created.status}`);
  const report = (await created.json()) as { id: string; versions: { version: number; editedAt: string }[] };
  const draft = report.versions[0];
  if (!draft) throw new Error('the new report has no draft');
  const before = performance.now();
  const published = await fetch(`${baseUrl}/api/v1/praxis-check/reports/${report.id}/versions/${draft.version}/publish`, { method: 'POST', headers, body: JSON.stringify({ editedAt: draft.editedAt }) });
  const publishMs = Math.round(performance.now() - before);
  if (published.status !== 200) throw new Error(`publishing answered ${published.status}`);
  return { path: `/api/v1/reports/praxis-check?format=pdf&report=${report.id}&version=${draft.version}`, publishMs };
}

export async function runSteering(adminUrl: string, options: { cases: number; seed: string; load: LoadOptions; log: (message: string) => void }): Promise<SteeringResult> {
  const database = await createBenchDatabase(adminUrl);
  if ('unreachable' in database) return { skipped: `PostgreSQL unreachable (${database.unreachable})` };
  const client = new pg.Client({ connectionString: database.url });
  try {
    options.log(`steering: demo region, then ${options.cases.toLocaleString('en')} generated cases…`);
    await lotse(['seed', '--demo'], database.url);
    const startedAt = performance.now();
    const generated = JSON.parse(await lotse(['generate', '--cases', String(options.cases), '--seed', options.seed, '--json'], database.url)) as Record<string, number>;
    const wallMs = Math.round(performance.now() - startedAt);
    await client.connect();
    await client.query('VACUUM ANALYZE');
    options.log('steering: rebuilding the fact tables…');
    const refreshStartedAt = performance.now();
    await lotse(['stats', 'refresh'], database.url);
    const refreshMs = Math.round(performance.now() - refreshStartedAt);
    await client.query('ANALYZE');
    const factRows: Record<string, number> = {};
    for (const table of ['stats_cases', 'stats_stage_visits', 'stats_referrals', 'stats_procedure_steps', 'stats_obstacles']) {
      factRows[table] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n ?? 0;
    }
    const variants = await filterVariants(client);
    const pathsOf = (prefix: string, view: string) => variants.map((variant) => `${prefix}/${view}${variant ? `?${variant}` : ''}`);
    const load = { ...options.load, connections: Math.min(options.load.connections, CONNECTIONS) };

    options.log('steering: the app…');
    const appEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', LOTSE_DEMO: '1', DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1' };
    Object.assign(appEnv, { LOTSE_LOGIN_RATE_LIMIT: '10000', LOTSE_WEB_BUILD: 'never', DATABASE_POOL_SIZE: String(POOL_SIZE) });
    delete appEnv.LOTSE_DATA_DIR;
    const app = await withServer(startChildServer('app-server.ts', [], appEnv), async (server) => {
      const login = await signInAs(server.url, STEERING);
      const { cookie } = login;
      const measured: Record<string, RotatingSummary> = {};
      for (const view of views) {
        const paths = pathsOf('/api/v1/stats', view);
        await expectOk(`${server.url}${paths[0]}`, { cookie });
        measured[view] = await measureRotating(server, paths, { ...load, headers: { cookie } });
      }
      let pdf: Extract<SteeringResult, { cases: number }>['pdf'];
      try {
        const { path: pdfPath, publishMs } = await publishedReport(server.url, login);
        const times: number[] = [];
        let bytes = 0;
        for (let index = 0; index < PDF_RUNS; index += 1) {
          const before = performance.now();
          const response = await fetch(`${server.url}${pdfPath}`, { headers: { cookie } });
          bytes = (await response.arrayBuffer()).byteLength;
          if (response.status !== 200) throw new Error(`the PDF answered ${response.status}`);
          times.push(performance.now() - before);
        }
        times.sort((a, b) => a - b);
        pdf = { runs: PDF_RUNS, publishMs, medianMs: Math.round(times[Math.floor(times.length / 2)] ?? 0), maxMs: Math.round(times.at(-1) ?? 0), bytes };
      } catch (error) {
        pdf = { skipped: error instanceof Error ? error.message : String(error) };
      }
      return { measured, pdf };
    });

    options.log('steering: the same SQL with bare pg (ceiling)…');
    const ceiling = await withServer(startChildServer('steering-ceiling.ts', [database.url, String(POOL_SIZE)], process.env), async (server) => {
      const measured: Record<string, RotatingSummary> = {};
      for (const view of views) {
        const paths = pathsOf('/stats', view);
        for (const path of paths) await expectOk(`${server.url}${path}`);
        measured[view] = await measureRotating(server, paths, load);
      }
      return measured;
    });

    const results: SteeringViewResult[] = views.map((view) => {
      const a = app.measured[view]!;
      const c = ceiling[view]!;
      return { view, app: a, ceiling: c, p95Ratio: c.latencyMs.p95 > 0 ? round(a.latencyMs.p95 / c.latencyMs.p95) : 0 };
    });
    const worst = Math.max(...results.map((result) => result.app.latencyMs.p95));
    const failures = results.reduce((sum, result) => sum + result.app.failures, 0);
    const checks: SteeringCheck[] = [
      { name: 'slowest dashboard p95', value: worst, limit: '< 300 ms', pass: worst < 300 },
      { name: 'failed requests', value: failures, limit: '= 0', pass: failures === 0 },
    ];
    if ('maxMs' in app.pdf) {
      checks.push({ name: 'Praxis-Check PDF (slowest)', value: app.pdf.maxMs, limit: '< 5000 ms', pass: app.pdf.maxMs < 5000 });
      checks.push({ name: 'Praxis-Check publishing with its figures', value: app.pdf.publishMs, limit: '< 5000 ms', pass: app.pdf.publishMs < 5000 });
    }
    const { durationMs: _duration, seed: _seed, historyUntil: _until, referencesChecked: _checked, ...rows } = generated;
    return { cases: options.cases, connections: load.connections, generation: { wallMs, rows }, refreshMs, factRows, views: results, pdf: app.pdf, checks };
  } finally {
    await client.end().catch(() => undefined);
    await database.drop();
  }
}

export function formatSteering(result: SteeringResult): string {
  if ('skipped' in result) return `steering: skipped (${result.skipped})`;
  const lines = [
    `steering dashboards — ${result.cases.toLocaleString('en')} cases on PostgreSQL, ${result.connections} connections`,
    `  generation ${(result.generation.wallMs / 1000).toFixed(0)} s; fact rebuild ${(result.refreshMs / 1000).toFixed(1)} s (${Object.entries(result.factRows).map(([table, n]) => `${table} ${n.toLocaleString('en')}`).join(', ')})`,
    '  view                  app p50 / p95 / p99 ms        bare SQL p50 / p95 / p99 ms    p95 app ÷ SQL',
  ];
  for (const view of result.views) {
    const a = view.app.latencyMs;
    const c = view.ceiling.latencyMs;
    lines.push(`  ${view.view.padEnd(21)} ${`${a.p50} / ${a.p95} / ${a.p99}`.padEnd(29)} ${`${c.p50} / ${c.p95} / ${c.p99}`.padEnd(30)} ${view.p95Ratio}`);
  }
  lines.push('maxMs' in result.pdf ? `  Praxis-Check: publishing (figures frozen) ${result.pdf.publishMs} ms; PDF median ${result.pdf.medianMs} ms, slowest ${result.pdf.maxMs} ms of ${result.pdf.runs} (${Math.round(result.pdf.bytes / 1024)} KiB)` : `  Praxis-Check PDF: skipped (${result.pdf.skipped})`);
  for (const check of result.checks) lines.push(`  ${check.pass ? '✓' : '✗'} ${check.name}: ${check.value} (${check.limit})`);
  return lines.join('\n');
}
