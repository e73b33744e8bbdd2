import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseListResponse } from '../../src/contract/cases';
import { canTransition, journeyStages, type JourneyStage } from '../../src/domain/journey/index';
import type { Clock } from '../../src/server/clock';
import { generateCases, type GenerateCasesResult } from '../../src/server/commands/generate-cases';
import { verifyAuditChain } from '../../src/server/commands/verify-audit-chain';
import type { DatabaseHandle } from '../../src/server/db/client';
import { call, createCase } from '../support/cases';
import { databaseKinds, openTestDatabase, sqlRows } from '../support/databases';
import { createTestApp, type TestApp } from '../support/test-app';
import { testConfig } from '../support/test-config';

// A fixed instant: "same seed and count → same rows" holds for the same day (the history ends yesterday).
const clock: Clock = { now: () => new Date('2026-03-02T10:00:00+01:00') };
const contextOf = (handle: DatabaseHandle) => ({ db: handle.db, clock, config: testConfig(), actor: null, requestId: null });

async function generate(handle: DatabaseHandle, cases: number, seed: string): Promise<GenerateCasesResult> {
  const result = await generateCases(contextOf(handle), { cases, seed });
  if ('skipped' in result) throw new Error('unexpectedly skipped');
  return result;
}

const tables = [
  'cases',
  'case_persons',
  'case_organisations',
  'case_tasks',
  'case_obstacles',
  'case_events',
  'accelerated_procedures',
  'procedure_steps',
  'case_qualifications',
];

/**
 * A digest of every generated row, ids included. Organisations and demo accounts are created with
 * random ids by the seed, so their ids are replaced by slug and e-mail; everything the generator
 * writes, the generated staff accounts among it, is compared as it is.
 */
async function digestOf(handle: DatabaseHandle): Promise<string> {
  const keys = new Map<string, string>();
  for (const row of await sqlRows<{ id: string; slug: string }>(handle, sql`SELECT id, slug FROM organisations`)) keys.set(row.id, `org:${row.slug}`);
  const demoAccounts = await sqlRows<{ id: string; email: string }>(handle, sql`SELECT id, email FROM users WHERE email LIKE '%@demo.example'`);
  for (const row of demoAccounts) keys.set(row.id, `user:${row.email}`);
  const replace = (_key: string, value: unknown) => (typeof value === 'string' ? (keys.get(value) ?? value) : value);
  const hash = createHash('sha256');
  const staff = sql`SELECT id, email, name, roles, organisation_id FROM users WHERE email LIKE '%@generated.example'`;
  for (const [name, query] of [...tables.map((table) => [table, sql.raw(`SELECT * FROM ${table}`)] as const), ['staff', staff] as const]) {
    const lines = (await sqlRows<Record<string, unknown>>(handle, query)).map((row) => JSON.stringify(row, replace)).sort();
    hash.update(`${name}:${lines.length}\n${lines.join('\n')}\n`);
  }
  return hash.digest('hex');
}

