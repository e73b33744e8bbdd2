/**
 * Sentences about professional experience: how much counted since when, and every period (or part)
 * that was not counted or counts only if confirmed, with the reason. Dates read "30. Juni 2019" /
 * "30 June 2019", years "1 Jahr" / "2 Jahre".
 */
import { civilFromDay, formatIsoDate, parseIsoDate, type DayNumber } from '../shared/calendar-date';
import { DAYS_PER_EXPERIENCE_YEAR } from './experience';
import type { ExperienceNote, ExperienceNoteReason, ExperienceReference, ExperienceSummary } from './profile-context';
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

/** An ISO date as "30. Juni 2019" / "30 June 2019" (the ISO text itself if it is not a date). */
export function isoDateText(iso: string, language: Language): string {
  const day = parseIsoDate(iso);
  return day === undefined ? iso : dayText(day, language);
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

export const noteValues = (notes: readonly ExperienceNote[]): ExperienceNoteValue[] =>
  notes.map((note) => ({ from: formatIsoDate(note.from), to: formatIsoDate(note.to), reason: note.reason, occupation: note.occupation }));

/** What the notes need besides themselves. */
export type NoteContext = {
  notes: readonly ExperienceNoteValue[];
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

/** "Nicht gezählt: …. Nur wenn bestätigt: …. Angenommen: …" — empty when nothing to say. */
export function notesText(c: NoteContext): LocalizedText {
  const parts: LocalizedText = { de: '', en: '' };
  // Periods of unclear occupation are asked about only while they could decide the condition.
  const unclear = (note: ExperienceNoteValue): boolean => note.reason === 'unrelated' || note.reason === 'group_unknown' || note.reason === 'unmapped';
  const open = c.pendingConfirmation ? c.notes.filter(unclear) : [];
  const excluded = c.notes.filter((note) => !open.includes(note));
  for (const language of ['de', 'en'] as const) {
    const sentences: string[] = [];
    if (excluded.length > 0) {
      const list = excluded.map((note) => `${period(note, language)} (${reasonText(note, c, language)})`).join('; ');
      sentences.push(language === 'de' ? `Nicht gezählt: ${list}.` : `Not counted: ${list}.`);
    }
    if (open.length > 0) {
      const list = open.map((note) => `${period(note, language)} (${reasonText(note, c, language)})`).join('; ');
      sentences.push(language === 'de' ? `Noch nicht gezählt: ${list}.` : `Not counted yet: ${list}.`);
      if (open.some((note) => note.reason !== 'group_unknown')) {
        sentences.push(
          c.relatedTo === 'job'
            ? language === 'de'
              ? 'Befähigt diese Berufserfahrung Sie zu der angebotenen Stelle? Dann zählt sie mit.'
              : 'Does this experience qualify you for the job offered? Then it counts.'
            : language === 'de'
              ? 'Steht diese Berufserfahrung im Zusammenhang mit Ihrer Qualifikation? Dann zählt sie mit.'
              : 'Is this experience related to your qualification? Then it counts.',
        );
      }
    }
    if (c.assumedRelated) {
      const job = c.relatedTo === 'job';
      sentences.push(
        language === 'de'
          ? `Ohne Berufsangabe zum Vergleich wurde angenommen, dass die Berufserfahrung ${job ? 'zu der Stelle passt' : 'zu Ihrer Qualifikation passt'}.`
          : `Without an occupation to compare, the experience was assumed to ${job ? 'fit the job' : 'relate to your qualification'}.`,
      );
    }
    parts[language] = sentences.join(' ');
  }
  return parts;
}

/** The note context of a summary. */
export function noteContext(
  summary: ExperienceSummary,
  withinYears: number,
  options: { relatedTo?: ExperienceReference; qualificationCompletedOn?: string | undefined; groups?: readonly string[] } = {},
): NoteContext {
  return {
    notes: noteValues(summary.notes),
    countedFrom: formatIsoDate(summary.windowFrom),
    withinYears,
    qualificationCompletedOn: options.qualificationCompletedOn ?? null,
    reference: summary.reference,
    relatedTo: options.relatedTo ?? null,
    assumedRelated: summary.assumedRelated,
    groups: options.groups ?? [],
    pendingConfirmation: summary.status === 'unknown',
  };
}

/** "7,32 Jahre Erfahrung seit 22. November 2021" / "7.32 years of experience since 22 November 2021". */
export function countedText(days: number, countedFrom: string): LocalizedText {
  const years = displayYears(days);
  return {
    de: `${yearsText(years, 'de')} Erfahrung seit ${isoDateText(countedFrom, 'de')}`,
    en: `${yearsText(years, 'en')} of experience since ${isoDateText(countedFrom, 'en')}`,
  };
}
