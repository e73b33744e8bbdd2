import { describe, expect, it } from 'vitest';
import { laender, type Land } from '../identity/organisation-kinds';
import { FIRST_COVERED_YEAR, holidayDefinitions, partialHolidays, type HolidayId } from './holiday-rules';
import { holidaysOf, isHoliday } from './holidays';

const idOn = (land: Land, date: string): HolidayId[] =>
  holidaysOf(land, Number(date.slice(0, 4)))
    .filter((holiday) => holiday.date === date)
    .map((holiday) => holiday.id);

/** Länder that have a holiday on the date. */
const landsWithHolidayOn = (date: string): Land[] => laender.filter((land) => isHoliday(land, date));

// Easter-dependent holidays, computed by hand from the Easter dates (Good Friday −2, Easter Monday +1,
// Ascension +39, Whit Monday +50, Corpus Christi +60 days).
const easterTable = [
  { year: 2024, goodFriday: '2024-03-29', easterMonday: '2024-04-01', ascension: '2024-05-09', whitMonday: '2024-05-20', corpusChristi: '2024-05-30' },
  { year: 2025, goodFriday: '2025-04-18', easterMonday: '2025-04-21', ascension: '2025-05-29', whitMonday: '2025-06-09', corpusChristi: '2025-06-19' },
  { year: 2026, goodFriday: '2026-04-03', easterMonday: '2026-04-06', ascension: '2026-05-14', whitMonday: '2026-05-25', corpusChristi: '2026-06-04' },
  { year: 2027, goodFriday: '2027-03-26', easterMonday: '2027-03-29', ascension: '2027-05-06', whitMonday: '2027-05-17', corpusChristi: '2027-05-27' },
  { year: 2028, goodFriday: '2028-04-14', easterMonday: '2028-04-17', ascension: '2028-05-25', whitMonday: '2028-06-05', corpusChristi: '2028-06-15' },
  { year: 2029, goodFriday: '2029-03-30', easterMonday: '2029-04-02', ascension: '2029-05-10', whitMonday: '2029-05-21', corpusChristi: '2029-05-31' },
  { year: 2030, goodFriday: '2030-04-19', easterMonday: '2030-04-22', ascension: '2030-05-30', whitMonday: '2030-06-10', corpusChristi: '2030-06-20' },
];

describe('Easter-dependent holidays 2024–2030', () => {
  it.each(easterTable)('$year', (row) => {
    for (const land of ['BW', 'BE', 'SN', 'HH', 'NW'] as const) {
      expect(idOn(land, row.goodFriday)).toEqual(['good_friday']);
      expect(idOn(land, row.easterMonday)).toEqual(['easter_monday']);
      expect(idOn(land, row.ascension)).toEqual(['ascension']);
      expect(idOn(land, row.whitMonday)).toEqual(['whit_monday']);
    }
    expect(landsWithHolidayOn(row.corpusChristi)).toEqual(['BW', 'BY', 'HE', 'NW', 'RP', 'SL']);
  });

  it('names Easter and Whit Sunday as statutory holidays only in Brandenburg', () => {
    expect(idOn('BB', '2026-04-05')).toEqual(['easter_sunday']);
    expect(idOn('BB', '2026-05-24')).toEqual(['whit_sunday']);
    expect(landsWithHolidayOn('2026-04-05')).toEqual(['BB']);
  });
});

