import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { DataCategory } from '../../src/domain/consent/vocabulary';
import { recordAudit } from '../../src/server/audit/record-audit';
import { systemClock } from '../../src/server/clock';
import type { Actor, CommandContext } from '../../src/server/commands/context';
import { getReferredCase } from '../../src/server/commands/get-referred-case';
import { seedDemoRegion } from '../../src/server/commands/seed-demo-region';
import { loadConfig } from '../../src/server/config';
import { openDatabase, type DatabaseHandle } from '../../src/server/db/client';
import { loadReferredCase } from '../../src/server/db/repositories/referred-case.repository';
import { buildApp } from '../../src/server/http/app';

/**
 * The consent check's cost on the recipient's case read (issue #5: "< 1 ms at the median"): the
 * same read of a referred case, in-process, once through `getReferredCase` (consent check: one
 * query for referral and consent, the pure coverage decision) and once straight through the same
 * repository reads and audit entry without it. Alternated in one run on one database.
 */
export type ConsentBenchResult = {
  kind: 'pglite' | 'postgres';
  iterations: number;
  withoutCheck: { medianMs: number; p95Ms: number };
  withCheck: { medianMs: number; p95Ms: number };
  addedMedianMs: number;
  meetsTarget: boolean;
};

const BENCH_DATABASE = 'lotse_bench_consent';

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const round = (value: number) => Math.round(value * 1000) / 1000;

async function prepare(handle: DatabaseHandle) {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOTSE_DEMO: '1', LOTSE_LOGIN_RATE_LIMIT: '10000' });
  await handle.migrate();
  await seedDemoRegion({ db: handle.db, clock: systemClock, config, actor: null, requestId: null }, { cases: false });
  // The setup goes through the real HTTP API (consent, form, referral); only the measurement is in-process.
  const app = await buildApp({ config, database: handle, clock: systemClock, version: 'bench' }, { logger: false });
  const signIn = async (email: string) => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'demo' } });
    const cookies = Object.fromEntries(response.cookies.map((cookie) => [cookie.name, cookie.value]));
    return { headers: { cookie: `lotse_session=${cookies.lotse_session}; lotse_csrf=${cookies.lotse_csrf}`, 'x-csrf-token': cookies.lotse_csrf ?? '' }, user: response.json().user as { id: string; email: string; name: string; roles: string[]; organisationId: string } };
  };
  const navigator = await signIn('navigator@demo.example');
  const partner = await signIn('partner@demo.example');
  const post = async (url: string, payload: unknown, headers = navigator.headers) => {
    const response = await app.inject({ method: 'POST', url, headers, payload: payload as object });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json() as { id: string; person?: { id: string } };
  };
  const created = await post('/api/v1/cases', { person: { givenName: 'Bench', familyName: 'Person', birthDate: '1990-01-01', citizenship: 'IND', contact: { email: 'bench@example.org' } } });
  const iq = ((await app.inject({ method: 'GET', url: '/api/v1/organisations?kind=iq' })).json().items as { id: string }[])[0]?.id ?? '';
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
  const upload = await app.inject({ method: 'POST', url: `/api/v1/cases/${created.id}/documents?fileName=form.pdf`, headers: { ...navigator.headers, 'content-type': 'application/pdf' }, payload: pdf });
  const categories: DataCategory[] = ['identity', 'contact', 'qualification', 'employment', 'family', 'documents'];
  const consent = await post(`/api/v1/cases/${created.id}/consents`, {
    recipientOrganisationIds: [iq],
    purposes: ['recognition_counselling'],
    dataCategories: categories,
    textVersion: 'consent-text-2026-01',
    formDocumentId: upload.json().id,
  });
  const referral = await post(`/api/v1/cases/${created.id}/referrals`, { toOrganisationId: iq, purpose: 'recognition_counselling', message: 'Bench', consentId: consent.id });
  await app.close();
  const actor: Actor = {
    userId: partner.user.id,
    email: partner.user.email,
    name: partner.user.name,
    roles: ['partner'],
    organisationId: partner.user.organisationId,
    organisation: null,
    locale: 'de',
    authMethod: 'password',
  };
  const ctx: CommandContext = { db: handle.db, clock: systemClock, config, actor, requestId: 'bench' };
  return { ctx, caseId: created.id, personId: created.person?.id ?? '', referralId: referral.id, categories };
}

async function measureOn(kind: 'pglite' | 'postgres', handle: DatabaseHandle, iterations: number): Promise<ConsentBenchResult> {
  const { ctx, caseId, personId, referralId, categories } = await prepare(handle);
  const without = async () =>
    ctx.db.transaction(async (tx) => {
      await loadReferredCase(tx, caseId, personId, categories);
      await recordAudit(tx, ctx, { action: 'case.read_by_recipient', subjectType: 'case', subjectId: caseId, purpose: 'recognition_counselling', details: { referralId, categories } });
    });
  const withCheck = () => getReferredCase(ctx, referralId);
  // Warm-up: JIT, prepared plans, caches.
  for (let index = 0; index < 200; index += 1) {
    await without();
    await withCheck();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    // Alternate the order so neither side always runs on a warmer cache.
    const first = index % 2 === 0;
    for (const side of first ? ['without', 'with'] : ['with', 'without']) {
      const start = performance.now();
      await (side === 'with' ? withCheck() : without());
      (side === 'with' ? b : a).push(performance.now() - start);
    }
  }
  a.sort((x, y) => x - y);
  b.sort((x, y) => x - y);
  const withoutMedian = quantile(a, 0.5);
  const withMedian = quantile(b, 0.5);
  return {
    kind,
    iterations,
    withoutCheck: { medianMs: round(withoutMedian), p95Ms: round(quantile(a, 0.95)) },
    withCheck: { medianMs: round(withMedian), p95Ms: round(quantile(b, 0.95)) },
    addedMedianMs: round(withMedian - withoutMedian),
    meetsTarget: withMedian - withoutMedian < 1,
  };
}

export async function runConsentBench(adminUrl: string, iterations: number, log: (message: string) => void): Promise<ConsentBenchResult[]> {
  const results: ConsentBenchResult[] = [];
  log('consent check: PGlite (in memory)…');
  const pglite = await openDatabase({ kind: 'pglite-memory' });
  try {
    results.push(await measureOn('pglite', pglite, iterations));
  } finally {
    await pglite.close();
  }
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    log(`PostgreSQL unreachable, skipped: ${(error as Error).message}`);
    return results;
  }
  await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  const url = new URL(adminUrl);
  url.pathname = `/${BENCH_DATABASE}`;
  log('consent check: PostgreSQL…');
  const postgres = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  try {
    results.push(await measureOn('postgres', postgres, iterations));
  } finally {
    await postgres.close();
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await admin.end();
  }
  return results;
}

export function formatConsentBench(results: ConsentBenchResult[]): string {
  const lines = ['Consent check on the recipient’s case read (in-process, median of alternating runs)', 'database   | without check | with check | added (median) | target < 1 ms'];
  for (const result of results) {
    lines.push(
      `${result.kind.padEnd(10)} | ${`${result.withoutCheck.medianMs} ms`.padEnd(13)} | ${`${result.withCheck.medianMs} ms`.padEnd(10)} | ${`${result.addedMedianMs} ms`.padEnd(14)} | ${result.meetsTarget ? 'met' : 'MISSED'}`,
    );
  }
  return lines.join('\n');
}
