/**
 * Conditions about the job offer: its existence and kind (§18 Abs. 2 Nr. 1, §2 Abs. 12b), its
 * duration (§18g Abs. 3), salary thresholds (§18g, §18 Abs. 2 Nr. 5, §6 BeschV) and experience.
 */
import { defineCondition, type ConditionRule, type SalaryThresholdId } from './rule-model';
import type { ProfileContext } from './profile-context';
import { ageText, countText, euroDe, euroEn, salaryTexts, salaryValues, text } from './text-helpers';

type Ctx = ProfileContext;

export const jobOfferCondition = defineCondition({
  id: 'job_offer',
  legalRef: '§18 Abs. 2 Nr. 1 AufenthG',
  question: text('Haben Sie ein konkretes Arbeitsplatzangebot in Deutschland?', 'Do you have a concrete job offer in Germany?'),
  texts: {
    met: text('Ein konkretes Arbeitsplatzangebot liegt vor.', 'There is a concrete job offer.'),
    not_met: text('Es liegt kein konkretes Arbeitsplatzangebot vor.', 'There is no concrete job offer.'),
  },
  hints: { not_met: text('Einen Arbeitgeber in Deutschland finden (z. B. über die ZAV der Bundesagentur für Arbeit).', 'Find an employer in Germany (e.g. via the ZAV of the Federal Employment Agency).') },
  check: (ctx: Ctx) => {
    const hasJobOffer = ctx.profile.job != null;
    return { status: hasJobOffer ? 'met' : 'not_met', text: hasJobOffer ? 'met' : 'not_met', values: { hasJobOffer } } as const;
  },
});

function jobKind(ctx: Ctx): 'no_job' | 'not_qualified' | 'qualified' {
  const job = ctx.profile.job;
  if (job == null) return 'no_job';
  return job.qualified === false ? 'not_qualified' : 'qualified';
}

export const qualifiedEmploymentCondition = defineCondition({
  id: 'qualified_employment',
  legalRef: '§2 Abs. 12b AufenthG',
  question: text('Setzt die Stelle eine Berufsausbildung oder ein Studium voraus?', 'Does the job require vocational training or a degree?'),
  texts: {
    qualified: text('Die Stelle ist eine qualifizierte Beschäftigung.', 'The job is qualified employment.'),
    not_qualified: text('Die Stelle setzt keine qualifizierte Ausbildung voraus.', 'The job does not require a qualification.'),
    no_job: text('Ohne Arbeitsplatzangebot keine qualifizierte Beschäftigung.', 'Without a job offer there is no qualified employment.'),
  },
  check: (ctx: Ctx) => {
    const kind = jobKind(ctx);
    return { status: kind === 'qualified' ? 'met' : 'not_met', text: kind, values: { qualified: kind === 'qualified' } } as const;
  },
});

export const appropriateEmploymentCondition = defineCondition({
  id: 'qualification_appropriate_employment',
  legalRef: '§18g Abs. 1 Satz 1 AufenthG',
  question: text('Ist die Stelle Ihrer Qualifikation angemessen?', 'Is the job appropriate to your qualification?'),
  texts: {
    qualified: text('Die Stelle ist der Qualifikation angemessen (Angabe im Profil).', 'The job is appropriate to the qualification (as stated).'),
    not_qualified: text('Die Stelle ist der Qualifikation nicht angemessen.', 'The job is not appropriate to the qualification.'),
    no_job: text('Ohne Arbeitsplatzangebot keine angemessene Beschäftigung.', 'Without a job offer there is no appropriate employment.'),
  },
  check: (ctx: Ctx) => {
    const kind = jobKind(ctx);
    return { status: kind === 'qualified' ? 'met' : 'not_met', text: kind, values: { qualified: kind === 'qualified' } } as const;
  },
});

