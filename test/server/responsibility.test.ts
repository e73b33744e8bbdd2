import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponsibilityResponse, ServicesResponse } from '../../src/contract/network';
import { serviceCatalogue, serviceIds } from '../../src/domain/network/services';
import { placeDirectory } from '../../src/server/places/place-directory';
import { databaseKinds } from '../support/databases';
import { createTestApp, type TestApp } from '../support/test-app';

describe.each(databaseKinds())('the responsibility finder on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  const find = async (ags: string, service: string) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/responsibility?ags=${ags}&service=${service}` });
    expect(response.statusCode, `${ags} ${service}: ${response.body}`).toBe(200);
    return response.json() as ResponsibilityResponse;
  };

  it('lists the catalogue with names', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/services' });
    const items = (response.json() as ServicesResponse).items;
    expect(items.map((item) => item.id)).toEqual([...serviceIds]);
    expect(items.find((item) => item.id === 'recognition_counselling')?.name.de).toBe('Anerkennungsberatung');
  });

  it('names exactly one responsible authority for every municipality of the region and every statutory service', async () => {
    const statutory = serviceIds.filter((id) => serviceCatalogue[id].statutory);
    const places = placeDirectory().all();
    expect(places.length).toBeGreaterThan(280);
    for (const place of places) {
      for (const service of statutory) {
        const answer = await find(place.ags, service);
        const responsible = answer.organisations.filter((organisation) => organisation.statutory);
        expect(responsible, `${place.name} ${service}`).toHaveLength(1);
        expect(answer.organisations[0]?.statutory).toBe(true);
        expect(answer.covered).toBe(true);
      }
    }
  });

  it('gives a Große Kreisstadt its own Ausländerbehörde and the rest of the district the district’s', async () => {
    const weinheim = await find('08226096', 'residence_permit');
    expect(weinheim.place?.name).toBe('Weinheim');
    expect(weinheim.organisations.map((o) => [o.name, o.level, o.statutory])).toEqual([['Ausländerbehörde Stadt Weinheim', 'municipality', true]]);
    const ladenburg = placeDirectory().search('Ladenburg', 1)[0]!;
    const district = await find(ladenburg.ags, 'residence_permit');
    expect(district.organisations.map((o) => [o.name, o.level])).toEqual([['Ausländerbehörde Landratsamt Rhein-Neckar-Kreis', 'district']]);
  });

  it('finds recognition counselling in Weinheim: the IQ office with its contact', async () => {
    const answer = await find('08226096', 'recognition_counselling');
    const [first] = answer.organisations;
    expect(first?.kind).toBe('iq');
    expect(first?.email).toMatch(/@/);
    expect(first?.offer?.capacity).toMatch(/open|limited|closed/);
  });

  it('answers for a German municipality outside the region (Berlin) with no place and the nationwide offers', async () => {
    const answer = await find('11000000', 'recognition_counselling');
    expect(answer.place).toBeNull();
    expect(answer.covered).toBe(false);
    expect(answer.organisations.length).toBeGreaterThan(0);
    expect(answer.organisations.every((organisation) => organisation.isNationwide && organisation.level === 'nationwide')).toBe(true);
    expect(answer.organisations.map((organisation) => organisation.kind)).toContain('zsba');
  });

  it('refuses an unknown service or a malformed or unknown AGS with 400 naming the field', async () => {
    for (const [query, field] of [
      ['ags=08226096&service=haircut', 'query.service'],
      ['ags=0822609&service=residence_permit', 'query.ags'],
      ['ags=99999999&service=residence_permit', 'ags'],
      ['service=residence_permit', 'query.ags'],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/responsibility?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(Object.keys((response.json() as { error: { fields: Record<string, string> } }).error.fields), query).toContain(field);
    }
  });
});
