/**
 * Experience conditions: "N years of experience within the last M years" (§6 BeschV, §18g Abs. 2).
 * Sums come from ProfileContext.experience (merged periods, 365 days a year).
 */
import { formatIsoDate } from '../shared/calendar-date';
import { defineCondition, type ConditionRule } from './rule-model';
import type { ExperienceReference, ProfileContext } from './profile-context';
import { daysToYears } from './experience';
import { countedText, noteValues, notesText, yearsText, type ExperienceNoteValue } from './experience-texts';
import { text } from './text-helpers';

type Ctx = ProfileContext;

export const experienceBasedCondition = defineCondition({
  id: 'experience_2_of_5_years',
  legalRef: '§6 Abs. 1 Satz 1 Nr. 1 BeschV',
  question: text('Wie viel Berufserfahrung haben Sie in den letzten 5 Jahren?', 'How much professional experience do you have in the last 5 years?'),
  texts: {
    met: (v: ExperienceValues) => experienceText(v, true),
    not_met: (v: ExperienceValues) => experienceText(v, false),
    unknown: text('Die Berufserfahrung ist nicht (vollständig) angegeben.', 'Professional experience is not (fully) stated.'),
    relation_unknown: (v: ExperienceValues) => openText(v),
  },
  hints: {
    unknown: text('Berufserfahrung mit Zeiträumen angeben.', 'List your professional experience with periods.'),
    relation_unknown: text(
      'Angeben, ob die Berufserfahrung in dem anderen Beruf Sie zu der Stelle befähigt (die Bundesagentur für Arbeit prüft das).',
      'State whether the experience in the other occupation qualifies you for the job (the Federal Employment Agency checks this).',
    ),
  },
  check: (ctx: Ctx) => {
    // "Berufserfahrung, die … zu der Beschäftigung befähigt" (§6 Abs. 1 Satz 1 Nr. 1 BeschV): compared with the job.
    const requirement = ctx.period.rules.experienceBasedEmployment;
    const summary = ctx.experience(requirement, undefined, false, 'job');
    const values = experienceValues(summary, requirement, 'job');
    const key = summary.status === 'unknown' && ctx.profile.experience !== undefined ? 'relation_unknown' : summary.status;
    return { status: summary.status, text: key, values };
  },
});

export type ExperienceValues = {
  experienceYears: number;
  experienceDays: number;
  requiredYears: number;
  requiredDays: number;
  withinYears: number;
  countedFrom: string;
  /** added: periods (or parts) not counted, or counted only if confirmed, with the reason. */
  notCounted: readonly ExperienceNoteValue[];
  /** added: years that would count if the open periods are confirmed. */
  possibleYears: number | null;
  /** added: counted periods assumed to relate (no occupation to compare). */
  assumedRelated: boolean;
  /** added: the occupation experience is compared with ("ISCO 2221"), or null. */
  reference: string | null;
  relatedTo: ExperienceReference | null;
  qualificationCompletedOn: string | null;
  groups: readonly string[];
  /** added: true when periods of unclear occupation would decide the condition (it is unknown). */
  pendingConfirmation: boolean;
};

export function experienceValues(
  summary: ReturnType<Ctx['experience']>,
  requirement: { years: number; withinYears: number },
  relatedTo?: ExperienceReference,
  options: { qualificationCompletedOn?: string | undefined; groups?: readonly string[] } = {},
): ExperienceValues {
  return {
    experienceYears: daysToYears(summary.days),
    experienceDays: summary.days,
    requiredYears: requirement.years,
    requiredDays: summary.requiredDays,
    withinYears: requirement.withinYears,
    countedFrom: formatIsoDate(summary.windowFrom),
    notCounted: summary.notes.length === 0 ? NO_NOTES : noteValues(summary.notes),
    possibleYears: Number.isFinite(summary.possibleDays) ? daysToYears(summary.possibleDays) : null,
    assumedRelated: summary.assumedRelated,
    reference: summary.reference,
    relatedTo: relatedTo ?? null,
    qualificationCompletedOn: options.qualificationCompletedOn ?? null,
    groups: options.groups ?? NO_GROUPS,
    pendingConfirmation: summary.status === 'unknown',
  };
}

