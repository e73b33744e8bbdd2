/**
 * The answer speaks the person's language: no sentence a person reads (title names, condition
 * explanations, hints, next steps, documents, Chancenkarte labels, questions) contains an ISO date,
 * an internal title id, a rule-set id, the ISO code of the person's country, or a wrong singular
 * ("1 Jahre"). Runs the public examples, every scenario table and own profiles at several dates,
 * and checks a few sentences word for word.
 */
import { describe, expect, it } from 'vitest';
import examples from './__scenarios__/pathway-examples.json';
import { blueCardScenarios } from './__scenarios__/blue-card';
import { employmentScenarios } from './__scenarios__/employment';
import { familyScenarios } from './__scenarios__/family';
import { jobSearchScenarios } from './__scenarios__/job-search';
import { recognitionScenarios } from './__scenarios__/recognition';
import { dateScenarios, westbalkanScenarios } from './__scenarios__/westbalkan-and-dates';
import { profileConditions } from './catalogue';
import { documentCatalogue } from './documents';
import { familyConditions } from './family-titles';
import {
  evaluateFamily,
  evaluateProfile,
  familyRequestSchema,
  pathwayRuleSets,
  profileSchema,
  ruleSetDefinitions,
  titleMetadata,
  type Evaluation,
  type FamilyEvaluation,
  type LocalizedText,
  type Profile,
} from './index';
import { titleNames } from './title-names';

const EVALUATION_DATES = ['2024-06-01', '2025-03-15', '2026-02-28', '2026-11-22', '2026-12-07', '2026-12-31'];

/** Own profiles around the wording cases: Westbalkan, ages 44/45/46, experience before the qualification, points near 6. */
const ownProfiles: Record<string, Record<string, unknown>> = {
  serbianVocational45Today: {
    evaluationDate: '2026-12-07',
    citizenship: 'SRB',
    birthDate: '1981-12-07',
    qualification: { type: 'vocational', obtainedIn: 'abroad', completedOn: '2022-06-30', trainingYears: 3, germanRecognition: 'partial', isco: '7411' },
    job: { annualGrossSalaryEur: 41000, contractMonths: 1, isco: '7411', qualified: true },
    experience: [
      { from: '2015-01-01', to: '2022-05-31', isco: '7411' },
      { from: '2022-07-01', to: '2023-07-31', isco: '7411' },
    ],
    german: 'A2',
    english: 'none',
    fundsPerMonthEur: 1000,
    westbalkan: { applicationAtMissionInHomeCountry: true, asylblgBenefitsLast24Months: false, quotaExhausted: true },
  },
  filipinoNurse46: {
    evaluationDate: '2026-12-07',
    citizenship: 'PHL',
    age: 46,
    qualification: { type: 'academic', obtainedIn: 'abroad', completedOn: '2024-01-31', germanRecognition: 'partial', isco: '2221' },
    job: { annualGrossSalaryEur: 45000, contractMonths: 12, isco: '2221' },
    experience: [{ from: '2024-02-01', to: '2026-11-30', isco: '2221' }],
    german: 'B1',
    english: 'B2',
    fundsPerMonthEur: 1100,
    adequatePensionProvision: false,
    lawfulStayInGermanyMonthsLast5Years: 0,
    spouseAppliesJointlyForChancenkarte: false,
  },
  kosovarItWithoutDegree44: {
    evaluationDate: '2026-12-07',
    citizenship: 'XKX',
    age: 44,
    location: 'germany',
    currentTitle: '20a_points',
    qualification: { type: 'none' },
    job: { annualGrossSalaryEur: 46000, contractMonths: null, isco: '2512' },
    experience: [
      { from: '2022-01-01', to: '2024-06-30', isco: '2512' },
      { from: '2024-07-01', to: '2026-11-30' },
    ],
    german: 'none',
    english: 'C1',
    fundsPerMonthEur: 1200,
  },
  indianGraduateInGermany: {
    evaluationDate: '2026-12-07',
    citizenship: 'IND',
    age: 26,
    location: 'germany',
    currentTitle: '16b',
    qualification: { type: 'academic', obtainedIn: 'germany', completedOn: '2026-09-30', isco: '2144' },
    job: null,
    experience: [],
    german: 'B2',
    english: 'C1',
    fundsPerMonthEur: 900,
    livelihoodSecured: true,
  },
  bosnianDriverFivePoints: {
    evaluationDate: '2026-12-07',
    citizenship: 'BIH',
    birthDate: '1986-12-08',
    qualification: { type: 'vocational', obtainedIn: 'abroad', completedOn: '2010-06-30', trainingYears: 2, germanRecognition: 'not_applied', isco: '5321' },
    job: { annualGrossSalaryEur: 30000, contractMonths: 24, isco: '5321', qualified: false, employerTariffBound: false },
    experience: [{ from: '2019-01-01', to: '2026-06-30', isco: '5321' }],
    german: 'A1',
    english: 'A2',
    fundsPerMonthEur: 1091,
    lawfulStayInGermanyMonthsLast5Years: 7,
    spouseAppliesJointlyForChancenkarte: false,
    qualificationMeasure: { placeConfirmed: true, schoolBased: false },
  },
};

