/** Conditions of family reunification to a skilled worker (§§29, 30, 32, 36 Abs. 3 AufenthG). */
import { addYears, formatIsoDate } from '../shared/calendar-date';
import type { FamilyContext } from './family-context';
import { defineCondition, type ConditionRule } from './rule-model';
import { countText, text } from './text-helpers';

type Ctx = FamilyContext;
const fromBoolean = (value: boolean | undefined) => (value === true ? 'met' : value === false ? 'not_met' : 'unknown');
const privilegedText = (ctx: Ctx) => ({ sponsorTitleId: ctx.sponsorTitleId, sponsorPrivileged: ctx.sponsorPrivileged });

export const spouseAdultCondition = defineCondition({
  id: 'spouse_adult',
  legalRef: '§30 Abs. 1 Satz 1 Nr. 1 AufenthG',
  question: text('Wie alt ist der Ehegatte?', 'How old is the spouse?'),
  texts: {
    met: (v: { age: number; minimumAge: number }) => {
      const age = countText(v.age, 'year');
      return { de: `Der Ehegatte ist ${age.de} alt: volljährig.`, en: `The spouse is ${age.en} old: an adult.` };
    },
    not_met: (v: { age: number; minimumAge: number }) => {
      const age = countText(v.age, 'year');
      const minimum = countText(v.minimumAge, 'year');
      return {
        de: `Der Ehegatte ist ${age.de} alt; beide Ehegatten müssen mindestens ${minimum.de} alt sein.`,
        en: `The spouse is ${age.en} old; both spouses must be at least ${minimum.en} old.`,
      };
    },
  },
  check: (ctx: Ctx) => {
    const minimumAge = ctx.period.rules.family.minimumSpouseAge.value;
    const status = ctx.member.age >= minimumAge ? 'met' : 'not_met';
    return { status, text: status, values: { age: ctx.member.age, minimumAge } } as const;
  },
});

export const spouseGermanCondition = defineCondition({
  id: 'spouse_german_a1',
  legalRef: '§30 Abs. 1 Satz 1 Nr. 2, Satz 3 Nr. 5 und 7 AufenthG',
  question: text('Welches Deutschniveau hat der Ehegatte?', 'What level of German does the spouse have?'),
  texts: {
    waived: text('Kein Deutschnachweis nötig: der Zusammenführende hat einen privilegierten Fachkräftetitel.', 'No German needed: the sponsor holds a privileged skilled-worker title.'),
    waived_settled: text(
      'Kein Deutschnachweis nötig: der Zusammenführende hat die Niederlassungserlaubnis direkt nach einem privilegierten Fachkräftetitel erhalten (§30 Abs. 1 Satz 3 Nr. 7 AufenthG).',
      'No German needed: the sponsor received the settlement permit directly after a privileged skilled-worker title (§30(1) sentence 3 no. 7 AufenthG).',
    ),
    met: text('Der Ehegatte hat mindestens einfache Deutschkenntnisse (A1).', 'The spouse has at least basic German (A1).'),
    not_met: text('Der Ehegatte braucht in der Regel einfache Deutschkenntnisse (A1).', 'The spouse normally needs basic German (A1).'),
    unknown: text('Das Deutschniveau des Ehegatten ist nicht angegeben.', "The spouse's level of German is not stated."),
  },
  hints: { not_met: text('Deutsch A1 lernen und nachweisen.', 'Learn German A1 and prove it.'), unknown: text('Das Deutschniveau angeben.', 'State the level of German.') },
  check: (ctx: Ctx) => {
    const values = Object.assign(privilegedText(ctx), { german: ctx.member.german ?? null });
    if (ctx.sponsorPrivileged) return { status: 'met', text: 'waived', values } as const;
    if (ctx.sponsorSettledSkilledWorker) return { status: 'met', text: 'waived_settled', values } as const;
    const status = ctx.memberGermanRank === undefined ? 'unknown' : ctx.memberGermanRank >= 1 ? 'met' : 'not_met';
    return { status, text: status, values } as const;
  },
});

