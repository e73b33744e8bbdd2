import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/server/clock';
import { DEMO_CASES, seedDemoRegion } from '../../src/server/commands/seed-demo-region';
import { DEMO_APPLICANT } from '../../src/server/generate/demo-applicant';
import { call, createCase } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { createTestApp, type TestApp } from '../support/test-app';
import { testConfig } from '../support/test-config';

const clock: Clock = { now: () => new Date('2026-03-02T10:00:00+01:00') };

describe.each(databaseKinds())('the demo seed’s synthetic cases on %s', (kind) => {
  let t: TestApp;
  const seed = () => seedDemoRegion({ db: t.database.db, clock, config: testConfig(), actor: null, requestId: null });
  const caseCount = async () => (await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM cases`))[0]?.n;
  beforeAll(async () => {
    // The test template is seeded without cases; this seeds the cases on top, as a first start would.
    t = await createTestApp(kind, { clock });
  });
  afterAll(() => t.close());

  it('adds a few hundred cases and the applicant’s own once; seeding again adds none', async () => {
    expect(await seed()).toMatchObject({ cases: DEMO_CASES + 1 });
    expect(await caseCount()).toBe(DEMO_CASES + 1);
    expect(await seed()).toMatchObject({ cases: 0 });
    expect(await caseCount()).toBe(DEMO_CASES + 1);
    const runs = await sqlRows(t.database, sql`SELECT seq FROM audit_log WHERE action = 'system.cases_generated'`);
    expect(runs).toHaveLength(1);
  });

  it('gives the demo applicant a case at ABH Mannheim, navigated by the demo navigator', async () => {
    const [applicantCase] = await sqlRows<{ id: string; owner: string; navigator: string; stage: string; contact: { email?: string } }>(
      t.database,
      sql`SELECT c.id, o.slug AS owner, u.email AS navigator, c.stage, p.contact
        FROM case_persons p JOIN cases c ON c.id = p.case_id JOIN organisations o ON o.id = c.owner_organisation_id
        JOIN users u ON u.id = c.navigator_user_id
        WHERE p.relation = 'main' AND p.given_name = ${DEMO_APPLICANT.givenName} AND p.family_name = ${DEMO_APPLICANT.familyName}`,
    );
    expect(applicantCase).toMatchObject({ owner: 'abh-mannheim', navigator: 'navigator@demo.example', contact: { email: 'applicant@demo.example' } });
    const navigator = await t.signIn('navigator@demo.example');
    const page = await call(t, navigator, 'GET', `/api/v1/cases/${applicantCase?.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ person: { givenName: 'Amara', familyName: 'Okonkwo-Demo', citizenship: 'NGA' } });
  });

  it('leaves a database that already has cases alone', async () => {
    const other = await createTestApp(kind, { clock });
    try {
      await createCase(other, await other.signIn('caseworker@demo.example'));
      const result = await seedDemoRegion({ db: other.database.db, clock, config: testConfig(), actor: null, requestId: null });
      expect(result.cases).toBe(0);
      expect((await sqlRows<{ n: number }>(other.database, sql`SELECT count(*)::int AS n FROM cases`))[0]?.n).toBe(1);
    } finally {
      await other.close();
    }
  });
});