const ownFamilies: Record<string, unknown>[] = [
  {
    sponsor: { titleId: '18g_standard', firstIssuedOn: '2024-05-01', annualGrossSalaryEur: 60000, livelihoodSecured: true },
    members: [
      { role: 'spouse', age: 17, german: 'none' },
      { role: 'child', age: 1 },
      { role: 'child', age: 16, german: 'A2', movesWithParent: false },
      { role: 'child', age: 19 },
      { role: 'parent', age: 70 },
    ],
  },
  {
    sponsor: { titleId: '18c2', firstIssuedOn: '2023-05-01' },
    members: [
      { role: 'spouse', age: 30, german: 'none' },
      { role: 'child', age: 17, german: 'B1', movesWithParent: false },
      { role: 'parent', age: 70 },
    ],
  },
  {
    sponsor: { titleId: '20a_points', firstIssuedOn: '2026-05-01', livingSpaceSufficient: false },
    members: [
      { role: 'spouse', age: 30, german: 'A1', marriageExistedAtTitleIssue: false },
      { role: 'parent', age: 70 },
    ],
  },
  { sponsor: { titleId: 'ict_card', firstIssuedOn: '2025-01-01' }, members: [{ role: 'parent', age: 66 }] },
  { sponsor: { titleId: 'some_future_title', firstIssuedOn: '2025-01-01' }, members: [{ role: 'parent', age: 66 }] },
];

/** Every id of a title the Wegweiser knows or a rule set lists, except plain paragraph names ("18a"), which read as "§18a". */
const internalTitleIds = [
  ...new Set([
    ...titleMetadata.map((title) => title.id),
    ...Object.keys(titleNames),
    ...ruleSetDefinitions.flatMap((ruleSet) => [
      ...ruleSet.titleIds,
      ...ruleSet.family.privilegedSponsorTitleIds.codes,
      ...ruleSet.family.settlementTitleIds.codes,
      ...ruleSet.family.chancenkarteTitleIds.codes,
      ...ruleSet.family.noSettlementTitleIds.codes,
    ]),
    '20_post_training',
    '20_post_recognition',
  ]),
].filter((id) => !/^\d+[a-z]?$/.test(id));
const ruleSetIds = [...ruleSetDefinitions.map((ruleSet) => ruleSet.id), ...pathwayRuleSets.map((ruleSet) => ruleSet.id)];

const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const WRONG_SINGULAR = /(?<![\d.,])1 (Jahre|Jahren|Punkte|Punkten|Monate|Monaten|years|points|months)\b/;

/** Everything a person reads about one condition-bearing result. */
function sentencesOfEvaluation(evaluation: Evaluation): { where: string; text: LocalizedText }[] {
  const out: { where: string; text: LocalizedText }[] = [];
  for (const title of evaluation.titles) {
    out.push({ where: `${title.id} name`, text: title.name });
    for (const condition of title.conditions) out.push({ where: `${title.id}/${condition.id}`, text: condition.explanation });
    for (const step of title.nextSteps) out.push({ where: `${title.id} next step`, text: step });
    for (const document of title.documents) out.push({ where: `${title.id} document ${document.id}`, text: document.name });
  }
  for (const item of evaluation.chancenkarte.breakdown) out.push({ where: `chancenkarte ${item.criterion}`, text: item.label });
  return out;
}

function sentencesOfFamily(evaluation: FamilyEvaluation): { where: string; text: LocalizedText }[] {
  return evaluation.members.flatMap((member, index) => [
    { where: `member ${index} name`, text: member.name },
    ...member.conditions.map((condition) => ({ where: `member ${index}/${condition.id}`, text: condition.explanation })),
  ]);
}

const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const INTERNAL_ID = new RegExp([...internalTitleIds, ...ruleSetIds].map(escape).join('|'));

