/**
 * Boundary rows for the rules corrected in issue 11: §20 Abs. 1 Nr. 1–4 with the livelihood benchmark
 * of §2 Abs. 3 Satz 5 (law.md §12), the Chancenkarte for people who hold or held one (§20a Abs. 5),
 * Westbalkan renewals (§26 Abs. 2 BeschV) and family reunification to a settled skilled worker
 * (§30 Abs. 1 Satz 3 Nr. 7, §32 Abs. 2 Satz 2 Nr. 3). Evaluated on 2026-11-22 unless stated.
 */
import { merge, profile, vocationalProfile, type FamilyScenario, type ProfileScenario } from './scenario-types';

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

/** A Chancenkarte applicant from abroad (Fachkraft route open, 1,091 €/month). */
const seeker = (patch: Patch = {}) => merge(profile({ job: null, fundsPerMonthEur: 1091 }), patch);

/**
 * A points-route Chancenkarte holder in Germany with a qualified job offer; the qualification is
 * not yet recognised, so no other employment title is open.
 */
const cardHolder = (patch: Patch = {}) =>
  merge(
    vocationalProfile({
      location: 'germany',
      currentTitle: '20a_points',
      job: { annualGrossSalaryEur: 40000, contractMonths: null, isco: '7411', qualified: true, employerTariffBound: false },
    }),
    patch,
  );

/** A Kosovar working in Germany under the Westbalkan regulation, asking for a renewal. */
const balkanHolder = (patch: Patch = {}) =>
  merge(
    profile({
      citizenship: 'XKX',
      location: 'germany',
      currentTitle: '19c1_westbalkan',
      qualification: { type: 'none', obtainedIn: undefined, completedOn: undefined, germanRecognition: undefined, isco: undefined },
      job: { annualGrossSalaryEur: 28000, kldb: '32102', isco: undefined, qualified: false },
      experience: [],
      westbalkan: { applicationAtMissionInHomeCountry: false, asylblgBenefitsLast24Months: false, quotaExhausted: true },
    }),
    patch,
  );

