import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { formatCases, runCases, type CasesResult } from './lib/cases-suite';
import { runHello, runPglite, runPostgres, type DatabaseResult } from './lib/database-suite';
import { checksOf, formatReport, ratiosOf, type Report } from './lib/report';
import { measureStartup } from './lib/startup';
import { formatWegweiser, runWegweiser } from './lib/wegweiser-suite';
import { formatConsentBench, runConsentBench } from './lib/consent-suite';
import { formatSearch, runSearch } from './lib/search-suite';
import { formatResponsibility, runResponsibility } from './lib/responsibility-suite';
import { formatSteering, runSteering } from './lib/steering-suite';

/**
 * `npm run bench [-- --duration 10 --connections 50 --only pglite|postgres]`
 *
 * Measures an authenticated GET /api/v1/auth/me against two ceilings on the same machine in the
 * same run (a bare Fastify hello-world and a bare Fastify route doing one primary-key SELECT),
 * on PostgreSQL and on PGlite, plus first start, restart and idle memory of `npm start`.
 * `--cases N` adds the cases bench (N generated cases on PostgreSQL, list and case page against
 * the same SQL with bare pg; off by default, it takes minutes); `--only cases` runs only that.
 * Always exits 0 when it could measure: missed targets are reported, not thrown.
 */
const usage =
  'usage: npm run bench -- [--duration <s>] [--connections <n>] [--only pglite|postgres|cases|consent|search [--documents <n>] [--rate <req/s>] [--pglite-rate <req/s>] [--engine pglite|postgres]] [--skip wegweiser,startup] [--cases <n> [--seed <s>]] [--only responsibility [--finder-rate <req/s>] [--engine pglite|postgres]] [--only steering --cases <n>]';
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
    skip: { type: 'string', default: '' },
    cases: { type: 'string' },
    seed: { type: 'string', default: 'bench' },
    documents: { type: 'string', default: '100000' },
    // The paced search loads each engine is meant for (reasons in bench/lib/search-suite.ts).
    rate: { type: 'string', default: '50' },
    'pglite-rate': { type: 'string', default: '20' },
    engine: { type: 'string' },
    // The responsibility finder's paced load (bench/lib/responsibility-suite.ts).
    'finder-rate': { type: 'string', default: '100' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!Number.isInteger(duration) || duration < 1 || !Number.isInteger(connections) || connections < 1) {
  console.error(`--duration and --connections must be positive integers\n${usage}`);
  process.exit(2);
}
if (values.only !== undefined && !['pglite', 'postgres', 'cases', 'consent', 'search', 'responsibility', 'steering'].includes(values.only)) {
  console.error(`--only must be pglite, postgres, cases, consent, search, responsibility or steering\n${usage}`);
  process.exit(2);
}
const cases = values.cases === undefined ? undefined : Number(values.cases);
if ((cases !== undefined && (!Number.isSafeInteger(cases) || cases < 1 || cases > 10_000_000)) || ((values.only === 'cases' || values.only === 'steering') && cases === undefined)) {
  console.error(`--cases must be a whole number from 1 to 10,000,000 (and is needed with --only cases and --only steering)\n${usage}`);
  process.exit(2);
}

// Exit through process.exit on Ctrl-C so 'exit' handlers stop the servers the bench started.
process.once('SIGINT', () => process.exit(130));

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const load = { connections, duration };
const log = (message: string) => console.error(`· ${message}`);
// Sampled before the bench adds load of its own: a high figure means someone else is busy.
const loadAverageBefore = Math.round((loadavg()[0] ?? 0) * 100) / 100;
const resultsDir = new URL('./results/', import.meta.url);
const runCasesSuite = async (): Promise<CasesResult | undefined> => {
  if (cases === undefined) return undefined;
  const result = await runCases(adminUrl, { cases, seed: values.seed, load, log });
  console.log(`\n${formatCases(result, load)}\n`);
  return result;
};

// `--only consent`: the consent check's cost on the recipient's case read (issue #5), both databases.
if (values.only === 'consent') {
  const consent = await runConsentBench(adminUrl, 2_000, log);
  console.log(`\n${formatConsentBench(consent)}\n`);
  const date = new Date().toISOString();
  const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', loadAverageBefore };
  await mkdir(resultsDir, { recursive: true });
  const file = `${date.slice(0, 19).replace(/:/g, '-')}Z-consent.json`;
  await writeFile(new URL(file, resultsDir), `${JSON.stringify({ date, machine, consent }, null, 2)}\n`);
  console.log(`Results: bench/results/${file}`);
  process.exit(0);
}

// `--only search`: GET /api/v1/search over generated documents and its bare SQL, both databases (issue #6).
if (values.only === 'search') {
  const documents = Number(values.documents);
  const rates = { postgres: Number(values.rate), pglite: Number(values['pglite-rate']) };
  if (!Number.isSafeInteger(documents) || documents < 1 || documents > 10_000_000 || !Object.values(rates).every((rate) => Number.isInteger(rate) && rate >= 1) || (values.engine !== undefined && !['pglite', 'postgres'].includes(values.engine))) {
    console.error(`--documents must be a whole number from 1 to 10,000,000, --rate and --pglite-rate positive whole numbers and --engine pglite or postgres\n${usage}`);
    process.exit(2);
  }
  const engine = values.engine === 'pglite' || values.engine === 'postgres' ? values.engine : undefined;
  const search = await runSearch(adminUrl, { documents, seed: values.seed, load, rates, log, ...(engine ? { only: engine } : {}) });
  console.log(`\n${formatSearch(search, load)}\n`);
  const date = new Date().toISOString();
  const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', loadAverageBefore };
  await mkdir(resultsDir, { recursive: true });
  const file = `${date.slice(0, 19).replace(/:/g, '-')}Z-search.json`;
  await writeFile(new URL(file, resultsDir), `${JSON.stringify({ date, machine, options: { ...load, documents, pacedRates: rates }, search }, null, 2)}\n`);
  console.log(`Results: bench/results/${file}`);
  process.exit(0);
}

