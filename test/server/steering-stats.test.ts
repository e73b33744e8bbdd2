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


  /** Eight hand-made cases of a new authority in the Saarland, whose figures are known. */
  async function handMadeAuthority(): Promise<string> {
    const [existing] = await sqlRows<{ id: string }>(t.database, sql`SELECT id FROM organisations WHERE slug = 'abh-testhausen'`);
    if (existing) return existing.id;
    const [organisation] = await sqlRows<{ id: string }>(
      t.database,
      sql`INSERT INTO organisations (slug, name, kind, land) VALUES ('abh-testhausen', 'Ausländerbehörde Testhausen', 'abh', 'SL') RETURNING id`,
    );
    const id = organisation!.id;
    for (let index = 0; index < 8; index += 1) {
      const stage = index < 3 ? 'job_matching' : 'recognition';
      const [row] = await sqlRows<{ id: string }>(
        t.database,
        sql`INSERT INTO cases (reference, owner_organisation_id, stage, created_at, updated_at)
          VALUES (${`TH-2026-${index}`}, ${id}::uuid, ${stage}, '2026-03-02T09:00:00Z', '2026-05-01T09:00:00Z') RETURNING id`,
      );
      const caseId = row!.id;
      await sqlRows(
        t.database,
        sql`INSERT INTO case_persons (case_id, relation, given_name, family_name, birth_date, citizenship, created_at)
          VALUES (${caseId}::uuid, 'main', 'Testa', 'Beispiel', '1990-01-01', 'ALB', '2026-03-02T09:00:00Z')`,
      );
      await sqlRows(t.database, sql`INSERT INTO case_events (case_id, type, at, data) VALUES (${caseId}::uuid, 'stage_changed', '2026-04-01T09:00:00Z', '{"from":"information","to":"recognition"}')`);
      if (stage === 'job_matching') {
        await sqlRows(t.database, sql`INSERT INTO case_events (case_id, type, at, data) VALUES (${caseId}::uuid, 'stage_changed', '2026-05-01T09:00:00Z', '{"from":"recognition","to":"job_matching"}')`);
      }
    }
    await refreshSteeringFacts({ db: t.database.db, clock });
    return id;
  }

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
    expect(tableOf(answer, 'open-by-authority').rows.length).toBeGreaterThan(2);
    expect(tableOf(answer, 'cases-per-month').rows).toHaveLength(13);
    expect(tableOf(answer, 'cases-per-month').rows[0]!.label).toEqual({ de: 'Dezember 2025', en: 'December 2025' });
  });

  it('counts hand-made cases exactly, suppresses the small cell and its complement, and names the bottleneck', async () => {
    const authority = await handMadeAuthority();
    const overview = await ok(`/api/v1/stats/overview?authority=${authority}&from=2026-01-01&to=2026-12-01`);
    expect(overview.filters).toEqual([{ key: 'authority', label: { de: 'Ausländerbehörde', en: 'Immigration office' }, value: { de: 'Ausländerbehörde Testhausen', en: 'Ausländerbehörde Testhausen' } }]);
    const byStage = tableOf(overview, 'open-by-stage');
    const cell = (key: string) => byStage.rows.find((row) => row.key === key)!.values.cases;
    // 5 in recognition, 3 in job search: the 3 is suppressed, and with it the 5 (else 8 − 5 = 3).
    expect(cell('job_matching')).toEqual({ value: null, suppressed: true });
    expect(cell('recognition')).toEqual({ value: null, suppressed: true });
    expect(cell('information')).toEqual({ value: 0, suppressed: false });
    expect(byStage.total?.values.cases).toEqual({ value: 8, suppressed: false });
    expect(tableOf(overview, 'cases-per-month').rows.find((row) => row.key === '2026-03')?.values.new).toEqual({ value: 8, suppressed: false });
    expect(tableOf(overview, 'cases-by-family-size').rows[0]?.values.cases).toEqual({ value: 8, suppressed: false });
    expect(tableOf(overview, 'open-by-authority').rows.map((row) => row.label.de)).toEqual(['Ausländerbehörde Testhausen']);

    const durations = await ok(`/api/v1/stats/stage-durations?land=SL&countryGroup=western_balkans&from=2026-01-01&to=2026-12-01`);
    const byStageDurations = tableOf(durations, 'duration-by-stage');
    const information = byStageDurations.rows.find((row) => row.key === 'information')!;
    // Eight stays in information ended after 30 days, three in recognition: the 3 is suppressed, and the 8 with it (11 − 8 = 3).
    expect(information.values).toMatchObject({ stays: { value: null, suppressed: true }, median: { value: 30, suppressed: false }, p90: { value: 30, suppressed: false } });
    expect(byStageDurations.total?.values.stays).toEqual({ value: 11, suppressed: false });
    // Too few for a median.
    expect(byStageDurations.rows.find((row) => row.key === 'recognition')!.values).toMatchObject({ stays: { value: null, suppressed: true }, median: { value: null } });
    expect(byStageDurations.highlight?.de).toBe('Engpass: Information – hier bleiben Fälle am längsten (Median 30 Tage).');
    expect(tableOf(durations, 'duration-by-authority').rows.map((row) => row.label.de)).toEqual(['Ausländerbehörde Testhausen']);
  });

  it('answers every view for the demo region without a count from 1 to 4', async () => {
    for (const view of ['overview', 'stage-durations', 'referral-deadlines', 'procedure-deadlines', 'obstacles']) {
      for (const query of ['', '?land=RP', '?from=2024-01-01&to=2026-12-01', '?countryGroup=south_asia']) {
        const answer = await ok(`/api/v1/stats/${view}${query}`);
        expect(answer.view).toBe(view);
        expect(answer.tables.length).toBeGreaterThan(0);
        for (const value of countsOf(answer)) {
          if (value.suppressed) expect(value.value).toBeNull();
          if (!value.suppressed && value.value !== null) expect(value.value === 0 || value.value >= 5).toBe(true);
        }
      }
    }
    const referrals = await ok('/api/v1/stats/referral-deadlines?from=2024-01-01&to=2026-12-01');
    const byPurpose = tableOf(referrals, 'referrals-by-purpose');
    expect(byPurpose.total?.values.referrals?.value).toBeGreaterThan(0);
    expect(byPurpose.rows.some((row) => typeof row.values.onTime?.value === 'number')).toBe(true);
    const obstacles = await ok('/api/v1/stats/obstacles?from=2024-01-01&to=2026-12-01');
    const kinds = tableOf(obstacles, 'obstacles-by-category');
    const cross = tableOf(obstacles, 'obstacles-by-stage');
    // The list of kinds and the column totals of the cross table are one and the same protected figures.
    for (const row of kinds.rows) expect(row.values.obstacles).toEqual(cross.total?.values[row.key]);
    expect(kinds.highlight?.de).toMatch(/^Am häufigsten: /);
    // The demo region's bottleneck is a stage of the procedure, never the arrival stage where journeys end up.
    const durations = tableOf(await ok('/api/v1/stats/stage-durations?from=2024-01-01&to=2026-12-01'), 'duration-by-stage');
    expect(durations.highlight?.de).toMatch(/^Engpass: /);
    expect(durations.highlight?.de).not.toContain('Ankommen');
    const steps = tableOf(await ok('/api/v1/stats/procedure-deadlines?from=2024-01-01&to=2026-12-01'), 'procedure-steps');
    expect(steps.rows.map((row) => row.label.de)).toContain('Entscheidung über den Visumantrag');
  });

  it('answers a period without data with tables without rows', async () => {
    const answer = await ok('/api/v1/stats/obstacles?from=2010-01-01&to=2010-12-31');
    expect(answer.tables.every((table) => table.rows.length === 0 && table.total === null)).toBe(true);
  });

  it('shows a case worker only the cases of their own authority, and refuses others', async () => {
    const caseworker = await t.signIn('caseworker.lu@demo.example');
    const [ludwigshafen] = await sqlRows<{ id: string; name: string }>(t.database, sql`SELECT id, name FROM organisations WHERE slug = 'abh-ludwigshafen'`);
    const own = await ok('/api/v1/stats/overview', caseworker);
    expect(own.scope).toEqual({ kind: 'organisation', organisationName: ludwigshafen!.name });
    const network = await ok(`/api/v1/stats/overview?authority=${ludwigshafen!.id}`);
    expect(own.tables).toEqual(network.tables);
    expect(tableOf(own, 'open-by-authority').rows.map((row) => row.key)).toEqual(tableOf(own, 'open-by-authority').rows.length ? [ludwigshafen!.id] : []);
    const options = (await get('/api/v1/stats/options', caseworker)).json() as StatsFilterOptions;
    expect(options.authorities).toEqual([{ id: ludwigshafen!.id, name: ludwigshafen!.name, land: 'RP' }]);
    expect(options.scope.kind).toBe('organisation');
    const [mannheim] = await sqlRows<{ id: string }>(t.database, sql`SELECT id FROM organisations WHERE slug = 'abh-mannheim'`);
    const other = await get(`/api/v1/stats/overview?authority=${mannheim!.id}`, caseworker);
    expect(other.statusCode).toBe(400);
    expect((other.json() as ErrorBody).error.fields).toHaveProperty('authority');
    const networkOptions = (await get('/api/v1/stats/options')).json() as StatsFilterOptions;
    expect(networkOptions.authorities.length).toBeGreaterThan(2);
    expect(networkOptions.countryGroups.find((group) => group.id === 'western_balkans')?.name.de).toBe('Westbalkan');
    expect((await get('/api/v1/stats/overview', await t.signIn('navigator@demo.example'))).statusCode).toBe(403);
    expect((await get('/api/v1/stats/overview', null)).statusCode).toBe(401);
  });

  it('refuses unknown filter values with 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['?land=XX', 'land'],
      ['?countryGroup=atlantis', 'countryGroup'],
      ['?authority=not-an-id', 'authority'],
      ['?authority=00000000-0000-4000-8000-000000000000', 'authority'],
      ['?from=2026-05-01&to=2026-01-01', 'from'],
      ['?from=2026-13-01', 'from'],
      ['?title=gold_card', 'title'],
      ['?format=pdf', 'format'],
    ];
    for (const [query, field] of cases) {
      const response = await get(`/api/v1/stats/overview${query}`);
      expect(response.statusCode, query).toBe(400);
      const fields = Object.keys((response.json() as ErrorBody).error.fields ?? {});
      expect(fields.some((key) => key === field || key === `query.${field}`), `${query}: ${fields.join(', ')}`).toBe(true);
    }
  });

  it('downloads CSV and XLSX files that read back to the same figures', async () => {
    const authority = await handMadeAuthority();
    const query = `authority=${authority}&from=2026-01-01&to=2026-12-01`;
    const json = await ok(`/api/v1/stats/overview?${query}`);
    const csv = await get(`/api/v1/stats/overview?${query}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="lotse-ueberblick-2026-12-01.csv"');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const lines = csv.body.slice(1).split('\r\n');
    expect(lines[0]).toBe('Zeitraum;1. Januar 2026 – 1. Dezember 2026');
    expect(lines).toContain('Anerkennung;< 5');
    expect(lines).toContain('Insgesamt;8');
    const english = await get(`/api/v1/stats/overview?${query}&format=csv`, steering, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.body).toContain('Period;1 January 2026 – 1 December 2026');

    const durations = await get(`/api/v1/stats/stage-durations?${query}&format=csv&language=de`);
    expect(durations.body).toContain('Information;< 5;30;30;;');
    expect(durations.body).toContain('Insgesamt;11;;;;');

    const xlsx = await get(`/api/v1/stats/overview?${query}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="lotse-ueberblick-2026-12-01.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(json.tables.length + 1);
    const about = workbook.worksheets[0]!;
    expect(about.getCell('A1').value).toBe('Zeitraum');
    expect(String(about.getCell('B5').value)).toContain('< 5');
    const stages = workbook.worksheets[1]!;
    const values: unknown[][] = [];
    let headerBold: boolean | undefined;
    stages.eachRow((row) => {
      const cells = (row.values as unknown[]).slice(1);
      if (cells[0] === 'Gruppe') headerBold = row.getCell(1).font?.bold;
      values.push(cells);
    });
    expect(headerBold).toBe(true);
    expect(values).toContainEqual(['Anerkennung', '< 5']);
    expect(values).toContainEqual(['Information', 0]);
    expect(values).toContainEqual(['Insgesamt', 8]);
  });
});
