/** Children (§32) and parents (§36 Abs. 3) conditions, and the three family titles as data. */
import { formatIsoDate } from '../shared/calendar-date';
import { familyCommonConditions } from './conditions-family';
import type { FamilyContext } from './family-context';
import type { FamilyMember } from './profile-schema';
import { defineCondition, type ConditionRef, type ConditionRule } from './rule-model';
import { countText, isoDateText, quoted, text } from './text-helpers';
import { titleNameText } from './title-names';
import type { LocalizedText } from './types';

type Ctx = FamilyContext;

export const childMinorCondition = defineCondition({
  id: 'child_minor',
  legalRef: '§32 Abs. 1 AufenthG',
  question: text('Wie alt ist das Kind?', 'How old is the child?'),
  texts: {
    met: (v: { age: number; minorUntilAge: number }) => {
      const age = countText(v.age, 'year');
      return { de: `Das Kind ist ${age.de} alt: minderjährig.`, en: `The child is ${age.en} old: a minor.` };
    },
    not_met: (v: { age: number; minorUntilAge: number }) => ({
      de: `Das Kind ist ${countText(v.age, 'year').de} alt; der Kindernachzug gilt nur für minderjährige ledige Kinder (unter ${v.minorUntilAge}).`,
      en: `The child is ${countText(v.age, 'year').en} old; reunification covers only minor unmarried children (under ${v.minorUntilAge}).`,
    }),
  },
  check: (ctx: Ctx) => {
    const minorUntilAge = ctx.period.rules.family.minorUntilAge.value;
    const status = ctx.member.age < minorUntilAge ? 'met' : 'not_met';
    return { status, text: status, values: { age: ctx.member.age, minorUntilAge } } as const;
  },
});

export const childLanguageCondition = defineCondition({
  id: 'child_language_16_17',
  legalRef: '§32 Abs. 2 AufenthG',
  question: text('Zieht das Kind gemeinsam mit den Eltern nach Deutschland?', 'Does the child move to Germany together with the parents?'),
  texts: {
    under_16: text('Unter 16 Jahren: keine Sprachanforderung.', 'Under 16: no language requirement.'),
    moves_with_parent: text('Das Kind zieht gemeinsam mit den Eltern um: keine Sprachanforderung.', 'The child moves together with the parents: no language requirement.'),
    waived: text('Der Elternteil hat einen privilegierten Fachkräftetitel: keine Sprachanforderung.', 'The parent holds a privileged skilled-worker title: no language requirement.'),
    waived_settled: text(
      'Der Elternteil hat die Niederlassungserlaubnis direkt nach einem privilegierten Fachkräftetitel erhalten: keine Sprachanforderung (§32 Abs. 2 Satz 2 Nr. 3 AufenthG).',
      'The parent received the settlement permit directly after a privileged skilled-worker title: no language requirement (§32(2) sentence 2 no. 3 AufenthG).',
    ),
    c1: text('Das Kind beherrscht die deutsche Sprache (C1).', 'The child has mastered German (C1).'),
    not_met: text(
      'Ab 16 ohne gemeinsamen Umzug: Deutsch C1 oder eine positive Integrationsprognose nötig; C1 ist nicht erreicht.',
      'From 16 without moving together: German C1 or a positive integration forecast is needed; C1 is not reached.',
    ),
    unknown: text('Ob das Kind mit umzieht bzw. sein Deutschniveau ist nicht angegeben.', "Whether the child moves together, or the child's German level, is not stated."),
  },
  hints: {
    not_met: text('Die Ausländerbehörde kann bei guter Integrationsprognose trotzdem zustimmen; Schul- und Sprachnachweise vorlegen.', 'The authority may still agree on a positive integration forecast; provide school and language records.'),
    unknown: text('Angeben, ob das Kind gemeinsam umzieht, und sein Deutschniveau.', "State whether the child moves together and the child's German level."),
  },
  check: (ctx: Ctx) => {
    const member = ctx.member;
    const values = { age: member.age, movesWithParent: member.movesWithParent ?? null, german: member.german ?? null, sponsorPrivileged: ctx.sponsorPrivileged };
    if (member.age < ctx.period.rules.family.childLanguageFromAge.value) return { status: 'met', text: 'under_16', values } as const;
    if (member.movesWithParent === true) return { status: 'met', text: 'moves_with_parent', values } as const;
    if (ctx.sponsorPrivileged) return { status: 'met', text: 'waived', values } as const;
    if (ctx.sponsorSettledSkilledWorker) return { status: 'met', text: 'waived_settled', values } as const;
    if (ctx.memberGermanRank !== undefined && ctx.memberGermanRank >= 5) return { status: 'met', text: 'c1', values } as const;
    if (member.movesWithParent === undefined || ctx.memberGermanRank === undefined) return { status: 'unknown', text: 'unknown', values } as const;
    return { status: 'not_met', text: 'not_met', values } as const;
  },
});