describe.each(databaseKinds())('synthetic cases on %s', (kind) => {
  describe('determinism', () => {
    const handles: DatabaseHandle[] = [];
    beforeAll(async () => {
      handles.push(await openTestDatabase(kind), await openTestDatabase(kind), await openTestDatabase(kind));
    });
    afterAll(() => Promise.all(handles.map((handle) => handle.close())));

    it('writes identical rows, ids included, for the same count and seed into two fresh databases', async () => {
      const [first, second, third] = handles as [DatabaseHandle, DatabaseHandle, DatabaseHandle];
      const results = [await generate(first, 300, 'same'), await generate(second, 300, 'same')];
      expect(results[0]).toEqual({ ...results[1], durationMs: results[0]?.durationMs });
      const digest = await digestOf(first);
      expect(await digestOf(second)).toBe(digest);
      await generate(third, 300, 'other');
      expect(await digestOf(third)).not.toBe(digest);
    });

    it('keeps the ids of a second run apart (same seed, same database)', async () => {
      const [first] = handles as [DatabaseHandle];
      await generate(first, 50, 'same');
      const [counted] = await sqlRows<{ cases: number; references: number }>(
        first,
        sql`SELECT count(*)::int AS cases, count(DISTINCT reference)::int AS "references" FROM cases`,
      );
      expect(counted).toEqual({ cases: 350, references: 350 });
    });
  });

  describe('contents, and the app reading them', () => {
    let t: TestApp;
    let result: GenerateCasesResult;
    beforeAll(async () => {
      t = await createTestApp(kind, { clock });
      result = await generate(t.database, 300, 'contents');
    });
    afterAll(() => t.close());

    const rows = <T>(query: ReturnType<typeof sql>) => sqlRows<T>(t.database, query);

    it('spreads 300 cases over every journey stage, closed included', async () => {
      const counts = await rows<{ stage: string; n: number }>(sql`SELECT stage, count(*)::int AS n FROM cases GROUP BY stage`);
      const byStage = Object.fromEntries(counts.map((row) => [row.stage, row.n]));
      for (const stage of journeyStages) expect(byStage[stage], stage).toBeGreaterThan(0);
      expect(counts.reduce((sum, row) => sum + row.n, 0)).toBe(300);
      expect(result).toMatchObject({ cases: 300, referencesChecked: true, historyUntil: '2026-03-01' });
    });

    it('writes a history the domain allows: one main person per case, stage moves from the transition table, nothing after yesterday', async () => {
      const [shape] = await rows<{ mains: number; families: number; late: number; created: number }>(sql`SELECT
        (SELECT count(*)::int FROM case_persons WHERE relation = 'main') AS mains,
        (SELECT count(DISTINCT case_id)::int FROM case_persons WHERE relation <> 'main') AS families,
        (SELECT count(*)::int FROM case_events WHERE at >= '2026-03-02T00:00:00+01:00') AS late,
        (SELECT count(*)::int FROM case_events WHERE type = 'created') AS created`);
      expect(shape).toMatchObject({ mains: 300, late: 0, created: 300 });
      // About 40 % have family members.
      expect(shape?.families).toBeGreaterThan(80);
      expect(shape?.families).toBeLessThan(160);
      const moves = await rows<{ data: { from: JourneyStage; to: JourneyStage; closeReason?: string } }>(
        sql`SELECT data FROM case_events WHERE type IN ('stage_changed', 'member_stage_changed')`,
      );
      expect(moves.length).toBeGreaterThan(300);
      for (const { data } of moves) expect(canTransition(data.from, data.to), `${data.from} → ${data.to}`).toBe(true);
      const mismatched = await rows(sql`SELECT c.id FROM cases c JOIN case_persons p ON p.case_id = c.id AND p.relation = 'main'
        WHERE p.stage <> c.stage OR c.updated_at < c.created_at`);
      expect(mismatched).toEqual([]);
    });

    it('has open, overdue and done tasks, resolved and open obstacles, and §81a procedures with steps in time and late', async () => {
      const [tasks] = await rows<{ open: number; overdue: number; done: number }>(sql`SELECT
        count(*) FILTER (WHERE status = 'open')::int AS open,
        count(*) FILTER (WHERE status = 'open' AND due_on < '2026-03-02')::int AS overdue,
        count(*) FILTER (WHERE status = 'done')::int AS done FROM case_tasks`);
      expect(tasks?.open).toBeGreaterThan(tasks?.overdue ?? 0);
      expect(tasks?.overdue).toBeGreaterThan(0);
      expect(tasks?.done).toBeGreaterThan(0);
      const [obstacles] = await rows<{ resolved: number; standing: number }>(sql`SELECT
        count(resolved_at)::int AS resolved, (count(*) - count(resolved_at))::int AS standing FROM case_obstacles`);
      expect(obstacles?.resolved).toBeGreaterThan(0);
      expect(obstacles?.standing).toBeGreaterThan(0);
      const [steps] = await rows<{ procedures: number; inTime: number; late: number; open: number }>(sql`SELECT
        count(DISTINCT procedure_id)::int AS procedures,
        count(*) FILTER (WHERE completed_on <= due_on)::int AS "inTime",
        count(*) FILTER (WHERE completed_on > due_on)::int AS late,
        count(*) FILTER (WHERE status = 'open')::int AS open FROM procedure_steps`);
      expect(steps?.procedures).toBe(result.procedures);
      expect(steps?.procedures).toBeGreaterThan(0);
      expect(steps?.inTime).toBeGreaterThan(steps?.late ?? 0);
      expect(steps?.late).toBeGreaterThan(0);
      expect(steps?.open).toBeGreaterThan(0);
    });

    it('spreads four years of history with seasons, and ABH Ludwigshafen as the bottleneck of its stages', async () => {
      const [span] = await rows<{ first: string; spring: number; august: number }>(sql`SELECT min(created_at)::date::text AS first,
        count(*) FILTER (WHERE extract(month FROM created_at) IN (3, 4, 10))::int AS spring,
        count(*) FILTER (WHERE extract(month FROM created_at) IN (7, 8, 12))::int AS august FROM cases`);
      expect((span?.first ?? '') < '2022-06-01').toBe(true);
      expect(span?.spring).toBeGreaterThan(1.5 * (span?.august ?? 0));
      // Days from entering the visa or residence-permit stage to moving on, by the responsible authority.
      const durations = await rows<{ bottleneck: boolean; median: number; n: number }>(sql`WITH moves AS (
          SELECT case_id, at, data->>'from' AS stage, data->>'to' AS next, lag(at) OVER (PARTITION BY case_id ORDER BY at, id) AS entered
          FROM case_events WHERE type IN ('created', 'stage_changed'))
        SELECT o.slug = 'abh-ludwigshafen' AS bottleneck, count(*)::int AS n,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM m.at - m.entered) / 86400)::float AS median
        FROM moves m JOIN cases c ON c.id = m.case_id JOIN organisations o ON o.id = c.owner_organisation_id
        WHERE o.kind = 'abh' AND m.stage IN ('visa_procedure', 'residence_permit') AND m.next <> 'closed' GROUP BY 1`);
      const of = (bottleneck: boolean) => durations.find((row) => row.bottleneck === bottleneck);
      expect(of(true)?.n).toBeGreaterThanOrEqual(5);
      expect(of(true)?.median).toBeGreaterThan(1.3 * (of(false)?.median ?? Infinity));
    });

    it('gives welcome-centre cases their authority, recognition paths a qualification, and `other` obstacles a text', async () => {
      const authorities = await rows<{ owner: string; kind: string; stage: string }>(sql`SELECT owner.kind AS owner, o.kind, c.stage
        FROM case_organisations co JOIN organisations o ON o.id = co.organisation_id JOIN cases c ON c.id = co.case_id
        JOIN organisations owner ON owner.id = c.owner_organisation_id WHERE co.role = 'authority'`);
      expect(authorities.length).toBeGreaterThan(5);
      expect(authorities.every((row) => row.owner === 'welcome_center' && row.kind === 'abh')).toBe(true);
      const withoutAuthority = await rows(sql`SELECT c.id FROM cases c JOIN organisations owner ON owner.id = c.owner_organisation_id
        WHERE owner.kind = 'welcome_center' AND c.stage IN ('visa_procedure', 'entry', 'residence_permit', 'integration')
        AND NOT EXISTS (SELECT 1 FROM case_organisations co WHERE co.case_id = c.id AND co.role = 'authority')`);
      expect(withoutAuthority).toEqual([]);

      const qualifications = await rows<{ outcome: string; decided: boolean; kldb: string | null; body: string | null; main: boolean; country: string; citizenship: string }>(
        sql`SELECT q.outcome, q.decided_on IS NOT NULL AS decided, q.reference_kldb AS kldb, b.kind AS body, p.relation = 'main' AS main, q.country, p.citizenship
        FROM case_qualifications q JOIN case_persons p ON p.id = q.person_id LEFT JOIN organisations b ON b.id = q.body_organisation_id`,
      );
      const outcomes = new Set(qualifications.map((row) => row.outcome));
      for (const outcome of ['pending', 'full', 'partial']) expect(outcomes.has(outcome), outcome).toBe(true);
      expect(qualifications.every((row) => row.main && row.decided === (row.outcome !== 'pending'))).toBe(true);
      expect(qualifications.every((row) => row.body === null || row.body === 'recognition_body')).toBe(true);
      expect(qualifications.filter((row) => row.kldb !== null && /^\d{5}$/.test(row.kldb)).length).toBe(qualifications.length);
      expect(qualifications.filter((row) => row.country === row.citizenship).length).toBeGreaterThan(0.75 * qualifications.length);

      const [obstacles] = await rows<{ other: number; described: number; notes: number }>(sql`SELECT
        count(*) FILTER (WHERE category = 'other')::int AS other,
        count(*) FILTER (WHERE category = 'other' AND text IS NOT NULL)::int AS described,
        count(*) FILTER (WHERE category <> 'other' AND text IS NOT NULL)::int AS notes FROM case_obstacles`);
      expect(obstacles?.other).toBeGreaterThan(0);
      expect(obstacles?.described).toBe(obstacles?.other);
      expect(obstacles?.notes).toBeGreaterThan(0);
    });

    it('audits the run as one entry, keeps the chain intact and the reference sequence ahead', async () => {
      const entries = await rows<{ details: Record<string, unknown> }>(sql`SELECT details FROM audit_log WHERE action = 'system.cases_generated'`);
      expect(entries).toHaveLength(1);
      expect(entries[0]?.details).toMatchObject({ requested: 300, seed: 'contents', cases: 300 });
      expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
      const caseworker = await t.signIn('caseworker@demo.example');
      const created = await createCase(t, caseworker);
      expect(Number(created.reference.slice(-6))).toBe(301);
    });

    it('serves the filtered list and the case page to a case worker of ABH Mannheim', async () => {
      const caseworker = await t.signIn('caseworker@demo.example');
      const list = await call(t, caseworker, 'GET', '/api/v1/cases?stage=visa_procedure&page=1');
      expect(list.statusCode).toBe(200);
      const body = list.json() as CaseListResponse;
      expect(body.total).toBeGreaterThan(0);
      expect(body.items.every((item) => item.stage === 'visa_procedure')).toBe(true);
      for (const item of body.items.slice(0, 5)) {
        const page = await call(t, caseworker, 'GET', `/api/v1/cases/${item.id}`);
        expect(page.statusCode).toBe(200);
        expect((page.json() as { timeline: unknown[] }).timeline.length).toBeGreaterThan(0);
      }
    });
  });
});