export const qualifiedEmployment16d3Condition = defineCondition({
  id: 'qualified_employment_16d3',
  legalRef: '§16d Abs. 3 Satz 1, Satz 2 AufenthG',
  question: text('Ist die Stelle qualifiziert (oder tarifgebunden auf dem Weg zum reglementierten Zielberuf)?', 'Is the job qualified (or tariff-bound on the way to the regulated target occupation)?'),
  texts: {
    qualified: text('Die Stelle ist eine qualifizierte Beschäftigung.', 'The job is qualified employment.'),
    tariff_exception: text(
      'Reglementierter Zielberuf und tarifgebundener Arbeitgeber: eine qualifizierte Beschäftigung ist nicht nötig, wenn Einstufung und Entgelt zum Zielberuf hinführen.',
      'Regulated target occupation and tariff-bound employer: qualified employment is not needed if grading and pay lead toward the target occupation.',
    ),
    tariff_unknown: text('Unqualifizierte Stelle im Weg zu einem reglementierten Beruf: ob der Arbeitgeber tarifgebunden ist, ist nicht angegeben.', 'Unqualified job toward a regulated profession: it is not stated whether the employer is tariff-bound.'),
    not_qualified: text('Die Stelle setzt keine qualifizierte Ausbildung voraus.', 'The job does not require a qualification.'),
    no_job: text('Es liegt kein Arbeitsplatzangebot vor.', 'There is no job offer.'),
  },
  check: (ctx: Ctx) => {
    const kind = jobKind(ctx);
    const regulated = ctx.profile.qualification.regulatedProfession === true;
    const tariffBound = ctx.profile.job?.employerTariffBound;
    const values = { qualified: kind === 'qualified', regulatedProfession: regulated, employerTariffBound: tariffBound ?? null };
    if (kind !== 'not_qualified') return { status: kind === 'qualified' ? 'met' : 'not_met', text: kind, values } as const;
    if (regulated && tariffBound === true) return { status: 'met', text: 'tariff_exception', values } as const;
    if (regulated && tariffBound === undefined) return { status: 'unknown', text: 'tariff_unknown', values } as const;
    return { status: 'not_met', text: 'not_qualified', values } as const;
  },
});

export const contractDurationCondition = defineCondition({
  id: 'contract_min_6_months',
  legalRef: '§18g Abs. 3 AufenthG',
  question: text('Für wie viele Monate ist der Arbeitsvertrag geschlossen?', 'For how many months is the employment contract?'),
  texts: {
    unlimited: text('Unbefristeter Arbeitsvertrag.', 'Permanent employment contract.'),
    long_enough: (v: { contractMonths: number | null; minimumMonths: number }) => {
      const months = countText(v.contractMonths ?? 0, 'month');
      const minimum = countText(v.minimumMonths, 'month');
      return { de: `Vertragsdauer ${months.de}, mindestens ${minimum.de} nötig.`, en: `Contract of ${months.en}, at least ${minimum.en} needed.` };
    },
    too_short: (v: { contractMonths: number | null; minimumMonths: number }) => {
      const months = countText(v.contractMonths ?? 0, 'month');
      const minimum = countText(v.minimumMonths, 'month');
      return { de: `Vertragsdauer ${months.de} ist kürzer als die nötigen ${minimum.de}.`, en: `Contract of ${months.en} is shorter than the required ${minimum.en}.` };
    },
    unknown: text('Die Vertragsdauer ist nicht angegeben.', 'The contract duration is not stated.'),
    no_job: text('Es liegt kein Arbeitsplatzangebot vor.', 'There is no job offer.'),
  },
  hints: { unknown: text('Die Vertragsdauer angeben (leer = unbefristet).', 'State the contract duration (empty = permanent).') },
  check: (ctx: Ctx) => {
    const minimumMonths = ctx.period.rules.blueCardMinimumContractMonths.value;
    const job = ctx.profile.job;
    const contractMonths = job?.contractMonths;
    const values = { contractMonths: contractMonths ?? null, minimumMonths };
    if (job == null) return { status: 'not_met', text: 'no_job', values } as const;
    if (contractMonths === null) return { status: 'met', text: 'unlimited', values } as const;
    if (contractMonths === undefined) return { status: 'unknown', text: 'unknown', values } as const;
    return contractMonths >= minimumMonths
      ? ({ status: 'met', text: 'long_enough', values } as const)
      : ({ status: 'not_met', text: 'too_short', values } as const);
  },
});