// `--only responsibility`: GET /api/v1/responsibility over random places × services and its bare SQL (issue #12).
if (values.only === 'responsibility') {
  const rate = Number(values['finder-rate']);
  if (!Number.isInteger(rate) || rate < 1 || (values.engine !== undefined && !['pglite', 'postgres'].includes(values.engine))) {
    console.error(`--finder-rate must be a positive whole number and --engine pglite or postgres\n${usage}`);
    process.exit(2);
  }
  const engine = values.engine === 'pglite' || values.engine === 'postgres' ? values.engine : undefined;
  const finder = await runResponsibility(adminUrl, { seed: values.seed, rate, duration, log, ...(engine ? { only: engine } : {}) });
  console.log(`\n${formatResponsibility(finder, duration)}\n`);
  const date = new Date().toISOString();
  const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', loadAverageBefore };
  await mkdir(resultsDir, { recursive: true });
  const file = `${date.slice(0, 19).replace(/:/g, '-')}Z-responsibility.json`;
  await writeFile(new URL(file, resultsDir), `${JSON.stringify({ date, machine, options: { duration, pacedRate: rate }, responsibility: finder }, null, 2)}\n`);
  console.log(`Results: bench/results/${file}`);
  process.exit(0);
}

// `--only steering --cases N`: the steering dashboards and the Praxis-Check PDF over N cases against their bare SQL (issue #14).
if (values.only === 'steering' && cases !== undefined) {
  const steering = await runSteering(adminUrl, { cases, seed: values.seed, load, log });
  console.log(`\n${formatSteering(steering)}\n`);
  const date = new Date().toISOString();
  const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', loadAverageBefore, loadAverageAfter: Math.round((loadavg()[0] ?? 0) * 100) / 100 };
  await mkdir(resultsDir, { recursive: true });
  const file = `${date.slice(0, 19).replace(/:/g, '-')}Z-steering.json`;
  await writeFile(new URL(file, resultsDir), `${JSON.stringify({ date, machine, options: { duration, cases }, steering }, null, 2)}\n`);
  console.log(`Results: bench/results/${file}`);
  process.exit(0);
}

if (values.only === 'cases') {
  const result = await runCasesSuite();
  const date = new Date().toISOString();
  const machine = { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', loadAverageBefore };
  await mkdir(resultsDir, { recursive: true });
  const file = `${date.slice(0, 19).replace(/:/g, '-')}Z-cases.json`;
  await writeFile(new URL(file, resultsDir), `${JSON.stringify({ date, machine, options: load, cases: result }, null, 2)}\n`);
  console.log(`Results: bench/results/${file}`);
  process.exit(0);
}

log(`hello-world ceiling (${duration} s)…`);
const hello = await runHello(load);

const databases: DatabaseResult[] = [];
if (values.only !== 'pglite') {
  log('PostgreSQL: /me and the SELECT ceiling in a fresh lotse_bench database…');
  databases.push(await runPostgres(adminUrl, load));
}
if (values.only !== 'postgres') {
  log('PGlite: /me and the SELECT ceiling in fresh data directories…');
  databases.push(await runPglite(load));
}

const skipped = new Set(values.skip.split(',').filter(Boolean));
log('npm start on an empty data dir, then again on the same dir…');
const startup: Report['startup'] = skipped.has('startup')
  ? { failed: 'skipped (--skip startup)' }
  : await measureStartup().catch((error: unknown) => ({ failed: error instanceof Error ? error.message : String(error) }));

log('Wegweiser: the engine on one core, then POST /api/v1/pathways/evaluate…');
const benchEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', LOTSE_WEB_BUILD: 'never' };
delete benchEnv.DATABASE_URL;
const wegweiser = skipped.has('wegweiser') ? undefined : await runWegweiser(load, benchEnv);
const casesResult = await runCasesSuite();

const date = new Date().toISOString();
const report: Report = {
  date,
  machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', loadAverageBefore },
  options: { connections, durationSeconds: duration, warmupSeconds: 2 },
  hello,
  databases: databases.map((result) => ({ ...result, ratios: ratiosOf(result, hello) })),
  startup,
  checks: checksOf(databases, hello, startup),
};

console.log(`\n${formatReport(report)}\n`);
if (wegweiser) console.log(`${formatWegweiser(wegweiser)}\n`);

// One small file per run (named by its time, so several runs a day do not collide) plus latest.json.
await mkdir(resultsDir, { recursive: true });
const json = `${JSON.stringify({ ...report, wegweiser, cases: casesResult }, null, 2)}\n`;
const file = `${date.slice(0, 19).replace(/:/g, '-')}Z.json`;
await writeFile(new URL(file, resultsDir), json);
await writeFile(new URL('latest.json', resultsDir), json);
console.log(`Results: bench/results/${file} and bench/results/latest.json`);
