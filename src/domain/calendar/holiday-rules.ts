/**
 * German public holidays as data: how each date is found, and in which Land it is a statutory
 * holiday from which year to which year, citing the Land's Feiertagsgesetz. Adding or ending a
 * holiday is a data change here; `holidays.ts` only evaluates these rules.
 */
import { laender, type Land } from '../identity/organisation-kinds';
import { holidayLaws, holidayListRef, unityDayLaw } from './holiday-laws';

/**
 * First year the rules describe. Until 1994 the Buß- und Bettag was a holiday everywhere; it was
 * abolished from 1995 (outside Saxony) to fund the long-term care insurance, so earlier years
 * would need different data.
 */
export const FIRST_COVERED_YEAR = 1995;

export type HolidayId =
  | 'new_year'
  | 'epiphany'
  | 'womens_day'
  | 'good_friday'
  | 'easter_sunday'
  | 'easter_monday'
  | 'labour_day'
  | 'liberation_day'
  | 'ascension'
  | 'whit_sunday'
  | 'whit_monday'
  | 'corpus_christi'
  | 'assumption'
  | 'childrens_day'
  | 'german_unity'
  | 'reformation_day'
  | 'all_saints'
  | 'repentance_day'
  | 'christmas_day'
  | 'second_christmas_day';

/** How the date of a holiday is found in a given year. */
export type HolidayDateRule =
  | { kind: 'fixed'; month: number; day: number }
  /** Days after (positive) or before (negative) Easter Sunday. */
  | { kind: 'easter'; offsetDays: number }
  /** Buß- und Bettag: the Wednesday before 23 November, i.e. between 16 and 22 November. */
  | { kind: 'wednesday_before_november_23' };

/**
 * A holiday in force in one Land for the years `validFrom`–`validUntil` (inclusive; open-ended
 * without `validUntil`). `validFrom` is the year of introduction, or FIRST_COVERED_YEAR for
 * holidays older than the covered range. A one-off holiday has `validFrom === validUntil`.
 */
export type HolidayObservance = {
  land: Land;
  validFrom: number;
  validUntil?: number;
  legalRef: string;
  /** Title of the statute that makes the day a holiday in this Land. */
  source: string;
  note?: string;
};

export type HolidayDefinition = {
  id: HolidayId;
  name: { de: string; en: string };
  date: HolidayDateRule;
  observances: readonly HolidayObservance[];
};

/** A holiday that applies only in parts of a Land and is therefore not modelled Land-wide. */
export type PartialHoliday = { id: string; name: string; land: Land; where: string; legalRef: string };

type Span = { validFrom?: number; validUntil?: number; note?: string };

/** Observances of a holiday listed in the Feiertagsgesetz of each of these Länder. */
function listedIn(lands: readonly Land[], span: Span = {}): HolidayObservance[] {
  return lands.map((land) => ({
    land,
    validFrom: span.validFrom ?? FIRST_COVERED_YEAR,
    ...(span.validUntil === undefined ? {} : { validUntil: span.validUntil }),
    legalRef: holidayListRef(land),
    source: holidayLaws[land].title,
    ...(span.note === undefined ? {} : { note: span.note }),
  }));
}

const fixed = (month: number, day: number): HolidayDateRule => ({ kind: 'fixed', month, day });
const easter = (offsetDays: number): HolidayDateRule => ({ kind: 'easter', offsetDays });

/** Länder where Reformationstag has been a holiday since reunification. */
const reformationEast: readonly Land[] = ['BB', 'MV', 'SN', 'ST', 'TH'];
/** Länder that added Reformationstag from 2018. */
const reformationNorth: readonly Land[] = ['HB', 'HH', 'NI', 'SH'];

