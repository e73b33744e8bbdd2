/**
 * Boundary rows for the rules corrected in issue 11: §20 Abs. 1 Nr. 1–4 with the livelihood benchmark
 * of §2 Abs. 3 Satz 5 (law.md §12), the Chancenkarte for people who hold or held one (§20a Abs. 5),
 * Westbalkan renewals (§26 Abs. 2 BeschV) and family reunification to a settled skilled worker
 * (§30 Abs. 1 Satz 3 Nr. 7, §32 Abs. 2 Satz 2 Nr. 3). Evaluated on 2026-11-22 unless stated.
 * The §20 rows stand in issue-11-section-20.ts, the family rows in issue-11-family.ts.
 */
import { merge, profile, vocationalProfile, type ProfileScenario } from './scenario-types';
import { issue11Section20Scenarios } from './issue-11-section-20';

type Patch = Record<string, unknown>;

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
  ...issue11Section20Scenarios,

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