describe('regional differences', () => {
  it.each([
    ['2026-01-06', ['BW', 'BY', 'ST'], 'Heilige Drei Könige'],
    ['2026-11-18', ['SN'], 'Buß- und Bettag (Wednesday before 23 November)'],
    ['2028-11-22', ['SN'], 'Buß- und Bettag on the 22nd itself (23 November 2028 is a Thursday)'],
    ['2027-11-17', ['SN'], 'Buß- und Bettag 2027'],
    ['2024-11-01', ['BW', 'BY', 'NW', 'RP', 'SL'], 'Allerheiligen'],
    ['2024-08-15', ['SL'], 'Mariä Himmelfahrt: Bavaria only in Catholic municipalities, not modelled'],
    ['2024-03-08', ['BE', 'MV'], 'Frauentag'],
    ['2022-03-08', ['BE'], 'Frauentag before Mecklenburg-Vorpommern added it in 2023'],
    ['2018-03-08', [], 'Frauentag before Berlin added it in 2019'],
    ['2024-09-20', ['TH'], 'Weltkindertag'],
    ['2018-09-20', [], 'Weltkindertag before 2019'],
    ['2026-10-31', ['BB', 'HB', 'HH', 'MV', 'NI', 'SN', 'ST', 'SH', 'TH'], 'Reformationstag'],
    ['2016-10-31', ['BB', 'MV', 'SN', 'ST', 'TH'], 'Reformationstag before the northern Länder added it in 2018'],
    ['2017-10-31', [...laender], 'Reformationstag 2017: one-off everywhere'],
    ['2020-05-08', ['BE'], 'one-off 8 May 2020 in Berlin'],
    ['2025-05-08', ['BE'], 'one-off 8 May 2025 in Berlin'],
    ['2026-05-08', [], 'no 8 May holiday in other years'],
    ['2026-12-24', [], 'Christmas Eve is not a statutory holiday'],
    ['2026-12-31', [], "New Year's Eve is not a statutory holiday"],
  ] as const)('%s → %j (%s)', (date, lands, _why) => {
    expect(landsWithHolidayOn(date)).toEqual([...lands].sort((a, b) => laender.indexOf(a) - laender.indexOf(b)));
  });

  it('counts a holiday falling on a Sunday as a holiday (2026-11-01 is a Sunday)', () => {
    expect(idOn('BW', '2026-11-01')).toEqual(['all_saints']);
    expect(isHoliday('HE', '2026-11-01')).toBe(false);
  });

  it('lists both holidays when two fall on one day (Ascension Day on 1 May 2008)', () => {
    expect(idOn('HE', '2008-05-01')).toEqual(['labour_day', 'ascension']);
  });

  it('gives every Land the nine nationwide holidays', () => {
    for (const land of laender) {
      const ids = holidaysOf(land, 2026).map((holiday) => holiday.id);
      for (const id of ['new_year', 'good_friday', 'easter_monday', 'labour_day', 'ascension', 'whit_monday', 'german_unity', 'christmas_day', 'second_christmas_day'] as const) {
        expect(ids, `${land} ${id}`).toContain(id);
      }
    }
  });

  it.each([
    ['BW', 12],
    ['BY', 12], // Mariä Himmelfahrt is not counted Land-wide
    ['BE', 10],
    ['BB', 12],
    ['HE', 10],
    ['SN', 11],
    ['SL', 12],
    ['TH', 11],
  ] as const)('%s has %i holidays in 2026', (land, count) => {
    expect(holidaysOf(land, 2026)).toHaveLength(count);
  });
});

describe('sources and validity', () => {
  it('cites the Land statute on every holiday', () => {
    expect(holidaysOf('BW', 2026)[0]).toMatchObject({ date: '2026-01-01', legalRef: '§ 1 FTG BW', land: 'BW' });
    expect(holidaysOf('BW', 2026)[0]?.source).toMatch(/Feiertagsgesetz/);
    expect(holidaysOf('TH', 2026).find((holiday) => holiday.id === 'childrens_day')?.legalRef).toBe('§ 2 Abs. 1 ThürFGtG');
    expect(holidaysOf('HB', 2026).find((holiday) => holiday.id === 'german_unity')?.legalRef).toBe('Art. 2 Abs. 2 Einigungsvertrag');
    expect(holidaysOf('BE', 2025).find((holiday) => holiday.id === 'liberation_day')?.note).toMatch(/One-off/);
  });

  it('has consistent rule data', () => {
    const ids = holidayDefinitions.map((definition) => definition.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const definition of holidayDefinitions) {
      expect(definition.observances.length, definition.id).toBeGreaterThan(0);
      for (const observance of definition.observances) {
        expect(observance.legalRef, definition.id).toMatch(/^(§|Art\.)/);
        expect(observance.source.length).toBeGreaterThan(10);
        expect(observance.validFrom).toBeGreaterThanOrEqual(FIRST_COVERED_YEAR);
        if (observance.validUntil !== undefined) expect(observance.validUntil).toBeGreaterThanOrEqual(observance.validFrom);
      }
      // Within one definition a Land may have several observances only if their years do not overlap.
      for (const land of laender) {
        const spans = definition.observances.filter((observance) => observance.land === land);
        for (const [index, a] of spans.entries()) {
          for (const b of spans.slice(index + 1)) {
            const disjoint = (a.validUntil ?? Infinity) < b.validFrom || (b.validUntil ?? Infinity) < a.validFrom;
            expect(disjoint, `${definition.id} ${land}`).toBe(true);
          }
        }
      }
    }
  });

  it('documents the municipality-only holidays and does not count them', () => {
    expect(partialHolidays.map((holiday) => `${holiday.land}:${holiday.id}`)).toEqual(
      expect.arrayContaining(['BY:assumption', 'SN:corpus_christi', 'TH:corpus_christi']),
    );
    expect(isHoliday('BY', '2026-08-15')).toBe(false);
    expect(isHoliday('SN', '2026-06-04')).toBe(false);
    expect(isHoliday('TH', '2026-06-04')).toBe(false);
  });

  it('refuses years before the covered range, unknown Länder and malformed dates', () => {
    expect(() => holidaysOf('BW', FIRST_COVERED_YEAR - 1)).toThrow(RangeError);
    expect(holidaysOf('SN', FIRST_COVERED_YEAR).some((holiday) => holiday.id === 'repentance_day')).toBe(true);
    expect(() => holidaysOf('XX' as Land, 2026)).toThrow(RangeError);
    expect(() => isHoliday('BW', '2026-02-30')).toThrow(RangeError);
  });
});