/** A "salary ≥ x % of the pension-insurance ceiling" condition with the near-miss shortfall. */
function salaryCondition(id: string, legalRef: string, thresholdId: SalaryThresholdId) {
  return defineCondition({
    id,
    legalRef,
    question: text('Wie hoch ist das Bruttojahresgehalt?', 'What is the gross annual salary?'),
    texts: { met: salaryTexts.met, below: salaryTexts.below, no_job: salaryTexts.noJob },
    hints: { below: salaryTexts.belowHint, no_job: salaryTexts.noJobHint },
    check: (ctx: Ctx) => {
      const values = salaryValues(ctx.salaryCents, ctx.period.thresholds[thresholdId]);
      if (ctx.salaryCents === undefined) return { status: 'not_met', text: 'no_job', values } as const;
      return values.shortfallCents === 0 ? ({ status: 'met', text: 'met', values } as const) : ({ status: 'not_met', text: 'below', values } as const);
    },
  });
}

export const blueCardStandardSalaryCondition = salaryCondition('salary_blue_card_standard', '§18g Abs. 1 Satz 1 AufenthG', 'blueCardStandard');
export const blueCardReducedSalaryCondition = salaryCondition('salary_blue_card_reduced', '§18g Abs. 1 Satz 2 AufenthG', 'blueCardReduced');

export const experienceBasedSalaryCondition = defineCondition({
  id: 'salary_beschv6',
  legalRef: '§6 Abs. 1 Satz 1 Nr. 2, Satz 2 BeschV',
  question: text('Wie hoch ist das Gehalt, und ist der Arbeitgeber tarifgebunden?', 'What is the salary, and is the employer bound by a collective agreement?'),
  texts: {
    met: salaryTexts.met,
    below: salaryTexts.below,
    no_job: salaryTexts.noJob,
    tariff: text('Tarifgebundener Arbeitgeber zahlt nach Tarif: die Gehaltsschwelle gilt nicht.', 'Tariff-bound employer paying per the collective agreement: the salary threshold does not apply.'),
    below_tariff_unknown: (v: ReturnType<typeof salaryValues>) => {
      const below = salaryTexts.below(v);
      return {
        de: `${below.de} Ausreichend wäre auch ein tarifgebundener Arbeitgeber; das ist nicht angegeben.`,
        en: `${below.en} A tariff-bound employer would also suffice; this is not stated.`,
      };
    },
  },
  hints: {
    below: salaryTexts.belowHint,
    below_tariff_unknown: salaryTexts.belowHint,
    no_job: salaryTexts.noJobHint,
  },
  check: (ctx: Ctx) => {
    const values = salaryValues(ctx.salaryCents, ctx.period.thresholds.experienceBased);
    const job = ctx.profile.job;
    if (job == null) return { status: 'not_met', text: 'no_job', values } as const;
    if (values.shortfallCents === 0) return { status: 'met', text: 'met', values } as const;
    if (job.employerTariffBound === true) return { status: 'met', text: 'tariff', values } as const;
    if (job.employerTariffBound === undefined) return { status: 'unknown', text: 'below_tariff_unknown', values } as const;
    return { status: 'not_met', text: 'below', values } as const;
  },
});

