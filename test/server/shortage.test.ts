import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShortageImport, ShortageImportList, ShortageStatsResponse } from '../../src/contract/shortage';
import type { StatsTable, StatsValue } from '../../src/contract/steering';
import { parseShortageCsv } from '../../src/domain/steering/index';
import { demoShortageFile } from '../../src/server/commands/shortage/seed-demo-shortage';
import { createCase } from '../support/cases';
import { databaseKinds, sqlRows } from '../support/databases';
import { createTestApp, type SignedInClient, type TestApp } from '../support/test-app';

const csv = [
  'kldb;occupation;level;score;shortage;year;region',
  '81302;Berufe in der Gesundheits- und Krankenpflege (ohne Spezialisierung) – fachlich ausgerichtete Tätigkeiten;2;2,6;ja;2025;Rheinland-Pfalz',
  '43414;Berufe in der Softwareentwicklung – hoch komplexe Tätigkeiten;4;2,2;ja;2025;Rheinland-Pfalz',
  '29302;Köche/Köchinnen (ohne Spezialisierung) – fachlich ausgerichtete Tätigkeiten;2;1,8;nein;2025;Rheinland-Pfalz',
].join('\n');

/** Two months ago: inside the default period (the last 12 months). */
const decidedOn = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);

type Qualification = { kldb: string; country: string; outcome: 'full' | 'partial' | 'pending' };

