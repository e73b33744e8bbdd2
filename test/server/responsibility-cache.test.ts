import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponsibilityResponse } from '../../src/contract/network';
import { databaseKinds } from '../support/databases';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The finder keeps the offers in memory per database (src/server/network/active-offers.ts); a
 * change in the tables, made by anyone, must show in the very next answer.
 */
describe.each(databaseKinds())('the responsibility finder’s offers on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const names = async (ags: string, service: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/responsibility?ags=${ags}&service=${service}` });
    expect(response.statusCode).toBe(200);
    return (response.json() as ResponsibilityResponse).organisations.map((organisation) => organisation.name);
  };

  it('follows a deactivated service, a deactivated organisation and a changed capacity at once', async () => {
    const mannheim = '08222000';
    expect(await names(mannheim, 'migration_counselling_adults')).toContain('Migrationsberatung für Erwachsene Mannheim (demo)');

    // The service is switched off by hand (as another instance or an administrator would).
    await t.database.db.execute(sql`UPDATE organisation_services SET is_active = false WHERE service_id = 'migration_counselling_adults'`);
    expect(await names(mannheim, 'migration_counselling_adults')).not.toContain('Migrationsberatung für Erwachsene Mannheim (demo)');
    await t.database.db.execute(sql`UPDATE organisation_services SET is_active = true WHERE service_id = 'migration_counselling_adults'`);
    expect(await names(mannheim, 'migration_counselling_adults')).toContain('Migrationsberatung für Erwachsene Mannheim (demo)');

    // The city's Ausländerbehörde deactivated: nothing regional answers for the city any more.
    await t.database.db.execute(sql`UPDATE organisations SET is_active = false WHERE name = 'Ausländerbehörde Stadt Mannheim'`);
    expect(await names(mannheim, 'residence_permit')).not.toContain('Ausländerbehörde Stadt Mannheim');
    await t.database.db.execute(sql`UPDATE organisations SET is_active = true WHERE name = 'Ausländerbehörde Stadt Mannheim'`);
    expect(await names(mannheim, 'residence_permit')).toEqual(['Ausländerbehörde Stadt Mannheim']);

    // A new capacity is answered at once.
    await t.database.db.execute(sql`UPDATE organisation_services SET capacity = 'closed' WHERE service_id = 'recognition_counselling'`);
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/responsibility?ags=${mannheim}&service=recognition_counselling` });
    expect((response.json() as ResponsibilityResponse).organisations[0]?.offer?.capacity).toBe('closed');
  });
});