/** The sentences that break a rule, with where they come from (empty when all read plainly). */
function violations(sentences: readonly { where: string; text: LocalizedText }[], citizenship?: string): string[] {
  const country = citizenship === undefined ? undefined : new RegExp(`\\b${citizenship}\\b`);
  const found: string[] = [];
  for (const { where, text } of sentences) {
    for (const language of ['de', 'en'] as const) {
      const sentence = text[language];
      if (ISO_DATE.test(sentence) || WRONG_SINGULAR.test(sentence) || INTERNAL_ID.test(sentence) || (country?.test(sentence) ?? false)) {
        found.push(`${where} (${language}): ${sentence}`);
      }
    }
  }
  return found;
}

function expectPlain(sentences: readonly { where: string; text: LocalizedText }[], citizenship?: string): void {
  expect(violations(sentences, citizenship)).toEqual([]);
}

function evaluate(raw: Record<string, unknown>, evaluationDate?: string): Evaluation {
  const profile: Profile = profileSchema.parse(evaluationDate === undefined ? raw : { ...raw, evaluationDate });
  const result = evaluateProfile(profile, { today: '2026-12-07' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function evaluateFamilyRequest(raw: Record<string, unknown>, evaluationDate?: string): FamilyEvaluation {
  const request = familyRequestSchema.parse(evaluationDate === undefined ? raw : { ...raw, evaluationDate });
  const result = evaluateFamily(request, { today: '2026-12-07' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const publicProfiles = examples.evaluate.map((example) => ({ id: example.id, profile: example.profile as Record<string, unknown> }));
const scenarioProfiles = [...blueCardScenarios, ...employmentScenarios, ...jobSearchScenarios, ...recognitionScenarios, ...westbalkanScenarios, ...dateScenarios]
  .filter((scenario) => scenario.outOfRange !== true)
  .map((scenario) => ({ id: scenario.id, profile: scenario.profile, today: scenario.today }));
const allProfiles = [...publicProfiles, ...Object.entries(ownProfiles).map(([id, profile]) => ({ id, profile }))];

/** A birth date on or before the evaluation date, as the schema demands. */
function datedProfile(profile: Record<string, unknown>, date: string): Record<string, unknown> {
  const birthDate = profile.birthDate;
  return typeof birthDate === 'string' && birthDate > date ? { ...profile, birthDate: undefined, age: 40 } : profile;
}

const explanation = (evaluation: Evaluation, titleId: string, conditionId: string): LocalizedText | undefined =>
  evaluation.titles.find((title) => title.id === titleId)?.conditions.find((condition) => condition.id === conditionId)?.explanation;
const nextSteps = (evaluation: Evaluation, titleId: string): LocalizedText[] => evaluation.titles.find((title) => title.id === titleId)?.nextSteps ?? [];

describe('plain language in every sentence', () => {
  it('the check itself catches each kind of code', () => {
    const bad = (de: string) => violations([{ where: 'sample', text: { de, en: 'plain' } }], 'IND');
    expect(bad('Erfahrung seit 2019-12-07.')).toHaveLength(1);
    expect(bad('Staatsangehörigkeit IND.')).toHaveLength(1);
    expect(bad('1 Jahre Erfahrung.')).toHaveLength(1);
    expect(bad('Noch 1 Punkte fehlen.')).toHaveLength(1);
    expect(bad('Titel 20a_fachkraft.')).toHaveLength(1);
    expect(bad('Regelwerk fkeg-2024-06.')).toHaveLength(1);
    expect(bad('Indien, 0,1 Jahre, 21 Jahre, §18a AufenthG, 1 Jahr.')).toEqual([]);
  });

  it('public examples and own profiles, at several dates: no ISO date, id, rule set, country code or "1 Jahre"', () => {
    for (const { profile } of allProfiles) {
      const citizenship = profile.citizenship as string;
      expectPlain(sentencesOfEvaluation(evaluate(profile)), citizenship);
      for (const date of EVALUATION_DATES) expectPlain(sentencesOfEvaluation(evaluate(datedProfile(profile, date), date)), citizenship);
    }
  });

  it('every scenario table row reads plainly too', () => {
    for (const { profile, today } of scenarioProfiles) {
      const parsed = profileSchema.parse(profile);
      const result = evaluateProfile(parsed, { today: today ?? '2026-11-22' });
      if (!result.ok) continue;
      expectPlain(sentencesOfEvaluation(result.value), parsed.citizenship);
    }
  });

  it('family answers name titles and dates in words', () => {
    const requests = [...examples.family.map((example) => example.request as Record<string, unknown>), ...familyScenarios.map((scenario) => scenario.request), ...ownFamilies];
    for (const request of requests) {
      expectPlain(sentencesOfFamily(evaluateFamilyRequest(request, (request.evaluationDate as string | undefined) ?? '2026-12-07')));
      expectPlain(sentencesOfFamily(evaluateFamilyRequest(request, '2025-03-15')));
    }
  });

  it('questions, static texts and documents carry no ids or codes', () => {
    const statics = [...profileConditions, ...familyConditions].flatMap((rule) => [
      { where: `${rule.id} question`, text: rule.question },
      ...rule.staticTexts.map((text) => ({ where: `${rule.id} text`, text })),
    ]);
    const documents = Object.entries(documentCatalogue).map(([id, name]) => ({ where: `document ${id}`, text: name }));
    expectPlain([...statics, ...documents]);
  });

  it('title names for sentences match the names of the evaluated titles', () => {
    for (const title of titleMetadata) {
      const name = titleNames[title.id];
      if (name !== undefined) expect(name, title.id).toEqual(title.name);
    }
  });
});

describe('sentences word for word', () => {
  const p0 = { ...examples.evaluate[0]?.profile, evaluationDate: '2026-12-07' } as Record<string, unknown>;

  it('dates in German and English form', () => {
    const evaluation = evaluate(p0);
    expect(explanation(evaluation, '18g_reduced_new_entrant', 'degree_within_3_years')).toEqual({
      de: 'Der Abschluss am 30. Juni 2019 liegt mehr als 3 Jahre zurück (nötig: am 7. Dezember 2023 oder später).',
      en: 'The degree obtained on 30 June 2019 is more than 3 years old (needed: on 7 December 2023 or later).',
    });
    expect(explanation(evaluation, '19c2_beschv6', 'experience_2_of_5_years')).toEqual({
      de: '1 Jahr Erfahrung seit 7. Dezember 2021; nötig sind mindestens 2 Jahre.',
      en: '1 year of experience since 7 December 2021; at least 2 years are needed.',
    });
  });

  it('country names instead of codes', () => {
    expect(explanation(evaluate(p0), '19c1_westbalkan', 'westbalkan_citizenship')?.de).toBe(
      'Staatsangehörigkeit: Indien; die Regelung gilt nur für Albanien, Bosnien und Herzegowina, Kosovo, Montenegro, Nordmazedonien und Serbien.',
    );
    expect(explanation(evaluate(ownProfiles.filipinoNurse46 ?? {}), '19c1_westbalkan', 'westbalkan_citizenship')?.en).toBe(
      'Citizenship: Philippines; the rule covers only Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia and Serbia.',
    );
    expect(explanation(evaluate(ownProfiles.kosovarItWithoutDegree44 ?? {}), '19c1_westbalkan', 'westbalkan_citizenship')).toEqual({
      de: 'Staatsangehörigkeit: Kosovo, ein Westbalkanstaat.',
      en: 'Citizenship: Kosovo, a Western Balkan state.',
    });
  });

  it('occupation groups in words, the code in brackets', () => {
    const evaluation = evaluate(p0);
    const shortage = explanation(evaluation, '18g_reduced_shortage', 'shortage_occupation');
    expect(shortage?.de).toMatch(/^Die Stelle \(ISCO 2413\) gehört zu keiner Engpass-Berufsgruppe\. Das sind: Führungskräfte in Produktion/);
    expect(shortage?.de).toContain('Ärztinnen und Ärzte (ISCO 221)');
    expect(shortage?.de).toMatch(/Lehrkräfte \(ISCO 23\) oder Informations- und Kommunikationstechnologie \(ISCO 25\)\.$/);
    expect(explanation(evaluate(ownProfiles.kosovarItWithoutDegree44 ?? {}), '18g_it_no_degree', 'it_occupation')).toEqual({
      de: 'Die Stelle (ISCO 2512) ist ein IT-Beruf: Informations- und Kommunikationstechnologie (ISCO 25).',
      en: 'The job (ISCO 2512) is an IT occupation: ICT professionals (ISCO 25).',
    });
  });

  it('singular and plural of points, months and grouped numbers', () => {
    expect(nextSteps(evaluate(p0), '20a_points')).toContainEqual({
      de: 'Noch 3 Punkte fehlen (z. B. durch Deutschkenntnisse).',
      en: '3 more points are needed (e.g. through German).',
    });
    // 5 points: German A1 (0), experience 5 of 7 (3), age 40 (1), lawful stay (1).
    const fivePoints = evaluate(ownProfiles.bosnianDriverFivePoints ?? {});
    expect(fivePoints.chancenkarte.points).toBe(5);
    expect(nextSteps(fivePoints, '20a_points')).toContainEqual({
      de: 'Noch 1 Punkt fehlt (z. B. durch Deutschkenntnisse).',
      en: '1 more point is needed (e.g. through German).',
    });
    const serbian = evaluate(ownProfiles.serbianVocational45Today ?? {});
    expect(explanation(serbian, '18g_standard', 'contract_min_6_months')).toEqual({
      de: 'Vertragsdauer 1 Monat ist kürzer als die nötigen 6 Monate.',
      en: 'Contract of 1 month is shorter than the required 6 months.',
    });
    expect(explanation(serbian, '19c1_westbalkan', 'westbalkan_quota')?.de).toBe('Das Kontingent 2026 (bis zu 50.000 Zustimmungen) ist ausgeschöpft.');
  });

  it('the age is stated where the age rule decides, "seit heute" on the birthday', () => {
    const birthday = evaluate(ownProfiles.serbianVocational45Today ?? {});
    expect(explanation(birthday, '18a', 'age_45_salary')?.de).toMatch(/^Sie sind 45 Jahre alt \(seit heute\)\. Bruttojahresgehalt 41\.000,00 € liegt 14\.770,00 € unter/);
    expect(explanation(birthday, '18a', 'age_45_salary')?.en).toMatch(/^You are 45 years old \(since today\)\. Gross annual salary €41,000\.00 is €14,770\.00 below/);
    const dayAfter = evaluate(ownProfiles.serbianVocational45Today ?? {}, '2026-12-08');
    expect(explanation(dayAfter, '18a', 'age_45_salary')?.de).toMatch(/^Sie sind 45 Jahre alt\. /);
    const dayBefore = evaluate(ownProfiles.serbianVocational45Today ?? {}, '2026-12-06');
    expect(explanation(dayBefore, '18a', 'age_45_salary')).toEqual({
      de: 'Sie sind 44 Jahre alt, also unter 45: keine Gehaltsschwelle.',
      en: 'You are 44 years old, so under 45: no salary threshold.',
    });
    expect(explanation(evaluate(ownProfiles.filipinoNurse46 ?? {}), '18b', 'age_45_salary')?.de).toMatch(/^Sie sind 46 Jahre alt\. /);
    const points = explanation(birthday, '20a_points', 'chancenkarte_points');
    expect(points?.de).toContain('Sie sind 45 Jahre alt (seit heute): keine Punkte für das Alter.');
    expect(points?.de).toContain('Nicht gezählt: 1. Januar 2015 bis 31. Mai 2022 (vor dem Abschluss am 30. Juni 2022).');
  });

  it('language levels in words', () => {
    const evaluation = evaluate(p0);
    expect(explanation(evaluation, '16d3', 'german_a2')).toEqual({
      de: 'Sie haben keine Deutschkenntnisse angegeben; nötig ist mindestens Deutsch A2.',
      en: 'You stated no knowledge of German; at least German A2 is needed.',
    });
    expect(explanation(evaluation, '20a_points', 'chancenkarte_language')?.de).toBe(
      'Ihre Sprachkenntnisse: keine Deutschkenntnisse, Englisch C1. Deutsch A1 oder Englisch B2 ist erreicht.',
    );
  });

  it('titles by their names, never by id', () => {
    expect(explanation(evaluate(ownProfiles.kosovarItWithoutDegree44 ?? {}), '20a_points', 'inland_title_section_3_4')).toEqual({
      de: 'In Deutschland mit einem Titel aus Abschnitt 3 oder 4: „Chancenkarte (Punktesystem)“.',
      en: 'In Germany with a Section 3 or 4 title: “Opportunity card (points system)”.',
    });
    const family = evaluateFamilyRequest(ownFamilies[0] ?? {}, '2026-12-07');
    const parent = family.members.find((member) => member.role === 'parent');
    expect(parent?.conditions.find((condition) => condition.id === 'parent_sponsor_title')?.explanation.de).toBe(
      'Der Titel des Zusammenführenden, „Blaue Karte EU“, gehört zu den privilegierten Fachkräftetiteln.',
    );
    expect(parent?.conditions.find((condition) => condition.id === 'parent_sponsor_first_issued')?.explanation).toEqual({
      de: 'Erstmals erteilt am 1. Mai 2024 (nötig: am 1. März 2024 oder später).',
      en: 'First issued on 1 May 2024 (needed: on 1 March 2024 or later).',
    });
    const child = family.members[1];
    expect(child?.conditions.find((condition) => condition.id === 'child_minor')?.explanation.de).toBe('Das Kind ist 1 Jahr alt: minderjährig.');
  });
});
