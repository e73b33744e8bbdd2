/**
 * Sentences about professional experience: how much counted since when, and every period (or part)
 * that was not counted or counts only if confirmed, with the reason. Dates read "30. Juni 2019" /
 * "30 June 2019", years "1 Jahr" / "2 Jahre".
 */
import { civilFromDay, formatIsoDate, parseIsoDate, type DayNumber } from '../shared/calendar-date';
import { DAYS_PER_EXPERIENCE_YEAR } from './experience';
import type { ExperienceNote, ExperienceNoteReason, ExperienceReference } from './profile-context';
import type { LocalizedText } from './types';

type Language = 'de' | 'en';

const MONTHS: Record<Language, readonly string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "30. Juni 2019" / "30 June 2019". */
export function dayText(day: DayNumber, language: Language): string {
  const { year, month, day: dayOfMonth } = civilFromDay(day);
  const name = MONTHS[language][month - 1] ?? '';
  return language === 'de' ? `${dayOfMonth}. ${name} ${year}` : `${dayOfMonth} ${name} ${year}`;
}

// Explanations format the same few dates many times per evaluation; a small bounded cache keeps
// that cheap (deterministic, so it cannot change any result).
const dateTextCache = new Map<string, readonly [string, string]>();
const DATE_TEXT_CACHE_LIMIT = 4096;

/** An ISO date as "30. Juni 2019" / "30 June 2019" (the ISO text itself if it is not a date). */
export function isoDateText(iso: string, language: Language): string {
  let pair = dateTextCache.get(iso);
  if (pair === undefined) {
    const day = parseIsoDate(iso);
    pair = day === undefined ? [iso, iso] : [dayText(day, 'de'), dayText(day, 'en')];
    if (dateTextCache.size >= DATE_TEXT_CACHE_LIMIT) dateTextCache.clear();
    dateTextCache.set(iso, pair);
  }
  return language === 'de' ? pair[0] : pair[1];
}

/** "1 Jahr", "2 Jahre", "2,5 Jahre" / "1 year", "2.5 years"; `dative` gives "in den letzten 5 Jahren". */
export function yearsText(years: number, language: Language, dative = false): string {
  if (language === 'de') return `${String(years).replace('.', ',')} ${years === 1 ? 'Jahr' : dative ? 'Jahren' : 'Jahre'}`;
  return `${years} ${years === 1 ? 'year' : 'years'}`;
}

/** Days as years for a sentence, rounded down to two decimals so 729 days never read as "2 Jahre". */
export const displayYears = (days: number): number => Math.floor((days / DAYS_PER_EXPERIENCE_YEAR) * 100) / 100;

/** A not-counted period as it appears in the values of a condition (ISO dates, machine-readable). */
export type ExperienceNoteValue = { from: string; to: string; reason: ExperienceNoteReason; occupation: string | null };

export function noteValues(notes: readonly ExperienceNote[]): ExperienceNoteValue[] {
  const values: ExperienceNoteValue[] = [];
  for (const note of notes) values.push({ from: formatIsoDate(note.from), to: formatIsoDate(note.to), reason: note.reason, occupation: note.occupation });
  return values;
}

/** What the notes need besides themselves (the values of an experience condition carry all of it). */
export type NoteContext = {
  notCounted: readonly ExperienceNoteValue[];
  countedFrom: string;
  withinYears: number;
  /** Completion date of the qualification (ISO), when periods before it were cut off. */
  qualificationCompletedOn: string | null;
  reference: string | null;
  relatedTo: ExperienceReference | null;
  assumedRelated: boolean;
  /** Group codes that count, for `not_in_group` / `group_unknown` ("133 oder 25"). */
  groups: readonly string[];
  /** True when the condition is open: periods of unclear occupation would decide it, so ask about them. */
  pendingConfirmation: boolean;
};

function period(note: ExperienceNoteValue, language: Language): string {
  const from = isoDateText(note.from, language);
  const to = isoDateText(note.to, language);
  return language === 'de' ? `${from} bis ${to}` : `${from} to ${to}`;
}

function orList(codes: readonly string[], language: Language): string {
  if (codes.length <= 1) return codes.join('');
  return `${codes.slice(0, -1).join(', ')} ${language === 'de' ? 'oder' : 'or'} ${codes[codes.length - 1] as string}`;
}