const NO_NOTES: readonly ExperienceNoteValue[] = [];
const NO_GROUPS: readonly string[] = [];

function withNotes(base: { de: string; en: string }, v: ExperienceValues): { de: string; en: string } {
  const notes = notesText(v);
  return notes.de === '' ? base : { de: `${base.de} ${notes.de}`, en: `${base.en} ${notes.en}` };
}

export function experienceText(v: ExperienceValues, met: boolean): { de: string; en: string } {
  const counted = countedText(v.experienceDays, v.countedFrom);
  const required = { de: yearsText(v.requiredYears, 'de'), en: yearsText(v.requiredYears, 'en') };
  return withNotes(
    met
      ? { de: `${counted.de}; mindestens ${required.de} nötig.`, en: `${counted.en}; at least ${required.en} needed.` }
      : { de: `${counted.de}; nötig sind mindestens ${required.de}.`, en: `${counted.en}; at least ${required.en} are needed.` },
    v,
  );
}

/** Enough experience only if open periods are confirmed: says how much is certain and asks. */
export function openText(v: ExperienceValues): { de: string; en: string } {
  const counted = countedText(v.experienceDays, v.countedFrom);
  const required = { de: yearsText(v.requiredYears, 'de'), en: yearsText(v.requiredYears, 'en') };
  return withNotes({ de: `${counted.de} sicher gezählt; nötig sind mindestens ${required.de}.`, en: `${counted.en} counted for certain; at least ${required.en} are needed.` }, v);
}

export const itExperienceCondition = defineCondition({
  id: 'it_experience_3_of_7_years',
  legalRef: '§18g Abs. 2 Nr. 3 Buchst. a AufenthG',
  question: text('Wie viel IT-Berufserfahrung (ISCO 133 oder 25) haben Sie in den letzten 7 Jahren?', 'How much IT experience (ISCO 133 or 25) do you have in the last 7 years?'),
  texts: {
    met: (v: ExperienceValues) => {
      const base = experienceText(v, true);
      return {
        de: `${base.de} Die Behörde prüft, ob die Kenntnisse Hochschulniveau haben und für die Stelle nötig sind.`,
        en: `${base.en} The authority checks that the skills are at degree level and needed for the job.`,
      };
    },
    not_met: (v: ExperienceValues) => {
      const base = experienceText(v, false);
      return { de: `${base.de} Es zählt nur Erfahrung in IT-Berufen (ISCO 133 oder 25).`, en: `${base.en} Only experience in IT occupations (ISCO 133 or 25) counts.` };
    },
    unknown: text(
      'Die IT-Berufserfahrung ist nicht (vollständig) angegeben oder ohne ISCO-Code.',
      'IT experience is not (fully) stated or lacks an ISCO code.',
    ),
    group_unknown: (v: ExperienceValues) => openText(v),
  },
  hints: {
    unknown: text('IT-Berufserfahrung mit Zeiträumen und ISCO-Code angeben.', 'List IT experience with periods and ISCO codes.'),
    group_unknown: text('Für jeden Zeitraum den Beruf mit vierstelligem ISCO-08-Code angeben.', 'State the occupation of each period as a four-digit ISCO-08 code.'),
  },
  check: (ctx: Ctx) => {
    const requirement = ctx.period.rules.itSpecialistExperience;
    const summary = ctx.experience(requirement, ctx.period.ictGroups);
    const values = experienceValues(summary, requirement, undefined, { groups: ctx.period.ictGroups.codes });
    const key = summary.status === 'unknown' && ctx.profile.experience !== undefined ? 'group_unknown' : summary.status;
    return { status: summary.status, text: key, values };
  },
});

export const experienceConditions: readonly ConditionRule<Ctx>[] = [experienceBasedCondition, itExperienceCondition];