export const spouseSponsorStatusCondition = defineCondition({
  id: 'spouse_sponsor_status',
  legalRef: '§30 Abs. 1 Satz 1 Nr. 3 AufenthG',
  question: text('Bestand die Ehe schon, als der Titel des Zusammenführenden erteilt wurde?', "Did the marriage exist when the sponsor's title was issued?"),
  texts: {
    blue_card: text('Der Zusammenführende besitzt eine Blaue Karte EU (Buchst. g).', 'The sponsor holds an EU Blue Card (letter g).'),
    researcher: text('Der Zusammenführende ist Forscher nach §18d/§18f (Buchst. c).', 'The sponsor is a researcher under §18d/§18f (letter c).'),
    settlement: text('Der Zusammenführende hat eine Niederlassungserlaubnis (Buchst. a/b).', 'The sponsor holds a settlement permit (letter a/b).'),
    two_years: text('Der Zusammenführende besitzt seit 2 Jahren eine Aufenthaltserlaubnis (Buchst. d).', 'The sponsor has held a residence permit for 2 years (letter d).'),
    married_before: text('Die Ehe bestand schon bei Erteilung des Titels und der Aufenthalt dauert voraussichtlich über 1 Jahr (Buchst. e).', 'The marriage existed when the title was issued and the stay will likely exceed 1 year (letter e).'),
    married_after: text('Die Ehe wurde erst nach Erteilung des Titels geschlossen; nötig sind dann 2 Jahre Titelbesitz (Buchst. d).', 'The marriage came after the title was issued; then 2 years of holding the title are needed (letter d).'),
    chancenkarte: text(
      'Die Chancenkarte gilt höchstens 1 Jahr; ein Aufenthalt über 1 Jahr (Buchst. e) ist nicht zu erwarten. Der Ehegatte kann selbst eine Chancenkarte beantragen.',
      'The opportunity card lasts at most 1 year, so a stay over 1 year (letter e) is not expected. The spouse can apply for an own opportunity card.',
    ),
    unknown: text('Ob die Ehe schon bei Erteilung des Titels bestand, ist nicht angegeben.', "It is not stated whether the marriage existed when the sponsor's title was issued."),
  },
  hints: { unknown: text('Angeben, ob die Ehe schon bei Erteilung des Titels bestand.', 'State whether the marriage existed when the title was issued.') },
  check: (ctx: Ctx) => {
    const family = ctx.period.family;
    const heldSince = addYears(ctx.day, -ctx.period.rules.family.sponsorHeldYears.value);
    const values = { sponsorTitleId: ctx.sponsorTitleId, firstIssuedOn: formatIsoDate(ctx.sponsorFirstIssuedDay), heldTwoYearsIfIssuedBy: formatIsoDate(heldSince) };
    const id = ctx.sponsorTitleId;
    if (family.blueCard.has(id)) return { status: 'met', text: 'blue_card', values } as const;
    if (family.researcher.has(id)) return { status: 'met', text: 'researcher', values } as const;
    if (family.settlement.has(id)) return { status: 'met', text: 'settlement', values } as const;
    if (family.chancenkarte.has(id)) return { status: 'not_met', text: 'chancenkarte', values } as const;
    if (!family.noSettlement.has(id) && ctx.sponsorFirstIssuedDay <= heldSince) return { status: 'met', text: 'two_years', values } as const;
    const married = ctx.member.marriageExistedAtTitleIssue;
    if (married === true) return { status: 'met', text: 'married_before', values } as const;
    if (married === false) return { status: 'not_met', text: 'married_after', values } as const;
    return { status: 'unknown', text: 'unknown', values } as const;
  },
});

export const livingSpaceCondition = defineCondition({
  id: 'living_space',
  legalRef: '§29 Abs. 1 Satz 1 Nr. 2, Abs. 5 AufenthG',
  question: text('Steht ausreichender Wohnraum zur Verfügung?', 'Is there sufficient living space?'),
  texts: {
    waived: text('Für Ehegatten und Kinder von Inhabern dieses Titels wird kein Wohnraumnachweis verlangt.', 'No living-space proof is required for spouses and children of holders of this title.'),
    met: text('Ausreichender Wohnraum steht zur Verfügung.', 'Sufficient living space is available.'),
    not_met: text('Ausreichender Wohnraum steht nicht zur Verfügung.', 'Sufficient living space is not available.'),
    unknown: text('Ob ausreichender Wohnraum zur Verfügung steht, ist nicht angegeben.', 'It is not stated whether there is sufficient living space.'),
  },
  hints: { unknown: text('Angeben, ob ausreichender Wohnraum vorhanden ist.', 'State whether there is sufficient living space.') },
  check: (ctx: Ctx) => {
    const values = Object.assign(privilegedText(ctx), { livingSpaceSufficient: ctx.request.sponsor.livingSpaceSufficient ?? null });
    if (ctx.sponsorPrivileged) return { status: 'met', text: 'waived', values } as const;
    const status = fromBoolean(ctx.request.sponsor.livingSpaceSufficient);
    return { status, text: status, values } as const;
  },
});

