import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkGraphResponse, NetworkReferralEdge } from '../../src/contract/network-graph';
import type { Clock } from '../../src/server/clock';
import { seedDemoRegion } from '../../src/server/commands/seed-demo-region';
import { seedDemoReferrals } from '../../src/server/commands/seed-demo-referrals';
import { databaseKinds, sqlRows } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';
import { testConfig } from '../support/test-config';

const clock: Clock = { now: () => new Date('2026-12-01T10:00:00+01:00') };
type ErrorBody = { error: { code: string; fields?: Record<string, string> } };

/** Every count in the answer: node activity and referral edge counts. */
function countsOf(graph: NetworkGraphResponse) {
  return [...graph.nodes.map((node) => node.activity), ...graph.edges.flatMap((edge) => (edge.type === 'referrals' ? [edge.count] : []))];
}

describe.each(databaseKinds())('the network graph on %s', (kind) => {
  let t: TestApp;
  let steering: SignedInClient;
  let slugOf: Map<string, string>;
  const graph = async (query = '', client: SignedInClient | null = steering) =>
    t.app.inject({ method: 'GET', url: `/api/v1/network/graph${query}`, headers: client ? { cookie: client.cookie } : {} });
  const ok = async (query = '') => {
    const response = await graph(query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as NetworkGraphResponse;
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock });
    // A first start: demo cases, then the demo referral flows between the organisations.
    await seedDemoRegion({ db: t.database.db, clock, config: testConfig(), actor: null, requestId: null });
    steering = await t.signIn('steering@demo.example');
    const rows = await sqlRows<{ id: string; slug: string }>(t.database, sql`SELECT id, slug FROM organisations`);
    slugOf = new Map(rows.map((row) => [row.id, row.slug]));
  }, 120_000);
  afterAll(() => t.close());

  it('shows the organisations, the declared agreements and the referral flows of the last 12 months', async () => {
    const answer = await ok();
    expect(answer.period).toEqual({ from: '2025-12-02', to: '2026-12-01' });
    const [{ n: organisations } = { n: 0 }] = await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM organisations WHERE is_active`);
    expect(answer.nodes).toHaveLength(organisations);
    const mannheim = answer.nodes.find((node) => slugOf.get(node.id) === 'abh-mannheim');
    expect(mannheim).toMatchObject({ kind: 'abh', kindName: { de: 'Ausländerbehörde' }, land: 'BW', landName: { de: 'Baden-Württemberg' } });

    const agreement = answer.edges.find((edge) => edge.type === 'agreement' && edge.title.startsWith('Kooperationsvereinbarung beschleunigtes'));
    expect(agreement).toMatchObject({ type: 'agreement', topic: 'accelerated_procedure', topicName: { de: 'Beschleunigtes Fachkräfteverfahren' }, validFrom: '2024-03-01', validTo: null });
    expect(agreement && [slugOf.get(agreement.source), slugOf.get(agreement.target)].sort()).toEqual(['abh-mannheim', 'welcome-center']);
    // Ended before the period: not drawn.
    expect(answer.edges.some((edge) => edge.type === 'agreement' && edge.title.includes('(Rheinland-Pfalz)'))).toBe(false);
  });

  it('counts the referrals of each pair as the database holds them, suppressing 1 to 4', async () => {
    const answer = await ok();
    const expected = await sqlRows<{ from_id: string; to_id: string; n: number }>(
      t.database,
      sql`SELECT from_organisation_id AS from_id, to_organisation_id AS to_id, count(*)::int AS n FROM referrals
        WHERE created_at >= '2025-12-02T00:00:00+01:00' AND created_at < '2026-12-02T00:00:00+01:00' GROUP BY 1, 2`,
    );
    const referralEdges = answer.edges.filter((edge): edge is NetworkReferralEdge => edge.type === 'referrals');
    expect(referralEdges).toHaveLength(expected.length);
    for (const row of expected) {
      const edge = referralEdges.find((candidate) => candidate.source === row.from_id && candidate.target === row.to_id);
      if (row.n < 5) expect(edge, `${slugOf.get(row.from_id)} → ${slugOf.get(row.to_id)}`).toMatchObject({ count: { value: null, suppressed: true }, medianAnswerHours: null, shareOnTime: null });
      else expect(edge?.count).toEqual({ value: row.n, suppressed: false });
    }
    expect(referralEdges.some((edge) => edge.count.suppressed)).toBe(true);
    const shown = referralEdges.filter((edge) => !edge.count.suppressed);
    expect(shown.length).toBeGreaterThan(2);
    const welcomeToIq = shown.find((edge) => slugOf.get(edge.source) === 'welcome-center' && slugOf.get(edge.target) === 'iq-rhein-neckar');
    expect(welcomeToIq?.medianAnswerHours).toBeGreaterThan(0);
    expect(welcomeToIq?.shareOnTime).toBeGreaterThan(0);
    expect(welcomeToIq?.shareOnTime).toBeLessThanOrEqual(1);
  });

  it('never lets a count from 1 to 4 leave the server, in any period or filter', async () => {
    const queries = ['', '?from=2025-01-01&to=2026-12-01', '?from=2026-06-01&to=2026-06-30', '?kind=iq', '?land=RP', '?from=2024-12-01&to=2025-12-01', '?topic=recognition'];
    for (const query of queries) {
      const answer = await ok(query);
      for (const count of countsOf(answer)) {
        if (count.suppressed) expect(count.value, query).toBeNull();
        else expect(count.value === 0 || (count.value ?? 0) >= 5, `${query}: ${JSON.stringify(count)}`).toBe(true);
      }
      for (const edge of answer.edges) {
        if (edge.type === 'referrals' && edge.count.suppressed) expect([edge.medianAnswerHours, edge.shareOnTime]).toEqual([null, null]);
      }
    }
  });

  it('filters by kind, Land and topic', async () => {
    const iq = await ok('?kind=iq');
    const iqIds = new Set(iq.nodes.filter((node) => node.kind === 'iq').map((node) => node.id));
    expect(iqIds.size).toBeGreaterThan(0);
    expect(iq.edges.length).toBeGreaterThan(0);
    expect(iq.edges.every((edge) => iqIds.has(edge.source) || iqIds.has(edge.target))).toBe(true);

    const rp = await ok('?land=RP');
    const rpIds = new Set(rp.nodes.filter((node) => node.land === 'RP').map((node) => node.id));
    expect(rp.edges.every((edge) => rpIds.has(edge.source) || rpIds.has(edge.target))).toBe(true);

    const recognition = await ok('?topic=recognition&kind=');
    const agreements = recognition.edges.filter((edge) => edge.type === 'agreement');
    expect(agreements.length).toBeGreaterThan(0);
    expect(agreements.every((edge) => edge.topic === 'recognition')).toBe(true);
  });

  it('answers an empty period with a graph without edges', async () => {
    const answer = await ok('?from=2001-01-01&to=2001-12-31');
    expect(answer.period).toEqual({ from: '2001-01-01', to: '2001-12-31' });
    expect(answer.edges).toEqual([]);
    expect(answer.nodes.every((node) => node.activity.value === 0)).toBe(true);
  });

  it('refuses bad dates, a reversed period and unknown choices with 400 naming the field', async () => {
    for (const [query, field] of [
      ['?from=2026-13-01', 'query.from'],
      ['?to=yesterday', 'query.to'],
      ['?from=2026-06-01&to=2026-05-01', 'query.from'],
      ['?kind=bakery', 'query.kind'],
      ['?land=XX', 'query.land'],
      ['?topic=%00', 'query.topic'],
      ['?from=1899-01-01', 'query.from'],
    ] as const) {
      const response = await graph(query);
      expect(response.statusCode, query).toBe(400);
      expect(Object.keys((response.json() as ErrorBody).error.fields ?? {}), query).toContain(field);
    }
  });

  it('is for staff only', async () => {
    expect((await graph('', null)).statusCode).toBe(401);
    for (const email of ['applicant@demo.example', 'employer@demo.example']) {
      expect((await graph('', await t.signIn(email))).statusCode, email).toBe(403);
    }
    for (const email of ['partner@demo.example', 'caseworker@demo.example', 'editor@demo.example']) {
      expect((await graph('', await t.signIn(email))).statusCode, email).toBe(200);
    }
  });

  it('writes the demo flows only once', async () => {
    const before = await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM referrals`);
    expect(await seedDemoReferrals({ db: t.database.db, clock, config: testConfig(), actor: null, requestId: null }, { seed: 'demo-region' })).toEqual({ referrals: 0 });
    expect(await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM referrals`)).toEqual(before);
  });
});
