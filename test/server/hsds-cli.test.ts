import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { systemClock } from '../../src/server/clock';
import type { CommandContext } from '../../src/server/commands/context';
import { exportHsds, type HsdsExportFiles } from '../../src/server/commands/hsds-export';
import { importHsds } from '../../src/server/commands/hsds-import';
import { openDatabase, type DatabaseHandle, type DatabaseKind } from '../../src/server/db/client';
import { auditLog, organisations, organisationServices } from '../../src/server/db/schema/index';
import { tableColumns } from '../../src/server/hsds/tabular';
import { databaseKinds, openTestDatabase } from '../support/databases';
import { hsdsErrors, hsdsValidators, type HsdsValidators } from '../support/hsds-schemas';
import { testConfig } from '../support/test-config';

let plain: HsdsValidators;
let strict: HsdsValidators;
beforeAll(() => {
  plain = hsdsValidators('plain');
  strict = hsdsValidators('strict');
}, 180_000);

let freshCount = 0;
/** An empty, migrated database (no demo seed): the other publisher's import target. */
async function freshDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite-memory' });
    await handle.migrate();
    return handle;
  }
  const template = inject('postgresTemplate');
  if (!template) throw new Error('PostgreSQL is not available');
  freshCount += 1;
  const name = `hsds_fresh_${process.pid}_${freshCount}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: template.url });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(template.url);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
  await handle.migrate();
  return { ...handle, close: async () => (await handle.close(), await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)) };
}

const contextOf = (handle: DatabaseHandle): CommandContext => ({ db: handle.db, clock: systemClock, config: testConfig(), actor: null, requestId: null });
const sourcesOf = (files: HsdsExportFiles) => ['organizations.json', 'services.json'].map((file) => ({ file, text: files[file] ?? '' }));
/** Everything but datapackage.json, whose `created` is the time of the export. */
const comparable = (files: HsdsExportFiles) => Object.fromEntries(Object.entries(files).filter(([name]) => name !== 'datapackage.json'));
const importAudits = async (handle: DatabaseHandle) =>
  (await handle.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.action, 'network.hsds_imported')))[0]?.n ?? 0;

describe.each(databaseKinds())('HSDS export and import on %s', (kind) => {
  let source: DatabaseHandle;
  let fresh: DatabaseHandle;
  let files: HsdsExportFiles;
  beforeAll(async () => {
    source = await openTestDatabase(kind);
    // Address, hours, channels and an internal contact for one authority; one service narrowed and
    // described, so every part of the mapping takes part in the round trip.
    const [mannheim] = await source.db
      .update(organisations)
      .set({
        street: 'K 7, 1',
        postcode: '68159',
        locality: 'Mannheim',
        localityAgs: '08222000',
        latitude: 49.4875,
        longitude: 8.466,
        phone: '+49 621 293-1234',
        openingHours: [
          { weekday: 1, opens: '08:00', closes: '12:00' },
          { weekday: 3, opens: '08:00', closes: '12:00' },
          { weekday: 4, opens: '13:00', closes: '17:30' },
        ],
        contactChannels: [
          { kind: 'phone', value: '+49 621 293-0', note: { de: 'Zentrale', en: 'Switchboard' } },
          { kind: 'email', value: 'termine@mannheim.demo.example', note: { de: 'Terminvergabe', en: 'Appointments' } },
        ],
        internalContact: { name: 'Erika Beispiel', email: 'intern.secret@mannheim.demo.example' },
      })
      .where(eq(organisations.slug, 'abh-mannheim'))
      .returning();
    await source.db
      .update(organisationServices)
      .set({ capacity: 'limited', capacityUpdatedOn: '2026-12-03', description: { de: 'Nur mit Termin, auch für "Blaue Karte"-Fälle, am Standort K 7.', en: 'By appointment only.' } })
      .where(and(eq(organisationServices.organisationId, mannheim!.id), eq(organisationServices.serviceId, 'residence_permit')));
    files = (await exportHsds(contextOf(source))).files;
    fresh = await freshDatabase(kind);
  }, 120_000);
  afterAll(async () => {
    await source?.close();
    await fresh?.close();
  });

  it('exports a datapackage whose every item validates against HSDS 3.0, plain and strict', () => {
    const check = (file: string, schema: keyof HsdsValidators) => {
      const items = JSON.parse(files[file] ?? '[]') as { id: string }[];
      expect(items.length, file).toBeGreaterThan(0);
      for (const item of items) {
        expect(hsdsErrors(plain[schema], item), `${file} ${item.id}`).toEqual([]);
        expect(hsdsErrors(strict[schema], item), `${file} ${item.id} (strict)`).toEqual([]);
      }
    };
    check('organizations.json', 'organization');
    check('services.json', 'service');
    check('service_at_locations.json', 'service_at_location');
    const datapackage = JSON.parse(files['datapackage.json'] ?? '{}') as { resources: { path: string }[] };
    expect(datapackage.resources.map((resource) => resource.path).sort()).toEqual(Object.keys(files).filter((name) => name !== 'datapackage.json').sort());
    for (const [table, columns] of Object.entries(tableColumns)) expect(files[`${table}.csv`]?.split('\r\n')[0], table).toBe(columns.join(','));
    expect(files['services.csv']).toContain('"Nur mit Termin, auch für ""Blaue Karte""-Fälle, am Standort K 7."');
    expect(files['addresses.csv']).toContain('K 7, 1');
    expect(Object.values(files).join('\n')).not.toContain('intern.secret');
  });

  it('imports the export into a fresh database and exports the same HSDS again', async () => {
    const result = await importHsds(contextOf(fresh), sourcesOf(files), 'export');
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.records.every((record) => record.change === 'created')).toBe(true);
    expect(result.records.filter((record) => record.type === 'organisation')).toHaveLength(JSON.parse(files['organizations.json']!).length);
    expect(await importAudits(fresh)).toBe(result.records.length);
    expect(comparable((await exportHsds(contextOf(fresh))).files)).toEqual(comparable(files));
  });

  it('a second import of the same export changes nothing and audits nothing', async () => {
    const before = await importAudits(fresh);
    const result = await importHsds(contextOf(fresh), sourcesOf(files), 'export');
    expect(result.ok && result.records.every((record) => record.change === 'unchanged')).toBe(true);
    expect(await importAudits(fresh)).toBe(before);
  });

  it('into another copy of the seeded database, reports exactly what changed', async () => {
    const copy = await openTestDatabase(kind);
    try {
      const result = await importHsds(contextOf(copy), sourcesOf(files), 'export');
      if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
      const changed = result.records.filter((record) => record.change !== 'unchanged');
      expect(changed.map((record) => [record.type, record.name])).toEqual([
        ['organisation', 'Ausländerbehörde Stadt Mannheim'],
        ['service', 'Ausländerbehörde Stadt Mannheim: residence_permit'],
      ]);
      expect(comparable((await exportHsds(contextOf(copy))).files)['organizations.json']).toBe(files['organizations.json']);
    } finally {
      await copy.close();
    }
  });

  it('refuses a broken import as a whole, naming file, line, item and field', async () => {
    const before = comparable((await exportHsds(contextOf(fresh))).files);
    const audits = await importAudits(fresh);
    const organizations = JSON.parse(files['organizations.json']!) as Record<string, unknown>[];
    const services = JSON.parse(files['services.json']!) as Record<string, unknown>[];
    // Valid changes and a new organisation, plus one bad e-mail and one service of an unknown organisation.
    organizations[0] = { ...organizations[0], name: 'Umbenannt' };
    organizations[3] = { ...organizations[3], email: 'not-an-e-mail' };
    organizations.push({ ...organizations[1], id: '7d0c8f6e-3f0a-4b8e-9a53-1c2d3e4f5a6b', services: [] });
    services[2] = { ...services[2], organization_id: '11111111-2222-4333-8444-555555555555' };
    const organizationsText = JSON.stringify(organizations, null, 2);
    const result = await importHsds(
      contextOf(fresh),
      [
        { file: 'organizations.json', text: organizationsText },
        { file: 'services.json', text: JSON.stringify(services, null, 2) },
      ],
      'broken',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The fourth item starts at the fourth line that opens an item of the root array.
    const itemStarts = organizationsText.split('\n').flatMap((line, index) => (line === '  {' ? [index + 1] : []));
    expect(result.problems).toContainEqual({ file: 'organizations.json', line: itemStarts[3], item: 'organizations[3]', field: 'email', problem: expect.any(String) });
    const fresher = await importHsds(
      contextOf(fresh),
      [
        { file: 'organizations.json', text: JSON.stringify(organizations.filter((_item, index) => index !== 3), null, 2) },
        { file: 'services.json', text: JSON.stringify(services, null, 2) },
      ],
      'broken',
    );
    expect(fresher.ok).toBe(false);
    if (!fresher.ok) expect(fresher.problems).toContainEqual(expect.objectContaining({ file: 'services.json', item: 'services[2]', field: 'organization_id' }));
    expect(comparable((await exportHsds(contextOf(fresh))).files)).toEqual(before);
    expect(await importAudits(fresh)).toBe(audits);
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

describe('npx lotse export hsds / import hsds on embedded databases', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lotse-hsds-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const publisher = () => ({ LOTSE_DATA_DIR: join(dir, 'publisher'), DATABASE_URL: '' });
  const reader = () => ({ LOTSE_DATA_DIR: join(dir, 'reader'), DATABASE_URL: '' });

  it('exports, imports into an empty installation, and exports the same files again; a broken file writes nothing', async () => {
    expect((await lotse(['seed', '--demo'], publisher())).code).toBe(0);
    const exported = await lotse(['export', 'hsds', join(dir, 'out')], publisher());
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/^HSDS 3\.0 export written to .*: \d+ organisations, \d+ services/);
    const names = (await readdir(join(dir, 'out'))).sort();
    expect(names).toEqual(expect.arrayContaining(['datapackage.json', 'organizations.json', 'services.json', 'organizations.csv', 'services.csv', 'service_areas.csv']));

    const organizations = JSON.parse(await readFile(join(dir, 'out/organizations.json'), 'utf8')) as Record<string, unknown>[];
    organizations[1] = { ...organizations[1], website: 'not a url' };
    await writeFile(join(dir, 'broken.json'), JSON.stringify(organizations, null, 2));
    const broken = await lotse(['import', 'hsds', join(dir, 'broken.json')], reader());
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^Nothing was imported: 1 problem\.\n {2}broken\.json line \d+ \(organizations\[1\]\) website: /);

    const imported = await lotse(['import', 'hsds', join(dir, 'out')], reader());
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Organisations: \d+ created, 0 changed, 0 unchanged; services: \d+ created, 0 changed, 0 unchanged\.\n$/);
    expect((await lotse(['export', 'hsds', join(dir, 'again')], reader())).code).toBe(0);
    for (const name of names.filter((file) => file !== 'datapackage.json')) {
      expect(await readFile(join(dir, 'again', name), 'utf8'), name).toBe(await readFile(join(dir, 'out', name), 'utf8'));
    }
    const again = await lotse(['import', 'hsds', join(dir, 'out', 'organizations.json')], reader());
    expect(again.stdout).toMatch(/Organisations: 0 created, 0 changed, \d+ unchanged/);
    const missing = await lotse(['import', 'hsds', join(dir, 'nowhere')], reader());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file or directory');
  }, 300_000);
});
