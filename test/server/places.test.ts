import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaceOffices, PlacesResponse } from '../../src/contract/places';
import { normalisePlaceName } from '../../src/server/places/place-directory';
import { createTestApp, type TestApp } from '../support/test-app';

describe('places and their offices over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const search = async (q: string, limit?: number) => {
    const response = await get(`/api/v1/places?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`);
    expect(response.statusCode).toBe(200);
    return (response.json() as PlacesResponse).items;
  };

  it('finds a place by the start of its name, whatever the case and umlauts, and by postcode', async () => {
    for (const q of ['Ludwigshafen', 'ludwigsh', 'LUDWIGSHAFEN AM', '67059', '6706']) {
      const [first] = await search(q);
      expect(first, q).toEqual({
        ags: '07314000',
        name: 'Ludwigshafen am Rhein',
        district: { de: 'Kreisfreie Stadt Ludwigshafen am Rhein', en: 'Ludwigshafen am Rhein (independent city)' },
        land: { code: 'RP', name: { de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' } },
        postcodes: ['67059', '67061', '67063', '67065', '67067', '67069', '67071'],
      });
    }
    // Umlauts typed, spelt out or left out; a later word of the name also matches.
    expect((await search('Bad Dürkheim')).map((p) => p.ags)).toContain('07332002');
    expect((await search('bad duerkheim')).map((p) => p.ags)).toContain('07332002');
    expect((await search('Weinstraße')).map((p) => p.name)).toContain('Neustadt an der Weinstraße');
    expect((await search('Mannheim')).map((p) => p.name)).toEqual(['Mannheim']);
    expect(await search('Xyzzy')).toEqual([]);
  });

  it('returns at most `limit` places, a full name first', async () => {
    const places = await search('Sch', 3);
    expect(places).toHaveLength(3);
    expect(places.every((place) => normalisePlaceName(place.name).startsWith('sch'))).toBe(true);
  });

  it('refuses a bad query with 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['/api/v1/places', 'query.q'],
      ['/api/v1/places?q=L', 'query.q'],
      [`/api/v1/places?q=${'a'.repeat(61)}`, 'query.q'],
      ['/api/v1/places?q=Mann&limit=0', 'query.limit'],
      ['/api/v1/places?q=Mann&limit=x', 'query.limit'],
      ['/api/v1/places?q=Mann&limit=21', 'query.limit'],
    ];
    for (const [url, field] of cases) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      const body = response.json() as { error: { code: string; fields: Record<string, string> } };
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(body.error.fields), url).toEqual([field]);
    }
    expect((await get('/api/v1/places?q=Mann&x=1')).statusCode).toBe(400);
  });

  const offices = async (ags: string) => {
    const response = await get(`/api/v1/places/${ags}/offices`);
    expect(response.statusCode).toBe(200);
    return response.json() as PlaceOffices;
  };

  it("names a city's own Ausländerbehörde, the IQ office and the welcome centre, kinds in words", async () => {
    const { place, offices: list } = await offices('07314000');
    expect(place.name).toBe('Ludwigshafen am Rhein');
    const abh = list.filter((office) => office.kind === 'abh');
    expect(abh.map((office) => office.name)).toEqual(['Ausländerbehörde Stadt Ludwigshafen am Rhein']);
    expect(list[0]).toMatchObject({ kind: 'abh', kindName: { de: 'Ausländerbehörde' }, email: 'abh@ludwigshafen.demo.example', isNationwide: false });
    const kinds = list.map((office) => office.kind);
    expect(kinds).toEqual(expect.arrayContaining(['iq', 'welcome_center', 'employment_agency', 'recognition_body', 'zsba']));
    expect(list.find((office) => office.kind === 'iq')?.kindName.de).toBe('IQ-Beratung zur Anerkennung');
    // Employers, associations and the steering office are not offices for the person.
    expect(kinds).not.toEqual(expect.arrayContaining(['employer']));
    expect(kinds).not.toContain('steering');
    expect(kinds).not.toContain('community');
    // Nationwide offices come after the regional ones.
    const firstNationwide = list.findIndex((office) => office.isNationwide);
    expect(list.slice(firstNationwide).every((office) => office.isNationwide)).toBe(true);
  });

  it("prefers a town's own Ausländerbehörde (8 digits) over the district's (5 digits), and uses the district's otherwise", async () => {
    const schwetzingen = (await offices('08226084')).offices.filter((office) => office.kind === 'abh');
    expect(schwetzingen.map((office) => office.name)).toEqual(['Ausländerbehörde Stadt Schwetzingen']);
    const [ladenburg] = await search('Ladenburg');
    expect(ladenburg?.ags.startsWith('08226')).toBe(true);
    const district = (await offices(ladenburg!.ags)).offices.filter((office) => office.kind === 'abh');
    expect(district.map((office) => office.name)).toEqual(['Ausländerbehörde Landratsamt Rhein-Neckar-Kreis']);
    // Hessen: the Kreis Bergstraße's office, no Rhineland-Palatinate recognition body.
    const [bensheim] = await search('Bensheim');
    const hessen = (await offices(bensheim!.ags)).offices;
    expect(hessen.filter((office) => office.kind === 'abh').map((office) => office.name)).toEqual(['Ausländerbehörde Kreis Bergstraße']);
    expect(hessen.some((office) => office.kind === 'recognition_body')).toBe(false);
  });

  it('answers 400 naming the field for a malformed AGS and 404 for an unknown one', async () => {
    for (const ags of ['0731400', '0731400x', '073140000']) {
      const response = await get(`/api/v1/places/${ags}/offices`);
      expect(response.statusCode, ags).toBe(400);
      expect(Object.keys((response.json() as { error: { fields: Record<string, string> } }).error.fields)).toEqual(['params.ags']);
    }
    const unknown = await get('/api/v1/places/09162000/offices');
    expect(unknown.statusCode).toBe(404);
    expect((unknown.json() as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it('gives every place of the region exactly one Ausländerbehörde, the IQ office and the welcome centre', async () => {
    const { placeDirectory } = await import('../../src/server/places/place-directory');
    const all = placeDirectory().all();
    expect(new Set(all.map((place) => place.ags)).size).toBe(290);
    for (const place of all) {
      const { offices: list } = await offices(place.ags);
      const kinds = list.map((office) => office.kind);
      expect(kinds.filter((kind) => kind === 'abh'), place.name).toHaveLength(1);
      expect(kinds, place.name).toEqual(expect.arrayContaining(['iq', 'welcome_center']));
    }
  });

  it('is described in the OpenAPI document', async () => {
    const document = (await get('/api/openapi.json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/places', '/api/v1/places/{ags}/offices']));
  });

  it('needs no sign-in and sets no cookie', async () => {
    const response = await get('/api/v1/places?q=Worms');
    expect(response.headers['set-cookie']).toBeUndefined();
  });
});

describe('normalisePlaceName', () => {
  it('spells out umlauts and ß and drops punctuation', () => {
    expect(normalisePlaceName('Neustadt a. d. Weinstraße')).toBe('neustadt a d weinstrasse');
    expect(normalisePlaceName('  Frankenthal (Pfalz) ')).toBe('frankenthal pfalz');
    expect(normalisePlaceName('Südliche Weinstraße')).toBe('suedliche weinstrasse');
  });
});
