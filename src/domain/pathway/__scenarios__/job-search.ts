/** Scenarios for §20 Abs. 1 Nr. 1 (job search after a German degree) and the Chancenkarte (§20a, §20b). */
import { merge, profile, vocationalProfile, type ProfileScenario } from './scenario-types';

const graduate = (patch: Record<string, unknown> = {}) =>
  merge(
    profile({
      location: 'germany',
      currentTitle: '16b',
      qualification: { obtainedIn: 'germany', completedOn: '2026-09-30', germanRecognition: undefined },
      job: null,
      // No amount: these rows exercise the yes/no fallback (amounts: issue-11-rules.ts).
      fundsPerMonthEur: undefined,
      livelihoodSecured: true,
    }),
    patch,
  );

const seeker = (patch: Record<string, unknown> = {}) => merge(profile({ job: null, fundsPerMonthEur: 1091 }), patch);

/** A points-route applicant whose points are fully known except where a test says otherwise. */
const pointsSeeker = (patch: Record<string, unknown> = {}) =>
  merge(
    vocationalProfile({
      job: null,
      fundsPerMonthEur: 1091,
      german: 'none',
      english: 'B2',
      experience: [],
      lawfulStayInGermanyMonthsLast5Years: 0,
      spouseAppliesJointlyForChancenkarte: false,
    }),
    patch,
  );