export const parentLivingSpaceCondition = defineCondition({
  id: 'parent_living_space',
  legalRef: '§29 Abs. 1 Satz 1 Nr. 2 AufenthG',
  question: text('Steht ausreichender Wohnraum zur Verfügung?', 'Is there sufficient living space?'),
  texts: {
    met: text('Ausreichender Wohnraum steht zur Verfügung.', 'Sufficient living space is available.'),
    not_met: text('Für Eltern gilt die Befreiung vom Wohnraumnachweis nicht; ausreichender Wohnraum fehlt.', 'The living-space waiver does not cover parents; sufficient living space is missing.'),
    unknown: text('Für Eltern ist ausreichender Wohnraum nötig; das ist nicht angegeben.', 'Parents need sufficient living space; this is not stated.'),
  },
  hints: { unknown: text('Angeben, ob ausreichender Wohnraum vorhanden ist.', 'State whether there is sufficient living space.') },
  check: (ctx: Ctx) => {
    const status = fromBoolean(ctx.request.sponsor.livingSpaceSufficient);
    return { status, text: status, values: { livingSpaceSufficient: ctx.request.sponsor.livingSpaceSufficient ?? null } } as const;
  },
});

export const familyLivelihoodCondition = defineCondition({
  id: 'family_livelihood',
  legalRef: '§5 Abs. 1 Nr. 1 AufenthG',
  question: text('Ist der Lebensunterhalt der Familie gesichert?', "Is the family's livelihood secured?"),
  texts: {
    met: text('Der Lebensunterhalt ist gesichert.', 'The livelihood is secured.'),
    not_met: text('Der Lebensunterhalt ist nicht gesichert.', 'The livelihood is not secured.'),
    unknown: text('Ob der Lebensunterhalt gesichert ist, ist nicht angegeben.', 'It is not stated whether the livelihood is secured.'),
  },
  hints: { unknown: text('Angeben, ob der Lebensunterhalt der Familie gesichert ist.', "State whether the family's livelihood is secured.") },
  check: (ctx: Ctx) => {
    const sponsor = ctx.request.sponsor;
    const status = fromBoolean(sponsor.livelihoodSecured);
    return { status, text: status, values: { livelihoodSecured: sponsor.livelihoodSecured ?? null, sponsorAnnualGrossSalaryEur: sponsor.annualGrossSalaryEur ?? null } } as const;
  },
});

export const healthInsuranceCondition = defineCondition({
  id: 'health_insurance',
  legalRef: '§2 Abs. 3 Satz 1, §5 Abs. 1 Nr. 1 AufenthG',
  question: text('Ist das Familienmitglied krankenversichert?', 'Does the family member have health insurance?'),
  texts: {
    met: text('Krankenversicherungsschutz ist nachgewiesen.', 'Health insurance is proven.'),
    assumed: text('Krankenversicherung wird als vorhanden angenommen; sie ist nachzuweisen.', 'Health insurance is assumed to be in place; it must be proven.'),
    not_met: text('Ohne Krankenversicherung ist der Lebensunterhalt nicht gesichert.', 'Without health insurance the livelihood is not secured.'),
  },
  hints: { not_met: text('Eine Krankenversicherung für das Familienmitglied abschließen.', 'Take out health insurance for the family member.') },
  check: (ctx: Ctx) => {
    const insured = ctx.member.healthInsurance;
    const values = { healthInsurance: insured ?? null };
    if (insured === false) return { status: 'not_met', text: 'not_met', values } as const;
    return { status: 'met', text: insured === true ? 'met' : 'assumed', values } as const;
  },
});

export const familyCommonConditions: readonly ConditionRule<Ctx>[] = [
  spouseAdultCondition,
  spouseGermanCondition,
  spouseSponsorStatusCondition,
  livingSpaceCondition,
  parentLivingSpaceCondition,
  familyLivelihoodCondition,
  healthInsuranceCondition,
];
