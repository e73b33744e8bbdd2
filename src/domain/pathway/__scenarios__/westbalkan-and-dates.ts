/** Scenarios for the Westbalkan rule (§26 Abs. 2 BeschV) and for the dated rule sets. */
import { merge, profile, type ProfileScenario } from './scenario-types';

const balkan = (patch: Record<string, unknown> = {}) =>
  merge(
    profile({
      citizenship: 'XKX',
      qualification: { type: 'none', obtainedIn: undefined, completedOn: undefined, germanRecognition: undefined, isco: undefined },
      job: { annualGrossSalaryEur: 28000, kldb: '32102', isco: undefined, qualified: false },
      experience: [],
      westbalkan: { applicationAtMissionInHomeCountry: true, asylblgBenefitsLast24Months: false, quotaExhausted: false },
    }),
    patch,
  );

export const westbalkanScenarios: ProfileScenario[] = [
  {
    id: 'WB01',
    description: 'Kosovo national ("XKX"), unqualified job, all Westbalkan conditions met',
    profile: balkan(),
    eligible: ['19c1_westbalkan'],
    values: { '19c1_westbalkan/westbalkan_quota': { annualQuota: 50000, year: 2026 } },
  },
  {
    id: 'WB02',
    description: 'Quota exhausted',
    profile: balkan({ westbalkan: { quotaExhausted: true } }),
    eligible: [],
    conditions: { '19c1_westbalkan/westbalkan_quota': 'not_met' },
  },
  {
    id: 'WB03',
    description: 'Quota status unknown',
    profile: balkan({ westbalkan: { quotaExhausted: undefined } }),
    outcomes: { '19c1_westbalkan': 'needs_info' },
    conditions: { '19c1_westbalkan/westbalkan_quota': 'unknown' },
  },
  {
    id: 'WB04',
    description: 'AsylbLG benefits in the last 24 months and application outside the home country',
    profile: balkan({ westbalkan: { applicationAtMissionInHomeCountry: false, asylblgBenefitsLast24Months: true } }),
    conditions: { '19c1_westbalkan/application_at_home_mission': 'not_met', '19c1_westbalkan/no_asylblg_benefits_24_months': 'not_met' },
  },
  {
    id: 'WB05',
    description: 'Westbalkan questions not answered',
    profile: balkan({ westbalkan: undefined }),
    outcomes: { '19c1_westbalkan': 'needs_info' },
    conditions: { '19c1_westbalkan/application_at_home_mission': 'unknown', '19c1_westbalkan/no_asylblg_benefits_24_months': 'unknown' },
  },
  {
    id: 'WB06',
    description: 'Indian national: the rule does not apply',
    profile: balkan({ citizenship: 'IND' }),
    conditions: { '19c1_westbalkan/westbalkan_citizenship': 'not_met' },
    eligible: [],
  },
  {
    id: 'WB07',
    description: 'Albanian national without a job offer',
    profile: balkan({ citizenship: 'ALB', job: null }),
    conditions: { '19c1_westbalkan/westbalkan_citizenship': 'met', '19c1_westbalkan/job_offer': 'not_met' },
  },
];

export const dateScenarios: ProfileScenario[] = [
  { id: 'DT01', description: 'The day before coverage starts', profile: profile({ evaluationDate: '2024-05-31' }), outOfRange: true },
  {
    id: 'DT02',
    description: 'The day after the last entered year: evaluated, salary conditions unknown, the rest decided',
    profile: profile({ evaluationDate: '2027-01-01' }),
    conditions: {
      '18g_standard/salary_blue_card_standard': 'unknown',
      '18g_standard/job_offer': 'met',
      '18b/age_45_salary': 'met',
      '20a_fachkraft/livelihood_chancenkarte': 'unknown',
    },
    outcomes: { '18g_standard': 'needs_info', '18a': 'not_eligible' },
    values: { '18g_standard/salary_blue_card_standard': { missingFigure: 'blueCardStandard', year: 2027 } },
  },
  {
    id: 'DT02b',
    description: 'The last day of the last entered year still has its figures',
    profile: profile({ evaluationDate: '2026-12-31' }),
    conditions: { '18g_standard/salary_blue_card_standard': 'met' },
    values: { '18g_standard/salary_blue_card_standard': { thresholdEur: 50700, year: 2026 } },
  },
  {
    id: 'DT02c',
    description: 'Aged 45 or more in a year without figures: the 45+ threshold is unknown, not refused',
    profile: profile({ evaluationDate: '2027-03-01', age: 47, adequatePensionProvision: false }),
    conditions: { '18b/age_45_salary': 'unknown' },
    values: { '18b/age_45_salary': { missingFigure: 'firstTitleAge45', year: 2027 } },
  },
  {
    id: 'DT02d',
    description: 'Aged 47 with proof of pension provision: decided without the missing figure',
    profile: profile({ evaluationDate: '2027-03-01', age: 47, adequatePensionProvision: true }),
    conditions: { '18b/age_45_salary': 'met' },
  },
  {
    id: 'DT03',
    description: 'First covered day uses 2024 figures: 45,300 € is the standard threshold',
    profile: profile({ evaluationDate: '2024-06-01', qualification: { completedOn: '2019-06-30' }, job: { annualGrossSalaryEur: 45300 } }),
    outcomes: { '18g_standard': 'eligible' },
    values: { '18g_standard/salary_blue_card_standard': { thresholdEur: 45300, year: 2024 } },
  },
  {
    id: 'DT04',
    description: 'Last day of 2025 uses 48,300 €; 48,299.99 € misses it',
    profile: profile({ evaluationDate: '2025-12-31', job: { annualGrossSalaryEur: 48299.99 } }),
    outcomes: { '18g_standard': 'not_eligible', '18g_reduced_shortage': 'eligible' },
    values: { '18g_standard/salary_blue_card_standard': { thresholdEur: 48300, shortfallCents: 1 } },
  },
  {
    id: 'DT05',
    description: 'First day of 2026 uses 50,700 €',
    profile: profile({ evaluationDate: '2026-01-01', job: { annualGrossSalaryEur: 48300 } }),
    outcomes: { '18g_standard': 'not_eligible' },
    values: { '18g_standard/salary_blue_card_standard': { thresholdEur: 50700 } },
  },
  {
    id: 'DT06',
    description: 'No evaluation date: "today" decides (2025-03-01 → 2025 figures)',
    profile: profile({ evaluationDate: undefined }),
    today: '2025-03-01',
    values: { '18g_reduced_shortage/salary_blue_card_reduced': { thresholdEur: 43759.8, year: 2025 } },
  },
  {
    id: 'DT07',
    description: '2024 Chancenkarte means: 1,027 €/month suffice in 2024',
    profile: profile({ evaluationDate: '2024-10-01', job: null, fundsPerMonthEur: 1027 }),
    conditions: { '20a_fachkraft/livelihood_chancenkarte': 'met' },
  },
  {
    id: 'DT08',
    description: '… but not in 2025 (1,091 €/month)',
    profile: profile({ evaluationDate: '2025-10-01', job: null, fundsPerMonthEur: 1027 }),
    conditions: { '20a_fachkraft/livelihood_chancenkarte': 'not_met' },
    values: { '20a_fachkraft/livelihood_chancenkarte': { shortfallEur: 64 } },
  },
  {
    id: 'DT09',
    description: '2025 45+ threshold is 53,130 €: exactly that at 50 is enough',
    profile: profile({ evaluationDate: '2025-06-01', age: 50, adequatePensionProvision: false, job: { annualGrossSalaryEur: 53130 } }),
    conditions: { '18b/age_45_salary': 'met' },
  },
];