export const jobSearchScenarios: ProfileScenario[] = [
  {
    id: 'JS01',
    description: '§20: German degree, study permit §16b, livelihood secured',
    profile: graduate(),
    eligible: ['20_post_study'],
    conditions: { '20_post_study/german_degree': 'met', '20_post_study/study_title': 'met', '20a_fachkraft/fachkraft': 'met' },
  },
  {
    id: 'JS02',
    description: '§20: livelihood not stated → needs info',
    profile: graduate({ livelihoodSecured: undefined }),
    outcomes: { '20_post_study': 'needs_info' },
    conditions: { '20_post_study/livelihood_secured': 'unknown' },
  },
  {
    id: 'JS03',
    description: '§20: livelihood not secured',
    profile: graduate({ livelihoodSecured: false }),
    conditions: { '20_post_study/livelihood_secured': 'not_met' },
    eligible: [],
  },
  {
    id: 'JS04',
    description: '§20: studied, but now holds a §18b title',
    profile: graduate({ currentTitle: '18b' }),
    conditions: { '20_post_study/study_title': 'not_met', '20a_fachkraft/inland_title_section_3_4': 'met' },
  },
  {
    id: 'JS05',
    description: '§20: in Germany, current title not stated',
    profile: graduate({ currentTitle: undefined }),
    conditions: { '20_post_study/study_title': 'unknown', '20a_fachkraft/inland_title_section_3_4': 'unknown' },
  },
  {
    id: 'JS06',
    description: '§20: graduation after the evaluation date, or date unknown',
    profile: graduate({ qualification: { completedOn: '2027-01-31' } }),
    conditions: { '20_post_study/german_degree': 'not_met' },
  },
  {
    id: 'JS07',
    description: '§20: graduation date unknown',
    profile: graduate({ qualification: { completedOn: undefined } }),
    conditions: { '20_post_study/german_degree': 'unknown' },
  },
  {
    id: 'JS08',
    description: 'Chancenkarte for a skilled worker with exactly 1,091 €/month; the points route is open too (7 points)',
    profile: seeker(),
    eligible: ['20a_fachkraft', '20a_points'],
    chancenkartePoints: 7,
    conditions: { '20a_points/chancenkarte_qualification': 'met', '20a_fachkraft/livelihood_chancenkarte': 'met' },
  },
  {
    id: 'JS09',
    description: 'Chancenkarte: one cent below 1,091 €/month',
    profile: seeker({ fundsPerMonthEur: 1090.99 }),
    eligible: [],
    conditions: { '20a_fachkraft/livelihood_chancenkarte': 'not_met' },
  },
  {
    id: 'JS10',
    description: 'Chancenkarte in Germany with a settlement permit: not a Section 3/4 title',
    profile: seeker({ location: 'germany', currentTitle: '9' }),
    conditions: { '20a_fachkraft/inland_title_section_3_4': 'not_met' },
    eligible: [],
  },
  {
    id: 'JS11',
    description: 'Chancenkarte in Germany without any title',
    profile: seeker({ location: 'germany', currentTitle: null }),
    conditions: { '20a_fachkraft/inland_title_section_3_4': 'not_met' },
  },
  {
    id: 'JS12',
    description: 'Maximum points: 4 + 3 + 1 + 3 + 1 + 2 + 1 + 1 = 16',
    profile: pointsSeeker({
      qualification: { germanRecognition: 'partial', isco: '2512' },
      german: 'C1',
      english: 'C1',
      experience: [{ from: '2019-07-01', to: '2026-10-31' }],
      lawfulStayInGermanyMonthsLast5Years: 6,
      spouseAppliesJointlyForChancenkarte: true,
    }),
    chancenkartePoints: 16,
    chancenkarteBreakdown: { partial_recognition: 4, german_b2: 3, german_b1: 0, english_c1: 1, experience_5_of_7_years: 3, experience_2_of_5_years: 0 },
    conditions: { '20a_points/chancenkarte_qualification': 'met' },
  },
  {
    id: 'JS13',
    description: 'Age exactly 35: 2 points (literal reading of "nicht älter als 35")',
    profile: pointsSeeker({ age: undefined, birthDate: '1991-11-22' }),
    chancenkarteBreakdown: { age_band_high: 2, age_band_low: 0 },
  },
  {
    id: 'JS14',
    description: 'Age 36: 1 point',
    profile: pointsSeeker({ age: 36 }),
    chancenkarteBreakdown: { age_band_high: 0, age_band_low: 1 },
  },
  {
    id: 'JS15',
    description: 'Age 40: 1 point; 41: none',
    profile: pointsSeeker({ age: 40 }),
    chancenkarteBreakdown: { age_band_low: 1 },
  },
  {
    id: 'JS16',
    description: 'Age 41: no age points',
    profile: pointsSeeker({ age: 41 }),
    chancenkarteBreakdown: { age_band_high: 0, age_band_low: 0 },
    chancenkartePoints: 0,
    conditions: { '20a_points/chancenkarte_points': 'not_met' },
  },
  {
    id: 'JS17',
    description: 'German B1 scores 2 under Nr. 3 only; A2 scores 1 under Nr. 4',
    profile: pointsSeeker({ german: 'B1' }),
    chancenkarteBreakdown: { german_b2: 0, german_b1: 2, german_a2: 0 },
  },
  {
    id: 'JS18',
    description: 'German A2 scores 1',
    profile: pointsSeeker({ german: 'A2' }),
    chancenkarteBreakdown: { german_b2: 0, german_b1: 0, german_a2: 1 },
  },
  {
    id: 'JS19',
    description: '4 points certain, 2 open answers could reach 6 → needs info',
    profile: pointsSeeker({ german: 'B2', age: 38, lawfulStayInGermanyMonthsLast5Years: undefined, spouseAppliesJointlyForChancenkarte: undefined }),
    chancenkartePoints: 4,
    conditions: { '20a_points/chancenkarte_points': 'unknown' },
    outcomes: { '20a_points': 'needs_info' },
  },
  {
    id: 'JS20',
    description: 'Same with the answers: 4 points, not enough',
    profile: pointsSeeker({ german: 'B2', age: 38, lawfulStayInGermanyMonthsLast5Years: 5 }),
    chancenkartePoints: 4,
    chancenkarteBreakdown: { lawful_stay_6_months: 0 },
    conditions: { '20a_points/chancenkarte_points': 'not_met' },
    eligible: [],
  },
  {
    id: 'JS21',
    description: 'Six months of lawful stay and a jointly applying spouse give 1 point each → 6 points',
    profile: pointsSeeker({ german: 'B2', age: 38, lawfulStayInGermanyMonthsLast5Years: 6, spouseAppliesJointlyForChancenkarte: true }),
    chancenkartePoints: 6,
    eligible: ['20a_points'],
  },
  {
    id: 'JS22',
    description: 'Experience only counts after the qualification: 2015–2026 work, qualification 2024-01-01 → 2 points, not 3',
    profile: pointsSeeker({ qualification: { completedOn: '2024-01-01' }, experience: [{ from: '2015-01-01', to: '2026-10-31' }] }),
    chancenkarteBreakdown: { experience_5_of_7_years: 0, experience_2_of_5_years: 2 },
  },
  {
    id: 'JS23',
    description: 'Language minimum: German none and English B1 is not enough',
    profile: pointsSeeker({ english: 'B1' }),
    conditions: { '20a_points/chancenkarte_language': 'not_met' },
  },
  {
    id: 'JS24',
    description: 'Points-route qualification: not state-recognised; ISCO of the qualification missing',
    profile: pointsSeeker({ qualification: { stateRecognisedAbroad: false, isco: undefined } }),
    conditions: { '20a_points/chancenkarte_qualification': 'not_met' },
    chancenkarteBreakdown: { shortage_occupation_group: 0 },
  },
  {
    id: 'JS25',
    description: 'Without any qualification there are no experience or occupation points',
    profile: pointsSeeker({ qualification: { type: 'none', trainingYears: undefined, stateRecognisedAbroad: undefined, germanRecognition: undefined }, experience: [{ from: '2015-01-01', to: '2026-10-31' }] }),
    chancenkarteBreakdown: { experience_5_of_7_years: 0, experience_2_of_5_years: 0, shortage_occupation_group: 0, partial_recognition: 0 },
    conditions: { '20a_points/chancenkarte_qualification': 'not_met', '20a_fachkraft/fachkraft': 'not_met' },
  },
];