export const holidayDefinitions: readonly HolidayDefinition[] = [
  { id: 'new_year', name: { de: 'Neujahr', en: "New Year's Day" }, date: fixed(1, 1), observances: listedIn(laender) },
  { id: 'epiphany', name: { de: 'Heilige Drei Könige', en: 'Epiphany' }, date: fixed(1, 6), observances: listedIn(['BW', 'BY', 'ST']) },
  {
    id: 'womens_day',
    name: { de: 'Internationaler Frauentag', en: "International Women's Day" },
    date: fixed(3, 8),
    observances: [...listedIn(['BE'], { validFrom: 2019 }), ...listedIn(['MV'], { validFrom: 2023 })],
  },
  { id: 'good_friday', name: { de: 'Karfreitag', en: 'Good Friday' }, date: easter(-2), observances: listedIn(laender) },
  // A Sunday anyway; listed because Brandenburg's statute names it (it matters for Sunday-work rules).
  { id: 'easter_sunday', name: { de: 'Ostersonntag', en: 'Easter Sunday' }, date: easter(0), observances: listedIn(['BB']) },
  { id: 'easter_monday', name: { de: 'Ostermontag', en: 'Easter Monday' }, date: easter(1), observances: listedIn(laender) },
  { id: 'labour_day', name: { de: 'Tag der Arbeit', en: 'Labour Day' }, date: fixed(5, 1), observances: listedIn(laender) },
  {
    id: 'liberation_day',
    name: { de: 'Jahrestag der Befreiung vom Nationalsozialismus', en: 'Anniversary of the liberation from National Socialism' },
    date: fixed(5, 8),
    observances: [
      ...listedIn(['BE'], { validFrom: 2020, validUntil: 2020, note: 'One-off: 75th anniversary of the end of the Second World War in Europe.' }),
      ...listedIn(['BE'], { validFrom: 2025, validUntil: 2025, note: 'One-off: 80th anniversary of the end of the Second World War in Europe.' }),
    ],
  },
  { id: 'ascension', name: { de: 'Christi Himmelfahrt', en: 'Ascension Day' }, date: easter(39), observances: listedIn(laender) },
  { id: 'whit_sunday', name: { de: 'Pfingstsonntag', en: 'Whit Sunday' }, date: easter(49), observances: listedIn(['BB']) },
  { id: 'whit_monday', name: { de: 'Pfingstmontag', en: 'Whit Monday' }, date: easter(50), observances: listedIn(laender) },
  {
    id: 'corpus_christi',
    name: { de: 'Fronleichnam', en: 'Corpus Christi' },
    date: easter(60),
    observances: listedIn(['BW', 'BY', 'HE', 'NW', 'RP', 'SL']),
  },
  { id: 'assumption', name: { de: 'Mariä Himmelfahrt', en: 'Assumption Day' }, date: fixed(8, 15), observances: listedIn(['SL']) },
  { id: 'childrens_day', name: { de: 'Weltkindertag', en: "World Children's Day" }, date: fixed(9, 20), observances: listedIn(['TH'], { validFrom: 2019 }) },
  {
    id: 'german_unity',
    name: { de: 'Tag der Deutschen Einheit', en: 'Day of German Unity' },
    date: fixed(10, 3),
    observances: laender.map((land) => ({ land, validFrom: FIRST_COVERED_YEAR, legalRef: unityDayLaw.legalRef, source: unityDayLaw.title })),
  },
  {
    id: 'reformation_day',
    name: { de: 'Reformationstag', en: 'Reformation Day' },
    date: fixed(10, 31),
    observances: [
      ...listedIn(reformationEast),
      ...listedIn(reformationNorth, { validFrom: 2018 }),
      // 2017: the 500th anniversary was a one-off holiday in every Land that did not have it already.
      ...listedIn(
        laender.filter((land) => !reformationEast.includes(land)),
        { validFrom: 2017, validUntil: 2017, note: 'One-off: 500th anniversary of the Reformation.' },
      ),
    ],
  },
  { id: 'all_saints', name: { de: 'Allerheiligen', en: "All Saints' Day" }, date: fixed(11, 1), observances: listedIn(['BW', 'BY', 'NW', 'RP', 'SL']) },
  {
    id: 'repentance_day',
    name: { de: 'Buß- und Bettag', en: 'Day of Repentance and Prayer' },
    date: { kind: 'wednesday_before_november_23' },
    observances: listedIn(['SN']),
  },
  { id: 'christmas_day', name: { de: '1. Weihnachtstag', en: 'Christmas Day' }, date: fixed(12, 25), observances: listedIn(laender) },
  { id: 'second_christmas_day', name: { de: '2. Weihnachtstag', en: 'Second Day of Christmas' }, date: fixed(12, 26), observances: listedIn(laender) },
];

/**
 * Holidays that apply only in some municipalities. A Land-wide calendar cannot know the
 * municipality, and treating them as working days errs on the side of the earlier deadline,
 * so they are documented here and not counted.
 */
export const partialHolidays: readonly PartialHoliday[] = [
  { id: 'assumption', name: 'Mariä Himmelfahrt', land: 'BY', where: 'municipalities with a predominantly Catholic population', legalRef: 'Art. 1 Abs. 1 Nr. 2 FTG BY' },
  { id: 'augsburg_peace_festival', name: 'Augsburger Hohes Friedensfest (8 August)', land: 'BY', where: 'the city of Augsburg', legalRef: 'Art. 1 Abs. 2 FTG BY' },
  { id: 'corpus_christi', name: 'Fronleichnam', land: 'SN', where: 'designated Catholic municipalities of the Sorbian settlement area', legalRef: '§ 1 Abs. 2 SächsSFG' },
  { id: 'corpus_christi', name: 'Fronleichnam', land: 'TH', where: 'designated Catholic municipalities (Eichsfeld, Unstrut-Hainich-Kreis, Wartburgkreis)', legalRef: '§ 2 Abs. 2 ThürFGtG' },
];