export const age45SalaryCondition = defineCondition({
  id: 'age_45_salary',
  legalRef: '§18 Abs. 2 Nr. 5 AufenthG',
  question: text('Ab 45 Jahren: Erreicht das Gehalt die Schwelle oder gibt es eine angemessene Altersversorgung?', 'From age 45: does the salary reach the threshold or is there adequate pension provision?'),
  texts: {
    under_age: (v: AgeValues) => {
      const age = ageOf(v);
      return { de: `${age.de}, also unter ${v.ageLimit}: keine Gehaltsschwelle.`, en: `${age.en}, so under ${v.ageLimit}: no salary threshold.` };
    },
    renewal: text('Keine erstmalige Erteilung nach §18a/§18b: die Altersregel gilt nicht.', 'Not a first §18a/§18b title: the age rule does not apply.'),
    pension: (v: AgeValues) => {
      const age = ageOf(v);
      return { de: `${age.de}; eine angemessene Altersversorgung ist nachgewiesen.`, en: `${age.en}; adequate pension provision is proven.` };
    },
    salary: (v: AgeValues & ReturnType<typeof salaryValues>) => {
      const age = ageOf(v);
      const met = salaryTexts.met(v);
      return { de: `${age.de}. ${met.de}`, en: `${age.en}. ${met.en}` };
    },
    below: (v: AgeValues & ReturnType<typeof salaryValues>) => {
      const age = ageOf(v);
      const below = belowOrNoJob(v);
      return {
        de: `${age.de}. ${below.de} Ohne Nachweis angemessener Altersversorgung nur im Ermessen bei öffentlichem Interesse (§18 Abs. 2 Satz 2 AufenthG).`,
        en: `${age.en}. ${below.en} Without proof of adequate pension provision only by discretion in the public interest (§18(2) sentence 2 AufenthG).`,
      };
    },
    below_pension_unknown: (v: AgeValues & ReturnType<typeof salaryValues>) => {
      const age = ageOf(v);
      const below = belowOrNoJob(v);
      return { de: `${age.de}. ${below.de} Ob eine angemessene Altersversorgung besteht, ist nicht angegeben.`, en: `${age.en}. ${below.en} It is not stated whether there is adequate pension provision.` };
    },
    age_unknown: text('Das Alter ist nicht bekannt.', 'The age is not known.'),
  },
  hints: {
    below: (v: ReturnType<typeof salaryValues>) => ({
      de: `Mit ${euroDe(v.shortfallCents)} mehr Bruttojahresgehalt oder mit einem Nachweis angemessener Altersversorgung wäre diese Voraussetzung erfüllt.`,
      en: `With ${euroEn(v.shortfallCents)} more gross annual salary, or with proof of adequate pension provision, this requirement would be met.`,
    }),
    below_pension_unknown: text('Angeben, ob eine angemessene Altersversorgung nachgewiesen werden kann.', 'State whether adequate pension provision can be proven.'),
  },
  check: (ctx: Ctx) => {
    const ageLimit = ctx.period.rules.age45.value;
    const person = { age: ctx.age ?? null, ageLimit, adequatePensionProvision: ctx.profile.adequatePensionProvision ?? null, birthdayToday: ctx.birthdayToday };
    // The threshold is read only when it decides: a year without entered figures leaves the
    // under-age, renewal and pension cases decidable (year-figures.ts).
    const undecided = Object.assign(salaryValues(ctx.salaryCents, NO_THRESHOLD), person);
    if (ctx.age === undefined) return { status: 'unknown', text: 'age_unknown', values: undecided } as const;
    if (ctx.age < ageLimit) return { status: 'met', text: 'under_age', values: undecided } as const;
    const current = ctx.profile.currentTitle;
    if (current === '18a' || current === '18b') return { status: 'met', text: 'renewal', values: undecided } as const;
    if (ctx.profile.adequatePensionProvision === true) return { status: 'met', text: 'pension', values: undecided } as const;
    // Object.assign, not spread: spreading these value objects cost microseconds per evaluation (bench).
    const values = Object.assign(salaryValues(ctx.salaryCents, ctx.period.thresholds.firstTitleAge45), person);
    if (ctx.salaryCents !== undefined && values.shortfallCents === 0) return { status: 'met', text: 'salary', values } as const;
    if (ctx.profile.adequatePensionProvision === false) return { status: 'not_met', text: 'below', values } as const;
    return { status: 'unknown', text: 'below_pension_unknown', values } as const;
  },
});

type AgeValues = { age: number | null; ageLimit: number; birthdayToday: boolean };

/** "Sie sind 45 Jahre alt (seit heute)": the age that decides the §18 Abs. 2 Nr. 5 rule. */
function ageOf(v: AgeValues) {
  return ageText(v.age ?? 0, v.birthdayToday);
}
/** Placeholder for salary values when no threshold was needed (all figures zero). */
const NO_THRESHOLD = { id: 'firstTitleAge45', cents: 0, basisPoints: 0, legalRef: '', pensionCeilingCents: 0, year: 0 } as const;

/** Salary text that also covers "no job" (salary 0 is not shown as a salary). */
function belowOrNoJob(v: ReturnType<typeof salaryValues>) {
  return v.salaryCents === null ? salaryTexts.noJob(v) : salaryTexts.below(v);
}

export const employmentConditions: readonly ConditionRule<Ctx>[] = [
  jobOfferCondition,
  qualifiedEmploymentCondition,
  appropriateEmploymentCondition,
  qualifiedEmployment16d3Condition,
  contractDurationCondition,
  blueCardStandardSalaryCondition,
  blueCardReducedSalaryCondition,
  experienceBasedSalaryCondition,
  age45SalaryCondition,
];
