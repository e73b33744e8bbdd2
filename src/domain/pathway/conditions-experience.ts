/**
 * Experience conditions: "N years of experience within the last M years" (§6 BeschV, §18g Abs. 2).
 * Sums come from ProfileContext.experience (merged periods, 365 days a year).
 */
import { formatIsoDate } from '../shared/calendar-date';
import { defineCondition, type ConditionRule } from './rule-model';
import type { ProfileContext } from './profile-context';
import { daysToYears } from './experience';
import { countText, isoDateText, text } from './text-helpers';

type Ctx = ProfileContext;

export const experienceBasedCondition = defineCondition({
  id: 'experience_2_of_5_years',
  legalRef: '§6 Abs. 1 Satz 1 Nr. 1 BeschV',
  question: text('Wie viel Berufserfahrung haben Sie in den letzten 5 Jahren?', 'How much professional experience do you have in the last 5 years?'),
  texts: {
    met: (v: ExperienceValues) => experienceText(v, true),
    not_met: (v: ExperienceValues) => experienceText(v, false),
    unknown: text('Die Berufserfahrung ist nicht (vollständig) angegeben.', 'Professional experience is not (fully) stated.'),
  },
  hints: { unknown: text('Berufserfahrung mit Zeiträumen angeben.', 'List your professional experience with periods.') },
  check: (ctx: Ctx) => {
    const requirement = ctx.period.rules.experienceBasedEmployment;
    const summary = ctx.experience(requirement);
    return { status: summary.status, text: summary.status, values: experienceValues(summary, requirement) };
  },
});

export type ExperienceValues = {
  experienceYears: number;
  experienceDays: number;
  requiredYears: number;
  requiredDays: number;
  withinYears: number;
  countedFrom: string;
};

export function experienceValues(
  summary: ReturnType<Ctx['experience']>,
  requirement: { years: number; withinYears: number },
): ExperienceValues {
  return {
    experienceYears: daysToYears(summary.days),
    experienceDays: summary.days,
    requiredYears: requirement.years,
    requiredDays: summary.requiredDays,
    withinYears: requirement.withinYears,
    countedFrom: formatIsoDate(summary.windowFrom),
  };
}

export function experienceText(v: ExperienceValues, met: boolean): { de: string; en: string } {
  const within = countText(v.withinYears, 'year', 'dative');
  const since = isoDateText(v.countedFrom);
  const required = countText(v.requiredYears, 'year');
  const counted = v.experienceDays === 0 ? null : countText(v.experienceYears, 'year');
  const de = counted === null
    ? `Keine anrechenbare Berufserfahrung in den letzten ${within.de} (seit dem ${since.de})`
    : `${counted.de} Berufserfahrung in den letzten ${within.de} (seit dem ${since.de})`;
  const en = counted === null
    ? `No countable professional experience in the last ${within.en} (since ${since.en})`
    : `${counted.en} of professional experience in the last ${within.en} (since ${since.en})`;
  return met
    ? { de: `${de}; mindestens ${required.de} nötig.`, en: `${en}; at least ${required.en} needed.` }
    : {
        de: `${de}; nötig sind mindestens ${required.de}. Frühere Zeiten zählen nicht.`,
        en: `${en}; at least ${required.en} are needed. Earlier periods do not count.`,
      };
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
  },
  hints: { unknown: text('IT-Berufserfahrung mit Zeiträumen und ISCO-Code angeben.', 'List IT experience with periods and ISCO codes.') },
  check: (ctx: Ctx) => {
    const requirement = ctx.period.rules.itSpecialistExperience;
    const summary = ctx.experience(requirement, ctx.period.ictGroups);
    return { status: summary.status, text: summary.status, values: experienceValues(summary, requirement) };
  },
});

export const experienceConditions: readonly ConditionRule<Ctx>[] = [experienceBasedCondition, itExperienceCondition];