export const parentSponsorTitleCondition = defineCondition({
  id: 'parent_sponsor_title',
  legalRef: '§36 Abs. 3 Satz 1 AufenthG',
  question: text('Welchen Titel hat der Zusammenführende?', 'Which title does the sponsor hold?'),
  texts: {
    met: (v: { sponsorTitleId: string }) => {
      const title = quoted(titleNameText(v.sponsorTitleId));
      return { de: `Der Titel des Zusammenführenden, ${title.de}, gehört zu den privilegierten Fachkräftetiteln.`, en: `The sponsor's title, ${title.en}, is one of the privileged skilled-worker titles.` };
    },
    not_met: (v: { sponsorTitleId: string }) => {
      const title = quoted(titleNameText(v.sponsorTitleId));
      return {
        de: `Der Titel des Zusammenführenden, ${title.de}, erlaubt keinen Elternnachzug nach §36 Abs. 3 (nur Blaue Karte, ICT-Karte, §§18a, 18b, 18c Abs. 3, 18d, 18f, 19c bestimmte Fälle, 21).`,
        en: `The sponsor's title, ${title.en}, does not allow parents under §36(3) (only Blue Card, ICT card, §§18a, 18b, 18c(3), 18d, 18f, certain §19c cases, 21).`,
      };
    },
  },
  check: (ctx: Ctx) => {
    const status = ctx.sponsorPrivileged ? 'met' : 'not_met';
    return { status, text: status, values: { sponsorTitleId: ctx.sponsorTitleId } } as const;
  },
});

export const parentFirstIssuedCondition = defineCondition({
  id: 'parent_sponsor_first_issued',
  legalRef: '§36 Abs. 3 Satz 1 AufenthG',
  question: text('Wann wurde der Titel des Zusammenführenden erstmals erteilt?', "When was the sponsor's title first issued?"),
  texts: {
    met: (v: { firstIssuedOn: string; issuedFrom: string }) => {
      const issued = isoDateText(v.firstIssuedOn);
      const from = isoDateText(v.issuedFrom);
      return { de: `Erstmals erteilt am ${issued.de} (nötig: am ${from.de} oder später).`, en: `First issued on ${issued.en} (needed: on ${from.en} or later).` };
    },
    not_met: (v: { firstIssuedOn: string; issuedFrom: string }) => {
      const issued = isoDateText(v.firstIssuedOn);
      const from = isoDateText(v.issuedFrom);
      return {
        de: `Erstmals erteilt am ${issued.de}, vor dem ${from.de}: nur Nachzug bei außergewöhnlicher Härte (§36 Abs. 2).`,
        en: `First issued on ${issued.en}, before ${from.en}: only in cases of exceptional hardship (§36(2)).`,
      };
    },
  },
  check: (ctx: Ctx) => {
    const values = { firstIssuedOn: formatIsoDate(ctx.sponsorFirstIssuedDay), issuedFrom: ctx.period.rules.family.parentsFirstIssuedFrom.date };
    const status = ctx.sponsorFirstIssuedDay >= ctx.period.parentsFirstIssuedFrom ? 'met' : 'not_met';
    return { status, text: status, values } as const;
  },
});

export const familyConditions: readonly ConditionRule<Ctx>[] = [
  ...familyCommonConditions,
  childMinorCondition,
  childLanguageCondition,
  parentSponsorTitleCondition,
  parentFirstIssuedCondition,
];

export type FamilyTitleDefinition = {
  id: string;
  role: FamilyMember['role'];
  name: LocalizedText;
  legalRef: string;
  discretionary: boolean;
  conditions: readonly ConditionRef[];
};

export const familyTitles: readonly FamilyTitleDefinition[] = [
  {
    id: '30_spouse',
    role: 'spouse',
    name: text('Ehegattennachzug', 'Spouse reunification'),
    legalRef: '§30 Abs. 1 AufenthG',
    discretionary: false,
    conditions: [{ id: 'spouse_adult' }, { id: 'spouse_sponsor_status' }, { id: 'spouse_german_a1' }, { id: 'living_space' }, { id: 'family_livelihood' }, { id: 'health_insurance' }],
  },
  {
    id: '32_child',
    role: 'child',
    name: text('Kindernachzug', 'Child reunification'),
    legalRef: '§32 AufenthG',
    discretionary: false,
    conditions: [{ id: 'child_minor' }, { id: 'child_language_16_17' }, { id: 'living_space' }, { id: 'family_livelihood' }, { id: 'health_insurance' }],
  },
  {
    id: '36_3_parent',
    role: 'parent',
    name: text('Elternnachzug zu Fachkräften', 'Parents joining skilled workers'),
    legalRef: '§36 Abs. 3 AufenthG',
    // "kann … erteilt werden": the authority decides at its discretion even when every condition is met.
    discretionary: true,
    conditions: [
      { id: 'parent_sponsor_title' },
      { id: 'parent_sponsor_first_issued' },
      { id: 'parent_living_space' },
      { id: 'family_livelihood', legalRef: '§36 Abs. 3 Satz 2 i.V.m. §5 Abs. 1 Nr. 1 AufenthG' },
      { id: 'health_insurance' },
    ],
  },
];