export const issue11ProfileScenarios: ProfileScenario[] = [
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

  // §20a Abs. 5 Satz 7: no further search card while holding one; a new one only after waiting.
  {
    id: 'I11-C01',
    description: 'Chancenkarte: a current points-route card holder in Germany gets no further search card',
    profile: seeker({ location: 'germany', currentTitle: '20a_points' }),
    outcomes: { '20a_fachkraft': 'not_eligible', '20a_points': 'not_eligible' },
    conditions: { '20a_fachkraft/chancenkarte_reissue_wait': 'not_met', '20a_fachkraft/inland_title_section_3_4': 'met' },
  },
  {
    id: 'I11-C02',
    description: 'Chancenkarte: a holder of the Fachkraft card, too',
    profile: seeker({ location: 'germany', currentTitle: '20a_fachkraft' }),
    conditions: { '20a_fachkraft/chancenkarte_reissue_wait': 'not_met' },
  },
  {
    id: 'I11-C03',
    description: 'Chancenkarte: 12 months used, 12 months abroad since → a new card',
    profile: seeker({ previousChancenkarte: { monthsUsed: 12, monthsSinceEnd: 12 } }),
    outcomes: { '20a_fachkraft': 'eligible' },
    conditions: { '20a_fachkraft/chancenkarte_reissue_wait': 'met' },
  },
  {
    id: 'I11-C04',
    description: 'Chancenkarte: 12 months used, only 11 since → 1 month missing',
    profile: seeker({ previousChancenkarte: { monthsUsed: 12, monthsSinceEnd: 11 } }),
    outcomes: { '20a_fachkraft': 'not_eligible' },
    conditions: { '20a_fachkraft/chancenkarte_reissue_wait': 'not_met' },
    values: { '20a_fachkraft/chancenkarte_reissue_wait': { missingMonths: 1 } },
  },
  {
    id: 'I11-C05',
    description: 'Chancenkarte: earlier card stated without the months → unknown',
    profile: seeker({ previousChancenkarte: { monthsUsed: 8 } }),
    outcomes: { '20a_fachkraft': 'needs_info' },
    conditions: { '20a_fachkraft/chancenkarte_reissue_wait': 'unknown' },
  },
  {
    id: 'I11-C06',
    description: 'Chancenkarte: never held one',
    profile: seeker({ previousChancenkarte: null }),
    conditions: { '20a_fachkraft/chancenkarte_reissue_wait': 'met' },
  },
  {
    id: 'I11-C07',
    description: 'Chancenkarte: time on another title in Germany counts (6 months used, 6 on a §18b title since)',
    profile: seeker({ location: 'germany', currentTitle: '18b', previousChancenkarte: { monthsUsed: 6, monthsSinceEnd: 6 } }),
    conditions: { '20a_fachkraft/chancenkarte_reissue_wait': 'met' },
  },
  {
    id: 'I11-C08',
    description: 'Chancenkarte: a follow-up card holder had a search card, so the months are needed',
    profile: seeker({ location: 'germany', currentTitle: '20a_follow_up' }),
    conditions: { '20a_fachkraft/chancenkarte_reissue_wait': 'unknown', '20a_follow_up/search_chancenkarte_held': 'not_met' },
  },

  // §20a Abs. 5 Satz 2, 3, 6: the follow-up card.
  {
    id: 'I11-F01',
    description: 'Follow-up card: search-card holder with a qualified job offer, no other employment title open',
    profile: cardHolder(),
    outcomes: { '20a_follow_up': 'eligible', '18a': 'not_eligible' },
    conditions: {
      '20a_follow_up/search_chancenkarte_held': 'met',
      '20a_follow_up/job_offer': 'met',
      '20a_follow_up/qualified_employment': 'met',
      '20a_follow_up/no_other_section_4_title': 'met',
      '20a_points/chancenkarte_reissue_wait': 'not_met',
    },
  },
  {
    id: 'I11-F02',
    description: 'Follow-up card: the training is recognised, so §18a is open and the follow-up card is not',
    profile: cardHolder({ qualification: { germanRecognition: 'full' } }),
    outcomes: { '20a_follow_up': 'not_eligible', '18a': 'eligible' },
    conditions: { '20a_follow_up/no_other_section_4_title': 'not_met' },
    values: { '20a_follow_up/no_other_section_4_title': { titleIds: ['18a'] } },
  },
  {
    id: 'I11-F03',
    description: 'Follow-up card: recognition not stated, so §18a may be open → unknown',
    profile: cardHolder({ qualification: { germanRecognition: undefined } }),
    outcomes: { '20a_follow_up': 'needs_info' },
    conditions: { '20a_follow_up/no_other_section_4_title': 'unknown' },
  },
  {
    id: 'I11-F04',
    description: 'Follow-up card: the job is not qualified',
    profile: cardHolder({ job: { qualified: false } }),
    outcomes: { '20a_follow_up': 'not_eligible' },
    conditions: { '20a_follow_up/qualified_employment': 'not_met' },
  },
  {
    id: 'I11-F05',
    description: 'Follow-up card: no job offer',
    profile: cardHolder({ job: null }),
    conditions: { '20a_follow_up/job_offer': 'not_met' },
  },
  {
    id: 'I11-F06',
    description: 'Follow-up card: already a follow-up card → no further extension',
    profile: cardHolder({ currentTitle: '20a_follow_up' }),
    outcomes: { '20a_follow_up': 'not_eligible' },
    conditions: { '20a_follow_up/search_chancenkarte_held': 'not_met' },
  },
  {
    id: 'I11-F07',
    description: 'Follow-up card: only for someone who holds a search card (here a §18b title)',
    profile: cardHolder({ currentTitle: '18b' }),
    conditions: { '20a_follow_up/search_chancenkarte_held': 'not_met' },
  },
  {
    id: 'I11-F08',
    description: 'Follow-up card: current title not stated in Germany',
    profile: cardHolder({ currentTitle: undefined }),
    conditions: { '20a_follow_up/search_chancenkarte_held': 'unknown' },
  },

  // §26 Abs. 2 Satz 2, 3 BeschV: home mission and quota for the first approval only.
  {
    id: 'I11-W01',
    description: 'Westbalkan renewal in Germany: quota exhausted and no home-mission application do not matter',
    profile: balkanHolder(),
    outcomes: { '19c1_westbalkan': 'eligible' },
    conditions: { '19c1_westbalkan/application_at_home_mission': 'met', '19c1_westbalkan/westbalkan_quota': 'met' },
  },
  {
    id: 'I11-W02',
    description: 'Westbalkan renewal without quota or mission answers',
    profile: balkanHolder({ westbalkan: { applicationAtMissionInHomeCountry: undefined, quotaExhausted: undefined } }),
    outcomes: { '19c1_westbalkan': 'eligible' },
  },
  {
    id: 'I11-W03',
    description: 'Westbalkan renewal: AsylbLG benefits in the last 24 months still exclude the approval',
    profile: balkanHolder({ westbalkan: { asylblgBenefitsLast24Months: true } }),
    outcomes: { '19c1_westbalkan': 'not_eligible' },
    conditions: { '19c1_westbalkan/no_asylblg_benefits_24_months': 'not_met' },
  },
  {
    id: 'I11-W04',
    description: 'Westbalkan first approval for someone in Germany on another title: quota exhausted, mission rule applies',
    profile: balkanHolder({ currentTitle: '16b' }),
    outcomes: { '19c1_westbalkan': 'not_eligible' },
    conditions: { '19c1_westbalkan/application_at_home_mission': 'not_met', '19c1_westbalkan/westbalkan_quota': 'not_met' },
  },
  {
    id: 'I11-W05',
    description: 'Westbalkan title stated but the person is abroad: a new first approval',
    profile: balkanHolder({ location: 'abroad' }),
    conditions: { '19c1_westbalkan/application_at_home_mission': 'not_met', '19c1_westbalkan/westbalkan_quota': 'not_met' },
  },
];

