/**
 * Conditions specific to the EU Blue Card variants (§18g AufenthG): shortage occupation groups,
 * the new-entrant rule, and the IT-specialist route without a degree.
 */
import { addYears, formatIsoDate } from '../shared/calendar-date';
import { academicFachkraft } from './conditions-qualification';
import type { IscoMatcher } from './isco';
import { occupationGroupHints, occupationGroupTexts, occupationGroupVerdict, type OccupationGroupValues } from './occupation-texts';
import { defineCondition, type ConditionRule } from './rule-model';
import type { ProfileContext } from './profile-context';
import { text } from './text-helpers';

type Ctx = ProfileContext;
type GroupValues = OccupationGroupValues;

/** The job's ISCO-08 code, or its KldB 2010 code mapped to ISCO-08 (occupation.ts), against the groups. */
function occupationCheck(ctx: Ctx, matcher: IscoMatcher) {
  const job = ctx.profile.job;
  const verdict = occupationGroupVerdict(matcher, job);
  if (job == null) return { status: 'not_met', text: 'no_job', values: verdict.values } as const;
  return verdict;
}

const groupList = (v: GroupValues): string => v.groups.join(', ');

export const shortageOccupationCondition = defineCondition({
  id: 'shortage_occupation',
  legalRef: '§18g Abs. 1 Satz 2 Nr. 1 AufenthG',
  question: text('Welcher ISCO-08-Berufsgruppe gehört die Stelle an?', 'Which ISCO-08 occupation group does the job belong to?'),
  texts: {
    met: (v: GroupValues) => ({
      de: `Die Stelle (ISCO ${v.jobIsco}) gehört zu einer Engpass-Berufsgruppe (${groupList(v)}).`,
      en: `The job (ISCO ${v.jobIsco}) is in a shortage occupation group (${groupList(v)}).`,
    }),
    not_met: (v: GroupValues) => ({
      de: `Die Stelle (ISCO ${v.jobIsco}) gehört zu keiner der Gruppen ${groupList(v)}.`,
      en: `The job (ISCO ${v.jobIsco}) is not in any of the groups ${groupList(v)}.`,
    }),
    unknown: text('Der ISCO-Code der Stelle fehlt oder ist zu grob.', 'The job ISCO code is missing or too coarse.'),
    no_job: text('Es liegt kein Arbeitsplatzangebot vor.', 'There is no job offer.'),
    ...occupationGroupTexts(text('einer Engpass-Berufsgruppe', 'a shortage occupation group')),
  },
  hints: { unknown: text('Den vierstelligen ISCO-08-Code der Stelle angeben.', 'State the four-digit ISCO-08 code of the job.'), ...occupationGroupHints },
  check: (ctx: Ctx) => occupationCheck(ctx, ctx.period.shortageGroups),
});

export const itOccupationCondition = defineCondition({
  id: 'it_occupation',
  legalRef: '§18g Abs. 2 AufenthG',
  question: text('Ist die Stelle ein IT-Beruf (ISCO 133 oder 25)?', 'Is the job an IT occupation (ISCO 133 or 25)?'),
  texts: {
    met: (v: GroupValues) => ({ de: `IT-Beruf (ISCO ${v.jobIsco}).`, en: `IT occupation (ISCO ${v.jobIsco}).` }),
    not_met: (v: GroupValues) => ({
      de: `Die Stelle (ISCO ${v.jobIsco}) ist kein IT-Beruf der Gruppen ${groupList(v)}.`,
      en: `The job (ISCO ${v.jobIsco}) is not an IT occupation of groups ${groupList(v)}.`,
    }),
    unknown: text('Der ISCO-Code der Stelle fehlt oder ist zu grob.', 'The job ISCO code is missing or too coarse.'),
    no_job: text('Es liegt kein Arbeitsplatzangebot vor.', 'There is no job offer.'),
    ...occupationGroupTexts(text('den IT-Berufen', 'the IT occupations')),
  },
  hints: { unknown: text('Den vierstelligen ISCO-08-Code der Stelle angeben.', 'State the four-digit ISCO-08 code of the job.'), ...occupationGroupHints },
  check: (ctx: Ctx) => occupationCheck(ctx, ctx.period.ictGroups),
});

type DegreeAgeValues = { completedOn: string | null; earliestQualifyingDate: string; maximumYears: number };