function reasonText(note: ExperienceNoteValue, c: NoteContext, language: Language): string {
  const de = language === 'de';
  const occupation = note.occupation ?? (de ? 'ohne Berufsangabe' : 'no occupation given');
  switch (note.reason) {
    case 'before_qualification':
      return de
        ? `vor dem Abschluss am ${isoDateText(c.qualificationCompletedOn ?? c.countedFrom, language)}`
        : `before the qualification was obtained on ${isoDateText(c.qualificationCompletedOn ?? c.countedFrom, language)}`;
    case 'before_window':
      return de
        ? `vor dem ${isoDateText(c.countedFrom, language)}, also nicht in den letzten ${yearsText(c.withinYears, language, true)}`
        : `before ${isoDateText(c.countedFrom, language)}, so not within the last ${yearsText(c.withinYears, language)}`;
    case 'after_date':
      return de ? 'nach dem Bewertungsdatum' : 'after the evaluation date';
    case 'not_in_group':
      return de
        ? `${occupation}: kein Beruf der Gruppen ISCO ${orList(c.groups, language)}`
        : `${occupation}: not an occupation of ISCO groups ${orList(c.groups, language)}`;
    case 'group_unknown':
      return de
        ? `${occupation}: nicht erkennbar, ob ein Beruf der Gruppen ISCO ${orList(c.groups, language)}`
        : `${occupation}: not clear whether it is an occupation of ISCO groups ${orList(c.groups, language)}`;
    case 'unrelated': {
      const subject = c.relatedTo === 'job' ? (de ? 'die Stelle' : 'the job') : de ? 'die Qualifikation' : 'the qualification';
      return de
        ? `Beruf (${note.occupation ?? ''}) nicht erkennbar in derselben Berufsgruppe wie ${subject} (${c.reference ?? ''})`
        : `occupation (${note.occupation ?? ''}) not recognisably in the same occupation group as ${subject} (${c.reference ?? ''})`;
    }
    case 'unmapped':
      return de
        ? `${occupation} steht nicht im Umsteigeschlüssel der Bundesagentur für Arbeit, der Beruf ist daher offen`
        : `${occupation} is not in the Federal Employment Agency's correspondence table, so the occupation is open`;
  }
}

const EMPTY: LocalizedText = { de: '', en: '' };

const QUESTION: Record<ExperienceReference, LocalizedText> = {
  job: {
    de: 'Befähigt diese Berufserfahrung Sie zu der angebotenen Stelle? Dann zählt sie mit.',
    en: 'Does this experience qualify you for the job offered? Then it counts.',
  },
  qualification: {
    de: 'Steht diese Berufserfahrung im Zusammenhang mit Ihrer Qualifikation? Dann zählt sie mit.',
    en: 'Is this experience related to your qualification? Then it counts.',
  },
};

const ASSUMED: Record<ExperienceReference, LocalizedText> = {
  job: {
    de: 'Ohne Berufsangabe zum Vergleich wurde angenommen, dass die Berufserfahrung zu der Stelle passt.',
    en: 'Without an occupation to compare, the experience was assumed to fit the job.',
  },
  qualification: {
    de: 'Ohne Berufsangabe zum Vergleich wurde angenommen, dass die Berufserfahrung zu Ihrer Qualifikation passt.',
    en: 'Without an occupation to compare, the experience was assumed to relate to your qualification.',
  },
};

const isUnclear = (reason: ExperienceNoteReason): boolean => reason === 'unrelated' || reason === 'group_unknown' || reason === 'unmapped';

const join = (list: string, item: string): string => (list === '' ? item : `${list}; ${item}`);

/**
 * "Nicht gezählt: …. Noch nicht gezählt: …. <question> <assumption>" — empty when nothing to say.
 * Periods of unclear occupation are asked about only while they could decide the condition.
 * (Runs for most evaluations: plain loops, no per-call closures.)
 */
export function notesText(c: NoteContext): LocalizedText {
  const notes = c.notCounted;
  if (notes.length === 0 && !c.assumedRelated) return EMPTY;
  let excludedDe = '';
  let excludedEn = '';
  let openDe = '';
  let openEn = '';
  let ask = false;
  for (let index = 0; index < notes.length; index += 1) {
    const note = notes[index] as ExperienceNoteValue;
    const itemDe = `${period(note, 'de')} (${reasonText(note, c, 'de')})`;
    const itemEn = `${period(note, 'en')} (${reasonText(note, c, 'en')})`;
    if (c.pendingConfirmation && isUnclear(note.reason)) {
      openDe = join(openDe, itemDe);
      openEn = join(openEn, itemEn);
      if (note.reason !== 'group_unknown') ask = true;
    } else {
      excludedDe = join(excludedDe, itemDe);
      excludedEn = join(excludedEn, itemEn);
    }
  }
  let de = excludedDe === '' ? '' : `Nicht gezählt: ${excludedDe}.`;
  let en = excludedEn === '' ? '' : `Not counted: ${excludedEn}.`;
  if (openDe !== '') {
    de = `${de === '' ? '' : `${de} `}Noch nicht gezählt: ${openDe}.`;
    en = `${en === '' ? '' : `${en} `}Not counted yet: ${openEn}.`;
  }
  const reference = c.relatedTo ?? 'qualification';
  if (ask) {
    de = `${de} ${QUESTION[reference].de}`;
    en = `${en} ${QUESTION[reference].en}`;
  }
  if (c.assumedRelated) {
    de = de === '' ? ASSUMED[reference].de : `${de} ${ASSUMED[reference].de}`;
    en = en === '' ? ASSUMED[reference].en : `${en} ${ASSUMED[reference].en}`;
  }
  return { de, en };
}

/** "7,32 Jahre Erfahrung seit 22. November 2021" / "7.32 years of experience since 22 November 2021". */
export function countedText(days: number, countedFrom: string): LocalizedText {
  const years = displayYears(days);
  return {
    de: `${yearsText(years, 'de')} Erfahrung seit ${isoDateText(countedFrom, 'de')}`,
    en: `${yearsText(years, 'en')} of experience since ${isoDateText(countedFrom, 'en')}`,
  };
}
