/** Conditions of the Westbalkan rule: §19c Abs. 1 AufenthG with §26 Abs. 2 BeschV. */
import { defineCondition, type ConditionRule } from './rule-model';
import type { ProfileContext } from './profile-context';
import { citizenshipText, countText, text } from './text-helpers';

type Ctx = ProfileContext;

const answerHint = text('Die Fragen zur Westbalkanregelung beantworten.', 'Answer the Westbalkan questions.');

/**
 * A renewal for the same holder: the person lives in Germany with a Westbalkan title. The home-mission
 * rule (§26 Abs. 2 Satz 2) and the quota (Satz 3, "in den Fällen des Satzes 2") apply to the first approval only.
 */
const isRenewal = (ctx: Ctx): boolean => !ctx.isAbroad && ctx.profile.currentTitle === '19c1_westbalkan';

export const westbalkanCitizenshipCondition = defineCondition({
  id: 'westbalkan_citizenship',
  legalRef: '§26 Abs. 2 Satz 1 BeschV',
  question: text('Welche Staatsangehörigkeit haben Sie?', 'What is your citizenship?'),
  texts: {
    met: (v: { citizenship: string }) => {
      const country = citizenshipText(v.citizenship) ?? text('ein Westbalkanstaat', 'a Western Balkan state');
      return { de: `Staatsangehörigkeit: ${country.de}, ein Westbalkanstaat.`, en: `Citizenship: ${country.en}, a Western Balkan state.` };
    },
    not_met: (v: { citizenship: string }) => {
      const country = citizenshipText(v.citizenship);
      const de = 'die Regelung gilt nur für Albanien, Bosnien und Herzegowina, Kosovo, Montenegro, Nordmazedonien und Serbien.';
      const en = 'the rule covers only Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia and Serbia.';
      return country === undefined
        ? { de: `Ihre Staatsangehörigkeit gehört nicht dazu: ${de}`, en: `Your citizenship is not included: ${en}` }
        : { de: `Staatsangehörigkeit: ${country.de}; ${de}`, en: `Citizenship: ${country.en}; ${en}` };
    },
  },
  check: (ctx: Ctx) => {
    const met = ctx.period.westbalkanCountries.has(ctx.profile.citizenship);
    return { status: met ? 'met' : 'not_met', text: met ? 'met' : 'not_met', values: { citizenship: ctx.profile.citizenship } } as const;
  },
});

export const homeMissionCondition = defineCondition({
  id: 'application_at_home_mission',
  legalRef: '§26 Abs. 2 Satz 2 BeschV',
  question: text('Stellen Sie den Visumantrag bei der deutschen Auslandsvertretung in Ihrem Herkunftsstaat?', 'Will you apply for the visa at the German mission in your home country?'),
  texts: {
    met: text('Der Antrag wird bei der deutschen Auslandsvertretung im Westbalkanstaat gestellt.', 'The application is filed at the German mission in the Western Balkan state.'),
    not_met: text('Die erste Zustimmung setzt einen Antrag bei der deutschen Auslandsvertretung in einem der sechs Staaten voraus.', 'A first approval requires the application at the German mission in one of the six states.'),
    unknown: text('Wo der Antrag gestellt wird, ist nicht angegeben.', 'It is not stated where the application is filed.'),
    renewal: text(
      'Verlängerung in Deutschland: der Antrag bei der deutschen Auslandsvertretung im Herkunftsstaat ist nur für die erste Zustimmung nötig.',
      'Renewal in Germany: the application at the German mission in the home country is needed for the first approval only.',
    ),
  },
  hints: { unknown: answerHint },
  check: (ctx: Ctx) => {
    const answer = ctx.profile.westbalkan?.applicationAtMissionInHomeCountry;
    const values: { applicationAtMissionInHomeCountry: boolean | null; renewal: boolean } = { applicationAtMissionInHomeCountry: answer ?? null, renewal: isRenewal(ctx) };
    if (values.renewal) return { status: 'met', text: 'renewal', values } as const;
    const status = answer === undefined ? 'unknown' : answer ? 'met' : 'not_met';
    return { status, text: status, values } as const;
  },
});