export const degreeWithin3YearsCondition = defineCondition({
  id: 'degree_within_3_years',
  legalRef: '§18g Abs. 1 Satz 2 Nr. 2 AufenthG',
  question: text('Wann haben Sie den Hochschulabschluss erworben?', 'When did you obtain your degree?'),
  texts: {
    met: (v: DegreeAgeValues) => ({
      de: `Abschluss am ${v.completedOn}: nicht mehr als ${v.maximumYears} Jahre vor der Antragstellung (frühestens ${v.earliestQualifyingDate}).`,
      en: `Degree obtained on ${v.completedOn}: not more than ${v.maximumYears} years before the application (from ${v.earliestQualifyingDate}).`,
    }),
    too_old: (v: DegreeAgeValues) => ({
      de: `Abschluss am ${v.completedOn} liegt mehr als ${v.maximumYears} Jahre zurück (nötig: ab ${v.earliestQualifyingDate}).`,
      en: `Degree obtained on ${v.completedOn} is more than ${v.maximumYears} years old (needed: from ${v.earliestQualifyingDate}).`,
    }),
    not_completed: text('Der Abschluss liegt nach dem Bewertungsdatum, ist also noch nicht erworben.', 'The degree date lies after the evaluation date, so it is not obtained yet.'),
    not_academic: text('Kein Hochschulabschluss angegeben.', 'No university degree given.'),
    unknown: text('Das Abschlussdatum ist nicht angegeben.', 'The graduation date is not stated.'),
  },
  hints: { unknown: text('Das Datum des Hochschulabschlusses angeben.', 'State the date of the degree.') },
  check: (ctx: Ctx) => {
    const maximumYears = ctx.period.rules.newEntrantMaximumDegreeAgeYears.value;
    const earliest = addYears(ctx.day, -maximumYears);
    const completed = ctx.qualificationCompletedDay;
    const values: DegreeAgeValues = {
      completedOn: ctx.profile.qualification.completedOn ?? null,
      earliestQualifyingDate: formatIsoDate(earliest),
      maximumYears,
    };
    if (ctx.profile.qualification.type !== 'academic') return { status: 'not_met', text: 'not_academic', values } as const;
    if (completed === undefined) return { status: 'unknown', text: 'unknown', values } as const;
    if (completed > ctx.day) return { status: 'not_met', text: 'not_completed', values } as const;
    // "nicht mehr als drei Jahre": a degree exactly three years old on the application date still counts.
    return completed >= earliest ? ({ status: 'met', text: 'met', values } as const) : ({ status: 'not_met', text: 'too_old', values } as const);
  },
});

export const blueCardWithoutDegreeCondition = defineCondition({
  id: 'blue_card_abs1_not_applicable',
  legalRef: '§18g Abs. 2 AufenthG',
  question: text('Haben Sie einen anerkannten oder vergleichbaren Hochschulabschluss?', 'Do you have a recognised or comparable degree?'),
  texts: {
    no_degree: text('Kein vergleichbarer Hochschulabschluss: der Weg für IT-Fachleute ohne Abschluss ist offen.', 'No comparable degree: the route for IT specialists without a degree is open.'),
    has_degree: text(
      'Mit vergleichbarem Abschluss gilt §18g Abs. 1 AufenthG (in IT-Berufen mit derselben Gehaltsschwelle).',
      'With a comparable degree §18g(1) AufenthG applies (in IT occupations at the same salary threshold).',
    ),
    unknown: text('Ob ein vergleichbarer Abschluss vorliegt, ist offen.', 'Whether a comparable degree exists is open.'),
  },
  check: (ctx: Ctx) => {
    // §18g Abs. 2 applies only to those who do not meet Abs. 1. For IT jobs the Abs. 1 Satz 2 Nr. 1 threshold
    // equals the Abs. 2 threshold, so "no academic Fachkraft" decides it exactly (and keeps it monotone in salary).
    const academic = academicFachkraft(ctx).status;
    const values = { academicFachkraft: academic };
    if (academic === 'met') return { status: 'not_met', text: 'has_degree', values } as const;
    if (academic === 'unknown') return { status: 'unknown', text: 'unknown', values } as const;
    return { status: 'met', text: 'no_degree', values } as const;
  },
});

export const blueCardConditions: readonly ConditionRule<Ctx>[] = [
  shortageOccupationCondition,
  itOccupationCondition,
  degreeWithin3YearsCondition,
  blueCardWithoutDegreeCondition,
];
