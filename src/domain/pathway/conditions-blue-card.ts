/**
 * Conditions specific to the EU Blue Card variants (§18g AufenthG): shortage occupation groups,
 * the new-entrant rule, and the IT-specialist route without a degree.
 */
import { addYears, formatIsoDate } from '../shared/calendar-date';
import { academicFachkraft } from './conditions-qualification';
import type { IscoMatcher } from './isco';
import type { LocalizedText } from './types';
import { occupationGroupHints, occupationGroupTexts, occupationGroupVerdict, type OccupationGroupValues } from './occupation-texts';
import { defineCondition, type ConditionRule } from './rule-model';
import type { ProfileContext } from './profile-context';
import { occupationGroupText } from './occupation-groups';
import { countText, isoDateText, text } from './text-helpers';

type Ctx = ProfileContext;
type GroupValues = OccupationGroupValues;

/** The job's ISCO-08 code, or its KldB 2010 code mapped to ISCO-08 (occupation.ts), against the groups. */
function occupationCheck(ctx: Ctx, matcher: IscoMatcher) {
  const job = ctx.profile.job;
  const verdict = occupationGroupVerdict(matcher, job);
  if (job == null) return { status: 'not_met', text: 'no_job', values: verdict.values } as const;
  return verdict;
}

// The group lists are fixed per rule set: built once per list, not per evaluation.
const groupListCache = new WeakMap<readonly string[], LocalizedText>();

/** The groups in words, "A (ISCO 1); B (ISCO 2) oder C (ISCO 3)". */
function groupList(v: GroupValues): LocalizedText {
  const cached = groupListCache.get(v.groups);
  if (cached !== undefined) return cached;
  const list = buildGroupList(v);
  groupListCache.set(v.groups, list);
  return list;
}

function buildGroupList(v: GroupValues): LocalizedText {
  const names = v.groups.map(occupationGroupText);
  const join = (language: 'de' | 'en', or: string): string => {
    const parts = names.map((name) => name[language]);
    return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join('; ')} ${or} ${parts.at(-1) ?? ''}`;
  };
  return { de: join('de', 'oder'), en: join('en', 'or') };
}

/** The group the job belongs to (the first matching one), in words. */
function matchedGroup(v: GroupValues): LocalizedText {
  const group = v.groups.find((code) => v.jobIsco?.startsWith(code));
  return group === undefined ? groupList(v) : occupationGroupText(group);
}

export const shortageOccupationCondition = defineCondition({
  id: 'shortage_occupation',
  legalRef: '§18g Abs. 1 Satz 2 Nr. 1 AufenthG',
  question: text('Welcher ISCO-08-Berufsgruppe gehört die Stelle an?', 'Which ISCO-08 occupation group does the job belong to?'),
  texts: {
    met: (v: GroupValues) => {
      const group = matchedGroup(v);
      return {
        de: `Die Stelle (ISCO ${v.jobIsco}) gehört zu einer Engpass-Berufsgruppe: ${group.de}.`,
        en: `The job (ISCO ${v.jobIsco}) is in a shortage occupation group: ${group.en}.`,
      };
    },
    not_met: (v: GroupValues) => {
      const groups = groupList(v);
      return {
        de: `Die Stelle (ISCO ${v.jobIsco}) gehört zu keiner Engpass-Berufsgruppe. Das sind: ${groups.de}.`,
        en: `The job (ISCO ${v.jobIsco}) is not in a shortage occupation group. These are: ${groups.en}.`,
      };
    },
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
    met: (v: GroupValues) => {
      const group = matchedGroup(v);
      return { de: `Die Stelle (ISCO ${v.jobIsco}) ist ein IT-Beruf: ${group.de}.`, en: `The job (ISCO ${v.jobIsco}) is an IT occupation: ${group.en}.` };
    },
    not_met: (v: GroupValues) => {
      const groups = groupList(v);
      return { de: `Die Stelle (ISCO ${v.jobIsco}) ist kein IT-Beruf. IT-Berufe sind: ${groups.de}.`, en: `The job (ISCO ${v.jobIsco}) is not an IT occupation. IT occupations are: ${groups.en}.` };
    },
    unknown: text('Der ISCO-Code der Stelle fehlt oder ist zu grob.', 'The job ISCO code is missing or too coarse.'),
    no_job: text('Es liegt kein Arbeitsplatzangebot vor.', 'There is no job offer.'),
    ...occupationGroupTexts(text('den IT-Berufen', 'the IT occupations')),
  },
  hints: { unknown: text('Den vierstelligen ISCO-08-Code der Stelle angeben.', 'State the four-digit ISCO-08 code of the job.'), ...occupationGroupHints },
  check: (ctx: Ctx) => occupationCheck(ctx, ctx.period.ictGroups),
});

type DegreeAgeValues = { completedOn: string | null; earliestQualifyingDate: string; maximumYears: number };

function degreeAgeTexts(v: DegreeAgeValues) {
  return {
    completed: v.completedOn === null ? text('unbekannt', 'unknown') : isoDateText(v.completedOn),
    earliest: isoDateText(v.earliestQualifyingDate),
    years: countText(v.maximumYears, 'year'),
  };
}

export const degreeWithin3YearsCondition = defineCondition({
  id: 'degree_within_3_years',
  legalRef: '§18g Abs. 1 Satz 2 Nr. 2 AufenthG',
  question: text('Wann haben Sie den Hochschulabschluss erworben?', 'When did you obtain your degree?'),
  texts: {
    met: (v: DegreeAgeValues) => {
      const { completed, earliest, years } = degreeAgeTexts(v);
      return {
        de: `Abschluss am ${completed.de}: nicht mehr als ${years.de} vor der Antragstellung (frühestens am ${earliest.de}).`,
        en: `Degree obtained on ${completed.en}: not more than ${years.en} before the application (on ${earliest.en} at the earliest).`,
      };
    },
    too_old: (v: DegreeAgeValues) => {
      const { completed, earliest, years } = degreeAgeTexts(v);
      return {
        de: `Der Abschluss am ${completed.de} liegt mehr als ${years.de} zurück (nötig: am ${earliest.de} oder später).`,
        en: `The degree obtained on ${completed.en} is more than ${years.en} old (needed: on ${earliest.en} or later).`,
      };
    },
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
