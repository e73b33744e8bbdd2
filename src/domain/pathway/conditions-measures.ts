/**
 * Conditions of §16d AufenthG beyond the qualification itself: German A2, a confirmed place in a
 * qualification measure, means of subsistence, and the recognition-partnership agreement.
 */
import { centsToEuros, eurosToCents } from '../shared/money';
import { defineCondition, type ConditionRule, type SourcedAmount, type YearlyParameters } from './rule-model';
import type { ProfileContext } from './profile-context';
import { euroDe, euroEn, languageLevelText, text } from './text-helpers';

type Ctx = ProfileContext;

export const germanA2Condition = defineCondition({
  id: 'german_a2',
  legalRef: '§16d Abs. 1 Satz 2 Nr. 1 AufenthG',
  question: text('Welches Deutschniveau haben Sie?', 'What is your level of German?'),
  texts: {
    met: (v: { german: string }) => {
      const level = languageLevelText('german', v.german);
      return { de: `${level.de}: mindestens A2 erreicht.`, en: `${level.en}: at least A2 reached.` };
    },
    not_met: (v: { german: string }) => {
      const level = languageLevelText('german', v.german);
      return v.german === 'none'
        ? { de: 'Sie haben keine Deutschkenntnisse angegeben; nötig ist mindestens Deutsch A2.', en: 'You stated no knowledge of German; at least German A2 is needed.' }
        : { de: `${level.de}: nötig ist mindestens A2.`, en: `${level.en}: at least A2 is needed.` };
    },
  },
  hints: { not_met: text('Deutsch bis mindestens A2 lernen und mit Zertifikat nachweisen.', 'Learn German to at least A2 and prove it with a certificate.') },
  check: (ctx: Ctx) => {
    const status = ctx.germanRank >= 2 ? 'met' : 'not_met';
    return { status, text: status, values: { german: ctx.profile.german, required: 'A2' } } as const;
  },
});

export const qualificationMeasurePlaceCondition = defineCondition({
  id: 'qualification_measure_place',
  legalRef: '§16d Abs. 1 Satz 2 Nr. 2 AufenthG',
  question: text('Haben Sie einen bestätigten Platz in einer Qualifizierungsmaßnahme?', 'Do you have a confirmed place in a qualification measure?'),
  texts: {
    met: text('Ein Platz in einer geeigneten Qualifizierungsmaßnahme ist bestätigt.', 'A place in a suitable qualification measure is confirmed.'),
    not_confirmed: text('Der Platz in der Qualifizierungsmaßnahme ist noch nicht bestätigt.', 'The place in the qualification measure is not confirmed yet.'),
    none: text('Keine Qualifizierungsmaßnahme angegeben.', 'No qualification measure given.'),
    unknown: text('Ob es einen Platz in einer Qualifizierungsmaßnahme gibt, ist nicht angegeben.', 'It is not stated whether there is a place in a qualification measure.'),
  },
  hints: {
    not_confirmed: text('Einen Platz in einer Anpassungs- oder Ausgleichsmaßnahme suchen und bestätigen lassen.', 'Find a place in an adaptation or compensation measure and get it confirmed.'),
    none: text('Einen Platz in einer Anpassungs- oder Ausgleichsmaßnahme suchen und bestätigen lassen.', 'Find a place in an adaptation or compensation measure and get it confirmed.'),
  },
  check: (ctx: Ctx) => {
    const measure = ctx.profile.qualificationMeasure;
    const values = { placeConfirmed: measure?.placeConfirmed ?? null, schoolBased: measure?.schoolBased ?? null };
    if (measure === undefined) return { status: 'unknown', text: 'unknown', values } as const;
    if (measure === null) return { status: 'not_met', text: 'none', values } as const;
    return measure.placeConfirmed ? ({ status: 'met', text: 'met', values } as const) : ({ status: 'not_met', text: 'not_confirmed', values } as const);
  },
});

type FundsValues = {
  fundsPerMonthEur: number | null;
  fundsPerMonthCents: number | null;
  requiredPerMonthEur: number;
  requiredPerMonthCents: number;
  requiredPerYearEur: number;
  shortfallEur: number;
  shortfallCents: number;
  year: number;
};