export const noAsylumBenefitsCondition = defineCondition({
  id: 'no_asylblg_benefits_24_months',
  legalRef: '§26 Abs. 2 Satz 4 BeschV',
  question: text('Haben Sie in den letzten 24 Monaten Leistungen nach dem Asylbewerberleistungsgesetz bezogen?', 'Did you receive asylum-seeker benefits (AsylbLG) in the last 24 months?'),
  texts: {
    met: text('Keine Leistungen nach dem AsylbLG in den letzten 24 Monaten.', 'No AsylbLG benefits in the last 24 months.'),
    not_met: text('Leistungen nach dem AsylbLG in den letzten 24 Monaten schließen die Zustimmung aus.', 'AsylbLG benefits in the last 24 months exclude the approval.'),
    unknown: text('Ob AsylbLG-Leistungen bezogen wurden, ist nicht angegeben.', 'It is not stated whether AsylbLG benefits were received.'),
  },
  hints: { unknown: answerHint },
  check: (ctx: Ctx) => {
    const received = ctx.profile.westbalkan?.asylblgBenefitsLast24Months;
    const status = received === undefined ? 'unknown' : received ? 'not_met' : 'met';
    return { status, text: status, values: { asylblgBenefitsLast24Months: received ?? null } } as const;
  },
});

export const westbalkanQuotaCondition = defineCondition({
  id: 'westbalkan_quota',
  legalRef: '§26 Abs. 2 Satz 3 BeschV',
  question: text('Ist das Jahreskontingent der Westbalkanregelung ausgeschöpft?', 'Is the annual Westbalkan quota exhausted?'),
  texts: {
    met: (v: { annualQuota: number; year: number }) => {
      const quota = countText(v.annualQuota, 'approval');
      return { de: `Das Kontingent ${v.year} (bis zu ${quota.de}) ist nicht ausgeschöpft.`, en: `The ${v.year} quota (up to ${quota.en}) is not exhausted.` };
    },
    not_met: (v: { annualQuota: number; year: number }) => {
      const quota = countText(v.annualQuota, 'approval');
      return { de: `Das Kontingent ${v.year} (bis zu ${quota.de}) ist ausgeschöpft.`, en: `The ${v.year} quota (up to ${quota.en}) is exhausted.` };
    },
    unknown: text('Ob das Kontingent ausgeschöpft ist, ist nicht bekannt.', 'It is not known whether the quota is exhausted.'),
    renewal: text(
      'Verlängerung in Deutschland: das Jahreskontingent zählt nur erste Zustimmungen und gilt für die Verlängerung nicht.',
      'Renewal in Germany: the annual quota counts first approvals only and does not apply to the renewal.',
    ),
    exhausted_in_germany: (v: { annualQuota: number; year: number }) => ({
      de: `Das Kontingent ${v.year} (bis zu ${v.annualQuota.toLocaleString('de-DE')} Zustimmungen) ist für erste Zustimmungen ausgeschöpft.`,
      en: `The ${v.year} quota (up to ${v.annualQuota.toLocaleString('en-GB')} approvals) is exhausted for first approvals.`,
    }),
  },
  hints: {
    not_met: text('Im nächsten Kalenderjahr erneut versuchen; die Bundesagentur für Arbeit vergibt monatliche Teilkontingente.', 'Try again next calendar year; the Federal Employment Agency allots monthly sub-quotas.'),
    // Someone already in Germany is never told to wait for next year: a holder's renewal is outside the quota.
    exhausted_in_germany: text(
      'Wenn Sie schon mit der Westbalkanregelung in Deutschland arbeiten, gilt das Kontingent für Ihre Verlängerung nicht; sonst bei der Ausländerbehörde nach anderen Aufenthaltstiteln fragen.',
      'If you already work in Germany under the Western Balkans regulation, the quota does not apply to your renewal; otherwise ask the foreigners authority about other residence titles.',
    ),
    unknown: text('Beim Arbeitgeber-Service der Bundesagentur für Arbeit nach dem Kontingent fragen.', 'Ask the employer service of the Federal Employment Agency about the quota.'),
  },
  check: (ctx: Ctx) => {
    const exhausted = ctx.profile.westbalkan?.quotaExhausted;
    const year = ctx.period.parameterYear;
    // A renewal never reads the year's quota, so it stays decidable in a year without entered figures.
    if (isRenewal(ctx)) return { status: 'met', text: 'renewal', values: { quotaExhausted: exhausted ?? null, annualQuota: 0, year, renewal: true } } as const;
    const values = { quotaExhausted: exhausted ?? null, annualQuota: ctx.period.parameters.westbalkanAnnualQuota.value, year, renewal: false };
    if (exhausted === undefined) return { status: 'unknown', text: 'unknown', values } as const;
    if (!exhausted) return { status: 'met', text: 'met', values } as const;
    return { status: 'not_met', text: ctx.isAbroad ? 'not_met' : 'exhausted_in_germany', values } as const;
  },
});

export const westbalkanConditions: readonly ConditionRule<Ctx>[] = [
  westbalkanCitizenshipCondition,
  homeMissionCondition,
  noAsylumBenefitsCondition,
  westbalkanQuotaCondition,
];
