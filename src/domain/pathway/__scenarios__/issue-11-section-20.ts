/**
 * Boundary rows for §20 Abs. 1 Nr. 1–4 AufenthG as corrected in issue 11, with the livelihood
 * benchmark of §2 Abs. 3 Satz 5 (law.md §12). Evaluated on 2026-11-22 unless stated.
 */
import { merge, profile, vocationalProfile, type ProfileScenario } from './scenario-types';

type Patch = Record<string, unknown>;

/** A graduate of a German university, still on the study permit, giving a monthly amount. */
const graduate = (patch: Patch = {}) =>
  merge(
    profile({
      location: 'germany',
      currentTitle: '16b',
      qualification: { obtainedIn: 'germany', completedOn: '2026-09-30', germanRecognition: undefined },
      job: null,
      fundsPerMonthEur: 992,
    }),
    patch,
  );

/** A researcher on a §18d permit whose research ended on 31 October 2026. */
const researcher = (patch: Patch = {}) =>
  merge(profile({ location: 'germany', currentTitle: '18d', researchCompletedOn: '2026-10-31', job: null, fundsPerMonthEur: 992 }), patch);

/** A trainee on a §16a permit who completed a 3-year training in Germany on 31 August 2026. */
const trainee = (patch: Patch = {}) =>
  merge(
    vocationalProfile({
      location: 'germany',
      currentTitle: '16a',
      qualification: { obtainedIn: 'germany', completedOn: '2026-08-31', stateRecognisedAbroad: undefined, germanRecognition: undefined },
      job: null,
      fundsPerMonthEur: 992,
    }),
    patch,
  );

/** A nurse on a §16d qualification-measure permit whose equivalence was established. */
const recognised = (patch: Patch = {}) =>
  merge(vocationalProfile({ location: 'germany', currentTitle: '16d1', qualification: { germanRecognition: 'full' }, job: null, fundsPerMonthEur: 992 }), patch);

