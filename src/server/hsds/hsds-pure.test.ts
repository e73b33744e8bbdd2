import { describe, expect, it } from 'vitest';
import { agsOfAreaUri, areaName, areaUri } from './areas';
import { uuidV5 } from './ids';
import { itemLines } from './json-lines';
import { schedules } from './map-parts';
import { tablesOf, toCsv } from './tabular';

describe('HSDS helpers', () => {
  it('derives RFC 9562 version-5 UUIDs (test vector: python.org in the DNS namespace)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('names areas and gives their DCAT-AP.de geocoding URIs, and reads them back', () => {
    expect([areaName('08'), areaName('08226'), areaName('08226096')]).toEqual(['Baden-Württemberg', 'Rhein-Neckar-Kreis', 'Weinheim']);
    for (const ags of ['07', '07314', '07314000']) expect(agsOfAreaUri(areaUri(ags) ?? '')).toBe(ags);
    expect(areaUri('08226096')).toBe('http://dcat-ap.de/def/politicalGeocoding/municipalityKey/08226096');
    expect(agsOfAreaUri('http://dcat-ap.de/def/politicalGeocoding/districtKey/08226096')).toBeNull();
    expect(agsOfAreaUri('https://example.org/08226')).toBeNull();
  });

  it('groups opening hours into weekly schedules by time', () => {
    const result = schedules({ service_id: '886313e1-3b8a-5372-9b90-0c9aee199e5d' }, [
      { weekday: 4, opens: '13:00', closes: '17:30' },
      { weekday: 1, opens: '08:00', closes: '12:00' },
      { weekday: 2, opens: '08:00', closes: '12:00' },
    ]);
    expect(result.map((entry) => [entry.byday, entry.opens_at, entry.closes_at])).toEqual([
      ['MO,TU', '08:00', '12:00'],
      ['TH', '13:00', '17:30'],
    ]);
  });

  it('finds the line where each array item starts', () => {
    const text = '[\n  {"a": "]\\"["},\n  [1,\n 2],\n  3\n]';
    expect(itemLines(text).root).toEqual([2, 3, 5]);
    expect(itemLines('{"organizations": [\n{}, {}\n], "services": [\n\n{}]}').byKey).toEqual({ organizations: [2, 2], services: [5] });
  });

  it('flattens nested records into tables, each id once, with RFC 4180 quoting', () => {
    const tables = tablesOf({
      organizations: [{ id: 'o1', name: 'A, "B"', services: [{ id: 's1', name: 'S' }] }],
      services: [{ id: 's1', name: 'S', phones: [{ id: 'p1', number: '1' }], organization: { id: 'o1', name: 'A, "B"' } }],
    });
    expect(tables.services).toHaveLength(1);
    expect(tables.phones).toEqual([{ id: 'p1', number: '1' }]);
    expect(toCsv('organizations', tables.organizations).split('\r\n')[1]).toBe('o1,"A, ""B""",,,,,,,,,,,');
  });
});
