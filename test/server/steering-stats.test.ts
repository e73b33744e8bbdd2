import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsFilterOptions, StatsResponse, StatsTable, StatsValue } from '../../src/contract/steering';
import type { Clock } from '../../src/server/clock';
import { seedDemoRegion } from '../../src/server/commands/seed-demo-region';
import { refreshSteeringFacts } from '../../src/server/commands/steering/refresh-facts';
import { databaseKinds, sqlRows } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';
import { testConfig } from '../support/test-config';

const clock: Clock = { now: () => new Date('2026-12-01T10:00:00+01:00') };
type ErrorBody = { error: { code: string; fields?: Record<string, string> } };

const tableOf = (response: StatsResponse, id: string): StatsTable => {
  const table = response.tables.find((candidate) => candidate.id === id);
  if (!table) throw new Error(`no table ${id}`);
  return table;
};
/** Every published count of every table (cells and totals). */
const countsOf = (response: StatsResponse): StatsValue[] =>
  response.tables.flatMap((table) => {
    const countKeys = table.columns.filter((column) => column.unit === 'count').map((column) => column.key);
    return [...table.rows, ...(table.total ? [table.total] : [])].flatMap((row) => countKeys.map((key) => row.values[key]!));
  });

describe.each(databaseKinds())('the steering figures on %s', (kind) => {
  let t: TestApp;
  let steering: SignedInClient;
  const get = async (url: string, client: SignedInClient | null = steering, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { ...(client ? { cookie: client.cookie } : {}), ...headers } });
  const ok = async (url: string, client: SignedInClient = steering) => {
    const response = await get(url, client);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as StatsResponse;
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    await seedDemoRegion({ db: t.database.db, clock, config: testConfig(), actor: null, requestId: null });
    steering = await t.signIn('steering@demo.example');
  }, 180_000);
  afterAll(() => t.close());

  it('answers the overview with the open cases of the demo region by stage, as the database holds them', async () => {
    const answer = await ok('/api/v1/stats/overview');
    expect(answer.period).toEqual({ from: '2025-12-02', to: '2026-12-01' });
    expect(answer.scope).toEqual({ kind: 'network', organisationName: null });
    expect(answer.asOf).toBe(clock.now().toISOString());
    const byStage = tableOf(answer, 'open-by-stage');
    const expected = await sqlRows<{ stage: string; n: number }>(t.database, sql`SELECT stage, count(*)::int AS n FROM cases WHERE stage <> 'closed' AND created_at <= ${clock.now().toISOString()}::timestamptz GROUP BY 1`);
    for (const row of byStage.rows) {
      const n = expected.find((candidate) => candidate.stage === row.key)?.n ?? 0;
      if (n >= 1 && n <= 4) expect(row.values.cases).toEqual({ value: null, suppressed: true });
      else if (!row.values.cases!.suppressed) expect(row.values.cases!.value).toBe(n);
    }
    expect(byStage.total?.values.cases?.value).toBe(expected.reduce((sum, row) => sum + row.n, 0));
    expect(countsOf(answer).every((value) => value.suppressed || value.value === null || value.value === 0 || value.value >= 5)).toBe(true);
  });
});