/** "Own means of at least x € per month" with the monthly shortfall. */
export function fundsCondition(id: string, legalRef: string, pick: (parameters: YearlyParameters) => SourcedAmount) {
  return defineCondition({
    id,
    legalRef,
    question: text('Über wie viel eigenes Geld pro Monat verfügen Sie (z. B. Sperrkonto)?', 'How much own money per month do you have (e.g. blocked account)?'),
    texts: {
      met: (v: FundsValues) => ({
        de: `Mittel von ${euroDe(v.fundsPerMonthCents ?? 0)} pro Monat erreichen die nötigen ${euroDe(v.requiredPerMonthCents)}.`,
        en: `Means of ${euroEn(v.fundsPerMonthCents ?? 0)} per month reach the required ${euroEn(v.requiredPerMonthCents)}.`,
      }),
      below: (v: FundsValues) => ({
        de: `Mittel von ${euroDe(v.fundsPerMonthCents ?? 0)} pro Monat liegen unter den nötigen ${euroDe(v.requiredPerMonthCents)} (${euroDe(v.requiredPerMonthCents * 12)} im Jahr).`,
        en: `Means of ${euroEn(v.fundsPerMonthCents ?? 0)} per month are below the required ${euroEn(v.requiredPerMonthCents)} (${euroEn(v.requiredPerMonthCents * 12)} a year).`,
      }),
      unknown: (v: FundsValues) => ({
        de: `Die eigenen Mittel sind nicht angegeben; nötig sind ${euroDe(v.requiredPerMonthCents)} pro Monat.`,
        en: `Own means are not stated; ${euroEn(v.requiredPerMonthCents)} per month are required.`,
      }),
    },
    hints: {
      below: (v: FundsValues) => ({
        de: `Mit ${euroDe(v.shortfallCents)} mehr pro Monat (z. B. Sperrkonto oder Verpflichtungserklärung) wäre der Lebensunterhalt gesichert.`,
        en: `With ${euroEn(v.shortfallCents)} more per month (e.g. blocked account or formal obligation) the means would suffice.`,
      }),
      unknown: text('Eigene Mittel pro Monat angeben.', 'State your own means per month.'),
    },
    check: (ctx: Ctx) => {
      const required = pick(ctx.period.parameters).cents;
      const funds = ctx.profile.fundsPerMonthEur;
      const fundsCents = funds === undefined ? undefined : eurosToCents(funds);
      const shortfall = fundsCents === undefined ? required : Math.max(0, required - fundsCents);
      const values: FundsValues = {
        fundsPerMonthEur: funds ?? null,
        fundsPerMonthCents: fundsCents ?? null,
        requiredPerMonthEur: centsToEuros(required),
        requiredPerMonthCents: required,
        requiredPerYearEur: centsToEuros(required * 12),
        shortfallEur: centsToEuros(shortfall),
        shortfallCents: shortfall,
        year: ctx.period.parameterYear,
      };
      if (fundsCents === undefined) return { status: 'unknown', text: 'unknown', values } as const;
      return shortfall === 0 ? ({ status: 'met', text: 'met', values } as const) : ({ status: 'not_met', text: 'below', values } as const);
    },
  });
}

export const qualificationMeasureFundsCondition = fundsCondition(
  'livelihood_funds_16d',
  '§16d Abs. 1 i.V.m. §2 Abs. 3 Satz 6 AufenthG',
  (parameters) => parameters.qualificationMeasureFundsPerMonth,
);

export const recognitionPartnershipCondition = defineCondition({
  id: 'recognition_partnership',
  legalRef: '§16d Abs. 3 Satz 1 Nr. 3 und 4 AufenthG',
  question: text('Ist eine Anerkennungspartnerschaft mit einem geeigneten Arbeitgeber vereinbart?', 'Is a recognition partnership agreed with a suitable employer?'),
  texts: {
    met: text(
      'Anerkennungspartnerschaft vereinbart: Sie beantragen die Anerkennung, der Arbeitgeber ermöglicht die Qualifizierung.',
      'Recognition partnership agreed: you apply for recognition, the employer enables the qualification.',
    ),
    not_met: text('Keine Anerkennungspartnerschaft mit dem Arbeitgeber vereinbart.', 'No recognition partnership agreed with the employer.'),
    unknown: text('Ob eine Anerkennungspartnerschaft vereinbart ist, ist nicht angegeben.', 'It is not stated whether a recognition partnership is agreed.'),
    no_job: text('Es liegt kein Arbeitsplatzangebot vor.', 'There is no job offer.'),
  },
  hints: {
    not_met: text('Mit dem Arbeitgeber eine schriftliche Vereinbarung zur Anerkennungspartnerschaft schließen.', 'Sign a written recognition-partnership agreement with the employer.'),
    unknown: text('Angeben, ob eine Anerkennungspartnerschaft vereinbart ist.', 'State whether a recognition partnership is agreed.'),
  },
  check: (ctx: Ctx) => {
    const job = ctx.profile.job;
    const values = { recognitionPartnership: job?.recognitionPartnership ?? null };
    if (job == null) return { status: 'not_met', text: 'no_job', values } as const;
    if (job.recognitionPartnership === undefined) return { status: 'unknown', text: 'unknown', values } as const;
    return job.recognitionPartnership ? ({ status: 'met', text: 'met', values } as const) : ({ status: 'not_met', text: 'not_met', values } as const);
  },
});

export const measureConditions: readonly ConditionRule<Ctx>[] = [
  germanA2Condition,
  qualificationMeasurePlaceCondition,
  qualificationMeasureFundsCondition,
  recognitionPartnershipCondition,
];