const familyRequest = (titleId: string, members: Patch[]) => ({
  evaluationDate: '2026-11-22',
  sponsor: { titleId, firstIssuedOn: '2025-04-01', livingSpaceSufficient: true, livelihoodSecured: true },
  members,
});

export const issue11FamilyScenarios: FamilyScenario[] = [
  {
    id: 'I11-FA01',
    description: 'Settlement permit after §18a/§18b/§18d/Blue Card (§18c Abs. 1): spouse without German, child of 16 not moving together',
    request: familyRequest('18c1', [
      { role: 'spouse', age: 30, german: 'none' },
      { role: 'child', age: 16, german: 'none', movesWithParent: false },
    ]),
    outcomes: ['eligible', 'eligible'],
    conditions: { '0/spouse_german_a1': 'met', '1/child_language_16_17': 'met' },
  },
  {
    id: 'I11-FA02',
    description: 'Settlement permit after a Blue Card (§18c Abs. 2): the same waivers',
    request: familyRequest('18c2', [
      { role: 'spouse', age: 30, german: 'none' },
      { role: 'child', age: 17, german: 'A1', movesWithParent: false },
    ]),
    outcomes: ['eligible', 'eligible'],
    conditions: { '0/spouse_german_a1': 'met', '1/child_language_16_17': 'met' },
  },
  {
    id: 'I11-FA03',
    description: 'General settlement permit (§9): no waiver, spouse needs A1, child of 17 needs C1',
    request: familyRequest('9', [
      { role: 'spouse', age: 30, german: 'none' },
      { role: 'child', age: 17, german: 'B2', movesWithParent: false },
    ]),
    outcomes: ['not_eligible', 'not_eligible'],
    conditions: { '0/spouse_german_a1': 'not_met', '1/child_language_16_17': 'not_met' },
  },
  {
    id: 'I11-FA04',
    description: 'Settlement permit after a skilled-worker title: a child of 15 has no language requirement anyway',
    request: familyRequest('18c1', [{ role: 'child', age: 15, german: 'none', movesWithParent: false }]),
    outcomes: ['eligible'],
    conditions: { '0/child_language_16_17': 'met' },
  },
];