describe.each(databaseKinds())('shortage occupations on %s', (kind) => {
  let t: TestApp;
  let admin: SignedInClient;
  let steering: SignedInClient;
  let mannheim: SignedInClient;
  let ludwigshafen: SignedInClient;

  const upload = (client: SignedInClient, body: string, query = 'source=BA%20Engpassanalyse%202025&fileName=engpass.csv', type = 'text/csv; charset=utf-8') =>
    t.app.inject({ method: 'POST', url: `/api/v1/admin/shortage-imports?${query}`, headers: { ...client.headers, 'content-type': type }, payload: body });
  const list = async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/admin/shortage-imports', headers: admin.headers });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as ShortageImportList).items;
  };
  const stats = (client: SignedInClient, query = '') => t.app.inject({ method: 'GET', url: `/api/v1/stats/shortage${query}`, headers: client.headers });
  const view = async (client: SignedInClient, query = '') => {
    const response = await stats(client, query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ShortageStatsResponse;
  };
  const table = (answer: ShortageStatsResponse, id: string) => answer.tables.find((entry) => entry.id === id) as StatsTable;
  const cellOf = (entry: StatsTable, row: string, column: string) => entry.rows.find((candidate) => candidate.key === row)?.values[column];

  /** Cases of `client`'s organisation, each with one qualification recorded directly (as the case editor would). */
  async function withQualifications(client: SignedInClient, items: Qualification[]) {
    for (const item of items) {
      const created = await createCase(t, client);
      const [person] = await sqlRows<{ id: string }>(t.database, sql`SELECT id FROM case_persons WHERE case_id = ${created.id} AND relation = 'main'`);
      await t.database.db.execute(sql`
        INSERT INTO case_qualifications (person_id, case_id, qualification_type, country, reference_kldb, reference_name, outcome, decided_on, updated_at)
        VALUES (${person!.id}, ${created.id}, 'vocational', ${item.country}, ${item.kldb}, ${'Referenzberuf ' + item.kldb}, ${item.outcome}, ${item.outcome === 'pending' ? null : decidedOn}, now())`);
    }
  }
  const times = (count: number, item: Qualification) => Array.from({ length: count }, () => item);

  beforeAll(async () => {
    // The real clock: the demo import of the template was seeded with it, and a new import must be newer.
    t = await createTestApp(kind);
    const clients = await Promise.all(['admin@demo.example', 'steering@demo.example', 'caseworker@demo.example', 'caseworker.lu@demo.example'].map((email) => t.signIn(email)));
    [admin, steering, mannheim, ludwigshafen] = clients as [SignedInClient, SignedInClient, SignedInClient, SignedInClient];
    await withQualifications(mannheim, [
      ...times(6, { kldb: '81302', country: 'PHL', outcome: 'full' }),
      ...times(2, { kldb: '81302', country: 'IND', outcome: 'partial' }),
      ...times(5, { kldb: '43414', country: 'IND', outcome: 'partial' }),
      ...times(3, { kldb: '43414', country: 'IND', outcome: 'full' }),
      ...times(7, { kldb: '29302', country: 'BIH', outcome: 'full' }),
      ...times(2, { kldb: '29302', country: 'BIH', outcome: 'pending' }),
    ]);
    await withQualifications(ludwigshafen, times(5, { kldb: '81302', country: 'PHL', outcome: 'partial' }));
    const imported = await upload(admin, csv);
    if (imported.statusCode !== 201) throw new Error(imported.body);
  }, 180_000);
  afterAll(() => t.close());

  it('seeds the demo file as demo data, and the demo file reads without a problem', async () => {
    const parsed = parseShortageCsv(await readFile(demoShortageFile, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.rows.length).toBeGreaterThanOrEqual(30);
      for (const row of parsed.rows) expect(row.isShortage, row.kldb).toBe(row.score >= 2);
    }
    const items = await list();
    expect(items.filter((item) => item.isDemo)).toEqual([expect.objectContaining({ source: 'Demodaten – nicht die Engpassanalyse der BA', isCurrent: false, importedBy: null })]);
  });

  it('imports a file for an administrator (audited), refuses a bad one naming line and column and imports nothing', async () => {
    const bad = await upload(admin, csv.replace('43414;Berufe in der Softwareentwicklung – hoch komplexe Tätigkeiten;4;2,2', '43414;Berufe in der Softwareentwicklung – hoch komplexe Tätigkeiten;4;zwei'));
    expect(bad.statusCode).toBe(400);
    const refusal = bad.json() as { error: { code: string; message: string }; problems: { line: number; column: string }[] };
    expect(refusal.error.code).toBe('VALIDATION_FAILED');
    expect(refusal.problems).toEqual([expect.objectContaining({ line: 3, column: 'score' })]);
    expect(refusal.error.message).toContain('Line 3, column score');
    const before = await list();

    expect((await upload(steering, csv)).statusCode).toBe(403);
    expect((await upload(admin, csv, 'fileName=x.csv')).statusCode).toBe(400);
    expect((await upload(admin, JSON.stringify({ csv }), 'source=BA%202025', 'application/json')).statusCode).toBe(415);

    expect(await list()).toEqual(before);
    const created = await upload(admin, `\uFEFF${csv}`, 'source=BA%20Engpassanalyse%202025%20neu&fileName=C%3A%5Cdaten%5Cengpass.csv');
    expect(created.statusCode, created.body).toBe(201);
    const imported = created.json() as ShortageImport;
    expect(imported).toMatchObject({ source: 'BA Engpassanalyse 2025 neu', fileName: 'engpass.csv', isDemo: false, rowCount: 3, shortageCount: 2, years: [2025], regions: ['Rheinland-Pfalz'], isCurrent: true });
    expect((await list()).map((item) => [item.source, item.isCurrent])).toEqual([
      ['BA Engpassanalyse 2025 neu', true],
      ['BA Engpassanalyse 2025', false],
      ['Demodaten – nicht die Engpassanalyse der BA', false],
    ]);
    const audits = await sqlRows<{ details: Record<string, unknown> }>(t.database, sql`SELECT details FROM audit_log WHERE action = 'steering.shortage_imported' AND subject_id = ${imported.id}`);
    expect(audits).toEqual([{ details: expect.objectContaining({ source: 'BA Engpassanalyse 2025 neu', rows: 3, isDemo: false }) }]);
    // Delete and the one before is in use again; a second delete finds nothing.
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/v1/admin/shortage-imports/${imported.id}`, headers: admin.headers });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/admin/shortage-imports/${imported.id}`, headers: admin.headers })).statusCode).toBe(404);
    expect((await list()).map((item) => [item.source, item.isCurrent])).toEqual([
      ['BA Engpassanalyse 2025', true],
      ['Demodaten – nicht die Engpassanalyse der BA', false],
    ]);
    expect((await view(steering)).shortageImport).toMatchObject({ source: 'BA Engpassanalyse 2025' });
    const [{ n } = { n: 0 }] = await sqlRows<{ n: number }>(t.database, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'steering.shortage_import_deleted' AND subject_id = ${imported.id}`);
    expect(n).toBe(1);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/admin/shortage-imports/${imported.id}`, headers: steering.headers })).statusCode).toBe(403);
  });

  it('shows occupation × country to the steering body, with small counts and their complements suppressed', async () => {
    const answer = await view(steering);
    expect(answer).toMatchObject({ view: 'shortage', scope: { kind: 'network' }, shortageImport: { source: 'BA Engpassanalyse 2025', isDemo: false } });
    const heatmap = table(answer, 'occupation-by-country');
    expect(heatmap.chart).toBe('heatmap');
    expect(heatmap.rows.map((row) => row.key)).toEqual(['81302', '43414', '29302']);
    expect(heatmap.rows[0]?.label.de).toContain('Engpassberuf (Fachkraft, Punktwert 2,6)');
    expect(heatmap.rows[2]?.label.de).toContain('kein Engpassberuf');
    expect(cellOf(heatmap, '81302', 'IND')).toEqual({ value: null, suppressed: true });
    // Pending recognitions are not counted.
    expect(heatmap.columns.map((column) => column.key).sort()).toEqual(['BIH', 'IND', 'PHL']);
    const perOccupation = table(answer, 'per-occupation');
    expect(cellOf(perOccupation, '81302', 'score')).toEqual({ value: 2.6, suppressed: false });
    expect(cellOf(perOccupation, '43414', 'full')).toEqual({ value: null, suppressed: true });
    // No total gives a small count away: where only one figure of a sum is hidden, it can be computed
    // back — and then it is a complement (0 or at least 5), never a count from 1 to 4.
    const computedBack = (parts: (StatsValue | undefined)[], total: StatsValue | undefined): number | null => {
      const hidden = [...parts, total].filter((figure) => figure?.suppressed);
      if (hidden.length !== 1) return null;
      const known = parts.filter((figure) => figure && !figure.suppressed).reduce((sum, figure) => sum + (figure?.value ?? 0), 0);
      return total?.suppressed ? known : (total?.value ?? 0) - known;
    };
    for (const row of heatmap.rows) {
      const value = computedBack(Object.values(row.values), cellOf(perOccupation, row.key, 'total'));
      if (value !== null) expect(value === 0 || value >= 5, row.key).toBe(true);
    }
    for (const column of heatmap.columns) {
      const value = computedBack(heatmap.rows.map((row) => row.values[column.key]), heatmap.total?.values[column.key]);
      if (value !== null) expect(value === 0 || value >= 5, column.key).toBe(true);
    }
    const everything = answer.tables.flatMap((entry) => [...entry.rows, ...(entry.total ? [entry.total] : [])].flatMap((row) => Object.entries(row.values)));
    for (const [key, figure] of everything) if (key !== 'score' && figure.value !== null) expect(figure.value === 0 || figure.value >= 5, key).toBe(true);
  });

  it('filters shortage occupations and partial recognitions (§16d), and refuses unknown filter values', async () => {
    const shortageOnly = table(await view(steering, '?shortage=yes'), 'occupation-by-country');
    expect(shortageOnly.rows.map((row) => row.key)).toEqual(['81302', '43414']);
    const others = table(await view(steering, '?shortage=no'), 'occupation-by-country');
    expect(others.rows.map((row) => row.key)).toEqual(['29302']);
    const partial = await view(steering, '?measure16d=true&shortage=');
    expect(table(partial, 'occupation-by-country').rows.map((row) => row.key)).toEqual(['81302', '43414']);
    expect(table(partial, 'occupation-by-country').columns.map((column) => column.key).sort()).toEqual(['IND', 'PHL']);
    expect(table(partial, 'per-occupation').columns.map((column) => column.key)).toEqual(['partial', 'score']);
    expect(partial.filters.map((filter) => filter.key)).toEqual(['measure16d']);
    for (const query of ['?shortage=maybe', '?measure16d=1', '?land=XX', '?countryGroup=mars', '?from=2026-13-01', '?unknown=1']) {
      const response = await stats(steering, query);
      expect(response.statusCode, query).toBe(400);
    }
    const file = await stats(steering, '?format=csv&language=en&shortage=yes');
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toContain('text/csv');
    expect(file.body).toContain('India');
    const xlsx = await stats(steering, '?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const empty = await view(steering, '?from=2020-01-01&to=2020-12-31');
    expect(empty.tables.every((entry) => entry.rows.length === 0)).toBe(true);
  });

  it("limits an Ausländerbehörde's case workers to their own cases and refuses other roles", async () => {
    const own = await view(mannheim);
    expect(own.scope).toEqual({ kind: 'organisation', organisationName: expect.stringContaining('Mannheim') });
    expect(table(own, 'occupation-by-country').rows.map((row) => row.key)).toEqual(['81302', '43414', '29302']);
    // Ludwigshafen's five partial recognitions are not Mannheim's.
    expect(cellOf(table(own, 'per-occupation'), '81302', 'partial')).toEqual({ value: null, suppressed: true });
    expect(table(own, 'occupation-by-country').total?.values.PHL).not.toEqual({ value: 11, suppressed: false });
    const lu = await view(ludwigshafen);
    expect(table(lu, 'occupation-by-country').rows.map((row) => row.key)).toEqual(['81302']);
    expect(cellOf(table(lu, 'occupation-by-country'), '81302', 'PHL')).toEqual({ value: 5, suppressed: false });
    const navigator = await t.signIn('navigator@demo.example');
    expect((await stats(navigator)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/stats/shortage' })).statusCode).toBe(401);
  });
});

const run = promisify(execFile);
async function lotse(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/lotse.mjs', ...args], { env: { ...process.env, ...env }, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe('npx lotse import shortage on an embedded database', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lotse-shortage-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('imports a good file and refuses a bad one with line and column, importing nothing', async () => {
    const env = { LOTSE_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
    await writeFile(join(dir, 'bad.csv'), csv.replace('2,6;ja', '2,6;vielleicht'));
    const bad = await lotse(['import', 'shortage', join(dir, 'bad.csv'), '--source', 'BA 2025'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('Nothing was imported: 1 problem.\n  Zeile 2, Spalte shortage: „vielleicht“ ist weder ja noch nein.\n');
    await writeFile(join(dir, 'good.csv'), csv);
    const good = await lotse(['import', 'shortage', join(dir, 'good.csv'), '--source', 'BA Engpassanalyse 2025', '--demo'], env);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/^Imported 3 occupations \(2 shortage occupations, 2025, Rheinland-Pfalz\) from "BA Engpassanalyse 2025" as demo data; import [0-9a-f-]{36}\.\n$/);
    const missingSource = await lotse(['import', 'shortage', join(dir, 'good.csv')], env);
    expect(missingSource.code).toBe(2);
  }, 300_000);
});