export const issue11Section20Scenarios: ProfileScenario[] = [
  // §20 Abs. 2 Satz 1: livelihood against the §2 Abs. 3 Satz 5 benchmark (992 € in 2025/2026, 934 € in 2024).
  {
    id: 'I11-L01',
    description: '§20 Nr. 1: exactly 992 €/month reaches the benchmark',
    profile: graduate(),
    outcomes: { '20_post_study': 'eligible' },
    conditions: { '20_post_study/livelihood_secured': 'met' },
    values: { '20_post_study/livelihood_secured': { benchmarkPerMonthEur: 992, shortfallEur: 0, year: 2026 } },
  },
  {
    id: 'I11-L02',
    description: '§20 Nr. 1: one cent below 992 €/month → not met with the shortfall',
    profile: graduate({ fundsPerMonthEur: 991.99 }),
    outcomes: { '20_post_study': 'not_eligible' },
    conditions: { '20_post_study/livelihood_secured': 'not_met' },
    values: { '20_post_study/livelihood_secured': { shortfallEur: 0.01, shortfallCents: 1 } },
  },
  {
    id: 'I11-L03',
    description: '§20 Nr. 1: the amount decides, not the yes/no answer (1,500 € but "not secured")',
    profile: graduate({ fundsPerMonthEur: 1500, livelihoodSecured: false }),
    conditions: { '20_post_study/livelihood_secured': 'met' },
  },
  {
    id: 'I11-L04',
    description: '§20 Nr. 1: 500 € with "secured" is still 492 € short',
    profile: graduate({ fundsPerMonthEur: 500, livelihoodSecured: true }),
    conditions: { '20_post_study/livelihood_secured': 'not_met' },
    values: { '20_post_study/livelihood_secured': { shortfallEur: 492 } },
  },
  {
    id: 'I11-L05',
    description: '§20 Nr. 1: neither amount nor answer → unknown',
    profile: graduate({ fundsPerMonthEur: undefined }),
    outcomes: { '20_post_study': 'needs_info' },
    conditions: { '20_post_study/livelihood_secured': 'unknown' },
  },
  {
    id: 'I11-L06',
    description: '§20 Nr. 1 in 2025: 991.99 € is below 992 €',
    profile: graduate({ evaluationDate: '2025-03-01', qualification: { completedOn: '2025-02-28' }, fundsPerMonthEur: 991.99 }),
    conditions: { '20_post_study/livelihood_secured': 'not_met' },
    values: { '20_post_study/livelihood_secured': { benchmarkPerMonthEur: 992, year: 2025 } },
  },
  {
    id: 'I11-L07',
    description: '§20 Nr. 1 in 2024: 934 € is the benchmark (see NOTES.md)',
    profile: graduate({ evaluationDate: '2024-07-15', qualification: { completedOn: '2024-06-30' }, fundsPerMonthEur: 934 }),
    conditions: { '20_post_study/livelihood_secured': 'met' },
    values: { '20_post_study/livelihood_secured': { benchmarkPerMonthEur: 934, year: 2024 } },
  },
  {
    id: 'I11-L08',
    description: '§20 Nr. 1 in 2024: 933.99 € is below 934 €',
    profile: graduate({ evaluationDate: '2024-07-15', qualification: { completedOn: '2024-06-30' }, fundsPerMonthEur: 933.99 }),
    conditions: { '20_post_study/livelihood_secured': 'not_met' },
  },

  // §20 Abs. 1 Nr. 2: after research under §18d/§18f.
  {
    id: 'I11-R01',
    description: '§20 Nr. 2: research under §18d completed, 992 €/month',
    profile: researcher(),
    outcomes: { '20_post_research': 'eligible', '20_post_study': 'not_eligible' },
    conditions: { '20_post_research/research_completed': 'met', '20_post_research/research_title': 'met', '20_post_research/livelihood_secured': 'met' },
  },
  {
    id: 'I11-R02',
    description: '§20 Nr. 2: a mobile researcher (§18f), research ending on the evaluation date',
    profile: researcher({ currentTitle: '18f', researchCompletedOn: '2026-11-22' }),
    outcomes: { '20_post_research': 'eligible' },
  },
  {
    id: 'I11-R03',
    description: '§20 Nr. 2: research ends one day after the evaluation date',
    profile: researcher({ researchCompletedOn: '2026-11-23' }),
    outcomes: { '20_post_research': 'not_eligible' },
    conditions: { '20_post_research/research_completed': 'not_met' },
  },
  {
    id: 'I11-R04',
    description: '§20 Nr. 2: researcher without a completion date → unknown',
    profile: researcher({ researchCompletedOn: undefined }),
    outcomes: { '20_post_research': 'needs_info' },
    conditions: { '20_post_research/research_completed': 'unknown' },
  },
  {
    id: 'I11-R05',
    description: '§20 Nr. 2: research completed, but the person now holds a §18b title',
    profile: researcher({ currentTitle: '18b' }),
    conditions: { '20_post_research/research_title': 'not_met', '20_post_research/research_completed': 'met' },
  },
  {
    id: 'I11-R06',
    description: '§20 Nr. 2: in Germany, current title not stated',
    profile: researcher({ currentTitle: undefined }),
    conditions: { '20_post_research/research_title': 'unknown' },
  },
  {
    id: 'I11-R07',
    description: '§20 Nr. 2: applicant abroad without research → nothing completed in Germany',
    profile: researcher({ location: 'abroad', currentTitle: undefined, researchCompletedOn: undefined }),
    conditions: { '20_post_research/research_title': 'not_met', '20_post_research/research_completed': 'not_met' },
  },

  // §20 Abs. 1 Nr. 3: after qualified vocational training in Germany under §16a.
  {
    id: 'I11-T01',
    description: '§20 Nr. 3: 3-year training completed in Germany under §16a, 992 €/month',
    profile: trainee(),
    outcomes: { '20_post_training': 'eligible' },
    conditions: { '20_post_training/german_vocational_training_completed': 'met', '20_post_training/training_title': 'met' },
  },
  {
    id: 'I11-T02',
    description: '§20 Nr. 3: training completed on the evaluation date',
    profile: trainee({ qualification: { completedOn: '2026-11-22' } }),
    conditions: { '20_post_training/german_vocational_training_completed': 'met' },
  },
  {
    id: 'I11-T03',
    description: '§20 Nr. 3: final examination one day after the evaluation date',
    profile: trainee({ qualification: { completedOn: '2026-11-23' } }),
    outcomes: { '20_post_training': 'not_eligible' },
    conditions: { '20_post_training/german_vocational_training_completed': 'not_met' },
  },
  {
    id: 'I11-T04',
    description: '§20 Nr. 3: training of exactly 2 years is qualified',
    profile: trainee({ qualification: { trainingYears: 2 } }),
    conditions: { '20_post_training/german_vocational_training_completed': 'met' },
  },
  {
    id: 'I11-T05',
    description: '§20 Nr. 3: training of 1.5 years is not qualified (§2 Abs. 12a)',
    profile: trainee({ qualification: { trainingYears: 1.5 } }),
    conditions: { '20_post_training/german_vocational_training_completed': 'not_met' },
  },
  {
    id: 'I11-T06',
    description: '§20 Nr. 3: completion date missing → unknown',
    profile: trainee({ qualification: { completedOn: undefined } }),
    outcomes: { '20_post_training': 'needs_info' },
    conditions: { '20_post_training/german_vocational_training_completed': 'unknown' },
  },
  {
    id: 'I11-T07',
    description: '§20 Nr. 3: training abroad does not count',
    profile: trainee({ qualification: { obtainedIn: 'abroad' } }),
    conditions: { '20_post_training/german_vocational_training_completed': 'not_met' },
  },
  {
    id: 'I11-T08',
    description: '§20 Nr. 3: training in Germany, but the person holds a study permit',
    profile: trainee({ currentTitle: '16b' }),
    conditions: { '20_post_training/training_title': 'not_met' },
  },
  {
    id: 'I11-T09',
    description: '§20 Nr. 3: training title, title not stated in Germany',
    profile: trainee({ currentTitle: undefined }),
    conditions: { '20_post_training/training_title': 'unknown' },
  },
  {
    id: 'I11-T10',
    description: '§20 Nr. 3: one cent below the benchmark',
    profile: trainee({ fundsPerMonthEur: 991.99 }),
    outcomes: { '20_post_training': 'not_eligible' },
    conditions: { '20_post_training/livelihood_secured': 'not_met' },
  },

  // §20 Abs. 1 Nr. 4: after equivalence or a professional licence during a §16d stay.
  {
    id: 'I11-P01',
    description: '§20 Nr. 4: equivalence established during a §16d Abs. 1 qualification measure',
    profile: recognised(),
    outcomes: { '20_post_recognition': 'eligible' },
    conditions: { '20_post_recognition/recognition_obtained': 'met', '20_post_recognition/recognition_stay_title': 'met' },
  },
  {
    id: 'I11-P02',
    description: '§20 Nr. 4: during a recognition partnership (§16d Abs. 3)',
    profile: recognised({ currentTitle: '16d3' }),
    outcomes: { '20_post_recognition': 'eligible' },
  },
  {
    id: 'I11-P03',
    description: '§20 Nr. 4: still only partial equivalence',
    profile: recognised({ qualification: { germanRecognition: 'partial' } }),
    outcomes: { '20_post_recognition': 'not_eligible' },
    conditions: { '20_post_recognition/recognition_obtained': 'not_met' },
  },
  {
    id: 'I11-P04',
    description: '§20 Nr. 4: partial equivalence, but the professional licence is granted',
    profile: recognised({ qualification: { germanRecognition: 'partial', regulatedProfession: true, professionalLicence: true } }),
    conditions: { '20_post_recognition/recognition_obtained': 'met' },
  },
  {
    id: 'I11-P05',
    description: '§20 Nr. 4: recognition outcome not stated → unknown',
    profile: recognised({ qualification: { germanRecognition: undefined } }),
    conditions: { '20_post_recognition/recognition_obtained': 'unknown' },
  },
  {
    id: 'I11-P06',
    description: '§20 Nr. 4: recognised, but already on a §18a title',
    profile: recognised({ currentTitle: '18a' }),
    conditions: { '20_post_recognition/recognition_stay_title': 'not_met' },
  },
  {
    id: 'I11-P07',
    description: '§20 Nr. 4: the yes/no answer counts only without an amount',
    profile: recognised({ fundsPerMonthEur: undefined, livelihoodSecured: false }),
    conditions: { '20_post_recognition/livelihood_secured': 'not_met' },
  },
];
