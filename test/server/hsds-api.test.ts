import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations } from '../../src/server/db/schema/index';
import { databaseKinds } from '../support/databases';
import { hsdsErrors, hsdsValidators, type HsdsSchemaName, type HsdsValidators } from '../support/hsds-schemas';
import { createTestApp, type TestApp } from '../support/test-app';

type Page = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: Record<string, unknown>[] };
type Attribute = { taxonomy_term: { taxonomy: string; code: string; id: string; taxonomy_id: string } };
type Service = { id: string; name: string; organization_id: string; attributes?: Attribute[]; service_areas?: { name: string; uri?: string }[]; last_modified: string };

// Compiling the five multi-megabyte schemas takes a while; both variants are shared by the engines.
let plain: HsdsValidators;
let strict: HsdsValidators;
beforeAll(() => {
  plain = hsdsValidators('plain');
  strict = hsdsValidators('strict');
}, 180_000);

function expectValid(schema: HsdsSchemaName, item: unknown): void {
  const id = (item as { id?: string }).id;
  expect(hsdsErrors(plain[schema], item), `${schema} ${id}`).toEqual([]);
  expect(hsdsErrors(strict[schema], item), `${schema} ${id} (strict)`).toEqual([]);
}

describe.each(databaseKinds())('the HSDS 3.0 API on %s', (kind) => {
  let t: TestApp;
  let mannheimId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    // Give one authority an address, a position, opening hours, contact channels and an internal
    // contact, so locations, schedules and service_at_locations appear (the demo seed has none).
    const [row] = await t.database.db
      .update(organisations)
      .set({
        street: 'K 7, 1',
        postcode: '68159',
        locality: 'Mannheim',
        localityAgs: '08222000',
        latitude: 49.4875,
        longitude: 8.466,
        openingHours: [
          { weekday: 1, opens: '08:00', closes: '12:00' },
          { weekday: 2, opens: '08:00', closes: '12:00' },
          { weekday: 4, opens: '13:00', closes: '17:30' },
        ],
        contactChannels: [
          { kind: 'phone', value: '+49 621 293-0', note: { de: 'Zentrale', en: 'Switchboard' } },
          { kind: 'email', value: 'termine@mannheim.demo.example', note: { de: 'Terminvergabe', en: 'Appointments' } },
        ],
        phone: '+49 621 293-1234',
        internalContact: { name: 'Erika Beispiel', email: 'intern.secret@mannheim.demo.example' },
      })
      .where(eq(organisations.slug, 'abh-mannheim'))
      .returning();
    mannheimId = row!.id;
  });
  afterAll(() => t.close());

  const get = async (url: string, status = 200) => {
    const response = await t.app.inject({ method: 'GET', url });
    expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(status);
    return response;
  };
  const page = async (url: string) => (await get(url)).json() as Page;
  /** Every item of a listing, page by page, checking the paging fields on the way. */
  async function everyItem(path: string, perPage: number): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    for (let number = 1; ; number += 1) {
      const current = await page(`${path}${path.includes('?') ? '&' : '?'}page=${number}&per_page=${perPage}`);
      expect(current.page_number).toBe(number);
      expect(current.first_page).toBe(number === 1);
      expect(current.size).toBe(current.contents.length);
      expect(current.total_pages).toBe(Math.max(1, Math.ceil(current.total_items / perPage)));
      items.push(...current.contents);
      if (current.last_page) {
        expect(items).toHaveLength(current.total_items);
        return items;
      }
      expect(current.size).toBe(perPage);
    }
  }

  it('describes itself: HSDS version, profile and OpenAPI links', async () => {
    const meta = (await get('/hsds/')).json() as { version: string; profile: string; openapi_url: string };
    expect(meta.version).toBe('3.0');
    expect(meta.profile).toMatch(/^http:\/\/localhost(:\d+)?\/hsds\/profile$/);
    expect(meta.openapi_url).toMatch(/\/api\/openapi\.json$/);
    const profile = await get('/hsds/profile');
    expect(profile.headers['content-type']).toContain('text/markdown');
    expect(profile.body).toContain('Amtlicher Gemeindeschlüssel');
    const openapi = (await get('/api/openapi.json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/hsds', '/hsds/organizations', '/hsds/organizations/{id}', '/hsds/services', '/hsds/services/{id}', '/hsds/service_at_locations', '/hsds/service_at_locations/{id}']));
  });

  it('pages through the active organisations; every item validates, lists and full records alike', async () => {
    const list = await everyItem('/hsds/organizations', 7);
    expect(list.length).toBeGreaterThan(30);
    expect(new Set(list.map((item) => item.id)).size).toBe(list.length);
    for (const item of list) expectValid('organization_list', item);
    for (const item of await everyItem('/hsds/organizations?full=true', 20)) expectValid('organization', item);
    for (const item of await everyItem('/hsds/organizations?full_service=true', 20)) expectValid('organization', item);
    const one = (await get(`/hsds/organizations/${mannheimId}?full_service=true`)).json() as Record<string, unknown>;
    expectValid('organization', one);
    const text = JSON.stringify(one);
    expect(text).toContain('K 7, 1');
    expect(text).toContain('termine@mannheim.demo.example');
    expect(text).not.toContain('intern.secret');
    expect(text).not.toContain('Erika Beispiel');
  });

  it('pages through the services; list items, full items and single services validate', async () => {
    const list = (await everyItem('/hsds/services', 25)) as unknown as Service[];
    expect(list.length).toBeGreaterThan(40);
    for (const item of list) expectValid('service_list', item);
    const full = (await everyItem('/hsds/services?full=true', 50)) as unknown as Service[];
    expect(full.map((item) => item.id)).toEqual(list.map((item) => item.id));
    for (const item of full) expectValid('service', item);
    for (const item of full.slice(0, 5)) expectValid('service', (await get(`/hsds/services/${item.id}`)).json());
    const weinheimArea = full.flatMap((item) => item.service_areas ?? []).find((area) => area.name === 'Weinheim');
    expect(weinheimArea?.uri).toBe('http://dcat-ap.de/def/politicalGeocoding/municipalityKey/08226096');
    expect(JSON.stringify(full)).not.toContain('intern.secret');
  });

  it('lists services at locations where an organisation has an address, by postcode too', async () => {
    const list = await everyItem('/hsds/service_at_locations', 10);
    expect(list.length).toBeGreaterThan(0);
    for (const item of list) expectValid('service_at_location', item);
    const full = await everyItem('/hsds/service_at_locations?full=true', 10);
    for (const item of full) expectValid('service_at_location', item);
    const [first] = full as { id: string; service: { organization_id: string } }[];
    expect(first?.service.organization_id).toBe(mannheimId);
    const single = (await get(`/hsds/service_at_locations/${first!.id}`)).json() as Record<string, unknown>;
    expectValid('service_at_location', single);
    expect(single).toEqual(first);
    expect((await page('/hsds/service_at_locations?postcode=68159')).total_items).toBe(list.length);
    // Ludwigshafen (67059) is not served by the Mannheim authority's services.
    expect((await page('/hsds/service_at_locations?postcode=67059')).total_items).toBe(0);
    await get('/hsds/service_at_locations/00000000-0000-4000-8000-000000000000', 404);
  });

  it('filters services by organisation, taxonomy term, taxonomy, search and modification date', async () => {
    const all = (await everyItem('/hsds/services?full=true', 100)) as unknown as Service[];
    const ofMannheim = (await page(`/hsds/services?organization_id=${mannheimId}`)).contents as unknown as Service[];
    expect(ofMannheim.length).toBeGreaterThan(0);
    expect(ofMannheim.map((item) => item.id)).toEqual(all.filter((item) => item.organization_id === mannheimId).map((item) => item.id));

    const typeOf = (item: Service) => item.attributes?.find((a) => a.taxonomy_term.taxonomy === 'lotse-service')?.taxonomy_term;
    const counselling = all.filter((item) => typeOf(item)?.code === 'recognition_counselling');
    expect(counselling.length).toBeGreaterThan(0);
    const term = typeOf(counselling[0]!)!;
    const byTerm = (await page(`/hsds/services?taxonomy_term_id=${term.id}&per_page=500`)).contents as unknown as Service[];
    expect(byTerm.map((item) => item.id).sort()).toEqual(counselling.map((item) => item.id).sort());
    expect((await page(`/hsds/services?taxonomy_id=${term.taxonomy_id}`)).total_items).toBe(all.length);
    expect((await page('/hsds/services?taxonomy_id=00000000-0000-4000-8000-000000000000')).total_items).toBe(0);
    expect((await page('/hsds/services?taxonomy_term_id=00000000-0000-4000-8000-000000000000')).total_items).toBe(0);

    const searched = (await page('/hsds/services?search=Anerkennungsberatung&per_page=500')).contents as unknown as Service[];
    expect(searched.map((item) => item.id)).toEqual(expect.arrayContaining(counselling.map((item) => item.id)));
    expect((await page('/hsds/organizations?search=Ausl%C3%A4nderbeh%C3%B6rde%20Stadt%20Mannheim')).contents.map((item) => item.id)).toEqual([mannheimId]);
    expect((await page('/hsds/services?search=100%25')).total_items).toBe(0);

    expect((await page('/hsds/services?modified_after=2000-01-01')).total_items).toBe(all.length);
    expect((await page('/hsds/services?modified_after=2999-01-01T00:00:00Z')).empty).toBe(true);
  });

  it('gives an empty page after the last one', async () => {
    const beyond = await page('/hsds/organizations?page=999');
    expect(beyond).toMatchObject({ page_number: 999, size: 0, empty: true, last_page: true, first_page: false, contents: [] });
  });

  it.each([
    ['/hsds/services?colour=blue', 'query.colour'],
    ['/hsds/organizations?taxonomy_id=00000000-0000-4000-8000-000000000000', 'query.taxonomy_id'],
    ['/hsds/services?page=0', 'query.page'],
    ['/hsds/services?per_page=501', 'query.per_page'],
    ['/hsds/services?per_page=ten', 'query.per_page'],
    ['/hsds/services?organization_id=abc', 'query.organization_id'],
    ['/hsds/services?format=ndjson', 'query.format'],
    ['/hsds/services?full=yes', 'query.full'],
    ['/hsds/services?modified_after=yesterday', 'query.modified_after'],
    ['/hsds/services?search=%01x', 'query.search'],
    ['/hsds/service_at_locations?postcode=681', 'query.postcode'],
    ['/hsds/services/not-a-uuid', 'params.id'],
    ['/hsds/organizations/123?full_service=true', 'params.id'],
    ['/hsds/?version=4', 'query.version'],
    ['/hsds/services?minimal=true', 'query.minimal'],
    ['/hsds/service_at_locations?postcode=68159&proximity=500', 'query.proximity'],
  ])('refuses %s with 400 naming %s', async (url, field) => {
    const body = (await get(url, 400)).json() as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.error.fields)).toContain(field);
  });

  it('answers 404 for unknown ids and for a deactivated organisation and its services', async () => {
    await get('/hsds/organizations/00000000-0000-4000-8000-000000000000', 404);
    await get('/hsds/services/00000000-0000-4000-8000-000000000000', 404);
    const services = (await page(`/hsds/services?organization_id=${mannheimId}`)).contents;
    const before = (await page('/hsds/organizations')).total_items;
    await t.database.db.update(organisations).set({ isActive: false }).where(eq(organisations.id, mannheimId));
    await get(`/hsds/organizations/${mannheimId}`, 404);
    await get(`/hsds/services/${String(services[0]?.id)}`, 404);
    expect((await page('/hsds/organizations')).total_items).toBe(before - 1);
    expect((await page('/hsds/service_at_locations')).total_items).toBe(0);
    await t.database.db.update(organisations).set({ isActive: true }).where(eq(organisations.id, mannheimId));
  });
});
