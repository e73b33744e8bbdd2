/**
 * Issue 11: KldB 2010 codes for the job, the qualification and experience periods (mapped to ISCO-08
 * with the Bundesagentur für Arbeit's Umsteigeschlüssel, kldb-isco-table.ts), and experience whose
 * occupation does not fit the qualification (§20b Abs. 1 Satz 1 Nr. 6/7) or the job (§6 BeschV).
 * Evaluated on 2026-11-22. KldB codes used (BA table): 43104 → ISCO 2511, 2512, 2523 (all ICT);
 * 43102 → 3512, 3513, 2512, 2514 (mixed); 81302 → 3221; 81404 → 2211; 26212 → 7411.
 */
import { merge, profile, vocationalProfile, type ProfileScenario } from './scenario-types';

type Patch = Record<string, unknown>;

/** Job given only as KldB (the ISCO code of the base profile removed). */
const kldbJob = (kldb: string, patch: Patch = {}) => profile({ job: { annualGrossSalaryEur: 46000, isco: undefined, kldb, ...patch } });

/** IT specialist without a degree whose experience periods carry the given occupation codes. */
const noDegreeIt = (experience: Patch[]) =>
  profile({
    qualification: { type: 'none', obtainedIn: undefined, completedOn: undefined, germanRecognition: undefined, isco: undefined },
    job: { annualGrossSalaryEur: 46000 },
    experience,
  });

/** §19c Abs. 2 + §6 BeschV applicant (job ISCO 7411, tariff-bound employer), experience as given. */
const beschv6 = (experience: Patch[], patch: Patch = {}) => merge(vocationalProfile({ job: { employerTariffBound: true }, experience }), patch);

/** A points-route Chancenkarte applicant: English C1 (1) + age 30 (2) = 3 points before experience. */
const pointsSeeker = (experience: Patch[], patch: Patch = {}) =>
  merge(
    vocationalProfile({
      job: null,
      fundsPerMonthEur: 1091,
      german: 'none',
      english: 'C1',
      experience,
      lawfulStayInGermanyMonthsLast5Years: 0,
      spouseAppliesJointlyForChancenkarte: false,
    }),
    patch,
  );

const SHORTAGE = '18g_reduced_shortage/shortage_occupation';
const IT_JOB = '18g_it_no_degree/it_occupation';
const IT_EXPERIENCE = '18g_it_no_degree/it_experience_3_of_7_years';
const BESCHV6_EXPERIENCE = '19c2_beschv6/experience_2_of_5_years';
const BESCHV6_QUALIFICATION = '19c2_beschv6/beschv6_qualification';
const POINTS = '20a_points/chancenkarte_points';

export const kldbExperienceScenarios: ProfileScenario[] = [
  // KldB for the job: §18g Abs. 1 Satz 2 Nr. 1 (shortage groups) and §18g Abs. 2 (ICT groups).
  {
    id: 'KE01',
    description: 'Job given as KldB 43104 (Informatik, Experte): all mapped ISCO codes are ICT → shortage and IT occupation met',
    profile: kldbJob('43104'),
    conditions: { [SHORTAGE]: 'met', [IT_JOB]: 'met' },
    values: { [SHORTAGE]: { jobKldb: '43104', jobIsco: null, kldbIsco: ['2511', '2512', '2523'], basis: 'kldb' } },
    outcomes: { '18g_reduced_shortage': 'eligible' },
  },
  {
    id: 'KE02',
    description: 'Job given as KldB 81302 (Gesundheits- und Krankenpflege, Fachkraft) maps to ISCO 3221 only → not a shortage group',
    profile: kldbJob('81302'),
    conditions: { [SHORTAGE]: 'not_met', [IT_JOB]: 'not_met' },
    values: { [SHORTAGE]: { kldbIsco: ['3221'], basis: 'kldb' } },
  },
  {
    id: 'KE03',
    description: 'Job given as KldB 81404 (Ärzte) maps to ISCO 2211 → shortage group 221 met, not an IT occupation',
    profile: kldbJob('81404'),
    conditions: { [SHORTAGE]: 'met', [IT_JOB]: 'not_met' },
  },
  {
    id: 'KE04',
    description: 'KldB 43102 maps to ISCO 3512, 3513, 2512, 2514: only some are ICT professionals → unknown, asks for the occupation',
    profile: kldbJob('43102'),
    conditions: { [SHORTAGE]: 'unknown', [IT_JOB]: 'unknown' },
    outcomes: { '18g_reduced_shortage': 'needs_info' },
  },
  {
    id: 'KE05',
    description: 'A 4-digit KldB group (8140, Ärzte ohne Spezialisierung) whose only Berufsgattung maps to ISCO 2211 → decided',
    profile: kldbJob('8140'),
    conditions: { [SHORTAGE]: 'met' },
    values: { [SHORTAGE]: { kldbIsco: ['2211'] } },
  },
  {
    id: 'KE06',
    description: 'A 3-digit KldB group (431, Informatik) spans ICT and non-ICT ISCO codes → too coarse, unknown',
    profile: kldbJob('431'),
    conditions: { [SHORTAGE]: 'unknown', [IT_JOB]: 'unknown' },
  },
  {
    id: 'KE07',
    description: 'KldB 99999 is not in the BA table → unknown (not refused), explanation says so',
    profile: kldbJob('99999'),
    conditions: { [SHORTAGE]: 'unknown', [IT_JOB]: 'unknown' },
    values: { [SHORTAGE]: { basis: 'kldb_unmapped', kldbIsco: [] } },
  },
  {
    id: 'KE08',
    description: 'ISCO 2512 and KldB 43104 agree → the ISCO code decides, met',
    profile: profile({ job: { annualGrossSalaryEur: 46000, isco: '2512', kldb: '43104' } }),
    conditions: { [SHORTAGE]: 'met' },
    values: { [SHORTAGE]: { basis: 'isco' } },
  },
  {
    id: 'KE09',
    description: 'ISCO 2512 but KldB 81302 (ISCO 3221): the codes contradict each other → unknown',
    profile: profile({ job: { annualGrossSalaryEur: 46000, isco: '2512', kldb: '81302' } }),
    conditions: { [SHORTAGE]: 'unknown', [IT_JOB]: 'unknown' },
    values: { [SHORTAGE]: { basis: 'conflict' } },
    outcomes: { '18g_reduced_shortage': 'needs_info' },
  },
  {
    id: 'KE10',
    description: 'Coarse ISCO "2" is made precise by KldB 43104 → met',
    profile: profile({ job: { annualGrossSalaryEur: 46000, isco: '2', kldb: '43104' } }),
    conditions: { [SHORTAGE]: 'met' },
    values: { [SHORTAGE]: { basis: 'kldb' } },
  },
  {
    id: 'KE11',
    description: 'ISCO 2411 (not a shortage group) and a mixed KldB 43102: the precise ISCO code decides → not met',
    profile: profile({ job: { annualGrossSalaryEur: 46000, isco: '2411', kldb: '43102' } }),
    conditions: { [SHORTAGE]: 'not_met' },
    values: { [SHORTAGE]: { basis: 'isco' } },
  },
  // §6 Abs. 1 Satz 3 BeschV: no formal qualification in ICT occupations, also when the job is given as KldB.
  {
    id: 'KE12',
    description: '§6 BeschV: job KldB 43104 (ICT) waives the qualification requirement',
    profile: beschv6([{ from: '2020-01-01', to: '2026-10-31', kldb: '43104' }], {
      qualification: { stateRecognisedAbroad: false },
      job: { isco: undefined, kldb: '43104' },
    }),
    conditions: { [BESCHV6_QUALIFICATION]: 'met', [BESCHV6_EXPERIENCE]: 'met' },
  },
  {
    id: 'KE13',
    description: '§6 BeschV: job KldB 26212 (ISCO 7411, not ICT) and no state recognition → qualification not met',
    profile: beschv6([{ from: '2020-01-01', to: '2026-10-31', isco: '7411' }], {
      qualification: { stateRecognisedAbroad: false },
      job: { isco: undefined, kldb: '26212' },
    }),
    conditions: { [BESCHV6_QUALIFICATION]: 'not_met', [BESCHV6_EXPERIENCE]: 'met' },
  },
  // Chancenkarte point Nr. 8 for a qualification given as KldB.
  {
    id: 'KE14',
    description: 'Qualification given as KldB 43104 (ICT): the shortage-group point (§20b Abs. 1 Nr. 8) is awarded',
    profile: profile({ qualification: { isco: undefined, kldb: '43104' } }),
    chancenkarteBreakdown: { shortage_occupation_group: 1 },
  },
  {
    id: 'KE15',
    description: 'Qualification given as KldB 81302 (ISCO 3221): no shortage-group point',
    profile: profile({ qualification: { isco: undefined, kldb: '81302' } }),
    chancenkarteBreakdown: { shortage_occupation_group: 0 },
  },
  // §18g Abs. 2: IT experience periods given as KldB.
  {
    id: 'KE16',
    description: 'IT experience given as KldB 43104 for exactly 3 × 365 days → met',
    profile: noDegreeIt([{ from: '2023-11-24', to: '2026-11-22', kldb: '43104' }]),
    conditions: { [IT_EXPERIENCE]: 'met' },
    values: { [IT_EXPERIENCE]: { experienceDays: 1095, notCounted: [] } },
  },
  {
    id: 'KE17',
    description: 'Experience given as KldB 81302 (ISCO 3221) is not IT experience → not met, the period is named',
    profile: noDegreeIt([{ from: '2020-01-01', to: '2026-10-31', kldb: '81302' }]),
    conditions: { [IT_EXPERIENCE]: 'not_met' },
    values: {
      [IT_EXPERIENCE]: { notCounted: [{ from: '2020-01-01', to: '2026-10-31', reason: 'not_in_group', occupation: 'KldB 81302' }] },
    },
  },
  {
    id: 'KE18',
    description: 'Experience given as mixed KldB 43102 → unknown whether IT, asks for the occupation',
    profile: noDegreeIt([{ from: '2020-01-01', to: '2026-10-31', kldb: '43102' }]),
    conditions: { [IT_EXPERIENCE]: 'unknown' },
    values: { [IT_EXPERIENCE]: { notCounted: [{ reason: 'group_unknown', occupation: 'KldB 43102' }] } },
  },
  // §6 Abs. 1 Satz 1 Nr. 1 BeschV: experience "die … zu der Beschäftigung befähigt" (job ISCO 7411).
  {
    id: 'KE20',
    description: '§6 BeschV: experience in ISCO 7412 (same minor group 741 as the job) counts',
    profile: beschv6([{ from: '2020-01-01', to: '2026-10-31', isco: '7412' }]),
    conditions: { [BESCHV6_EXPERIENCE]: 'met' },
    values: {
      [BESCHV6_EXPERIENCE]: {
        notCounted: [{ from: '2020-01-01', to: '2021-11-21', reason: 'before_window' }],
        assumedRelated: false,
        reference: 'ISCO 7411',
      },
    },
  },
  {
    id: 'KE21',
    description: '§6 BeschV: experience only in ISCO 5321 (another occupation group) → unknown, asks whether it qualifies for the job',
    profile: beschv6([{ from: '2020-01-01', to: '2026-10-31', isco: '5321' }]),
    conditions: { [BESCHV6_EXPERIENCE]: 'unknown' },
    outcomes: { '19c2_beschv6': 'needs_info' },
    values: {
      [BESCHV6_EXPERIENCE]: {
        experienceDays: 0,
        notCounted: [
          { from: '2020-01-01', to: '2021-11-21', reason: 'before_window' },
          { from: '2021-11-22', to: '2026-10-31', reason: 'unrelated', occupation: 'ISCO 5321' },
        ],
      },
    },
  },
  {
    id: 'KE22',
    description: '§6 BeschV: experience without an occupation is counted and assumed to fit the job (as before)',
    profile: beschv6([{ from: '2020-01-01', to: '2026-10-31' }]),
    conditions: { [BESCHV6_EXPERIENCE]: 'met' },
    values: { [BESCHV6_EXPERIENCE]: { assumedRelated: true } },
  },
  {
    id: 'KE23',
    description: '§6 BeschV: exactly 2 × 365 days in the job\'s occupation → met; an earlier period elsewhere is not needed',
    profile: beschv6([
      { from: '2024-11-23', to: '2026-11-22', isco: '7411' },
      { from: '2022-01-01', to: '2024-11-22', isco: '5321' },
    ]),
    conditions: { [BESCHV6_EXPERIENCE]: 'met' },
    values: { [BESCHV6_EXPERIENCE]: { experienceDays: 730 } },
  },
  {
    id: 'KE24',
    description: '§6 BeschV: one day short in the job\'s occupation, plus a period in another occupation → unknown',
    profile: beschv6([
      { from: '2024-11-24', to: '2026-11-22', isco: '7411' },
      { from: '2022-01-01', to: '2024-11-23', isco: '5321' },
    ]),
    conditions: { [BESCHV6_EXPERIENCE]: 'unknown' },
    values: { [BESCHV6_EXPERIENCE]: { experienceDays: 729 } },
  },
  {
    id: 'KE25',
    description: '§6 BeschV: one day short and nothing else → not met',
    profile: beschv6([{ from: '2024-11-24', to: '2026-11-22', isco: '7411' }]),
    conditions: { [BESCHV6_EXPERIENCE]: 'not_met' },
  },
  {
    id: 'KE26',
    description: '§6 BeschV: a short period in another occupation cannot reach 2 years either way → not met (no question)',
    profile: beschv6([{ from: '2025-06-01', to: '2026-10-31', isco: '5321' }]),
    conditions: { [BESCHV6_EXPERIENCE]: 'not_met' },
  },
  {
    id: 'KE27',
    description: '§6 BeschV: job KldB 26212 (ISCO 7411) and experience in ISCO 7411 are the same occupation → met',
    profile: beschv6([{ from: '2020-01-01', to: '2026-10-31', isco: '7411' }], { job: { isco: undefined, kldb: '26212' } }),
    conditions: { [BESCHV6_EXPERIENCE]: 'met' },
    values: { [BESCHV6_EXPERIENCE]: { reference: 'KldB 26212' } },
  },
  {
    id: 'KE28',
    description: '§6 BeschV: experience given as a KldB code not in the table → relation open, unknown',
    profile: beschv6([{ from: '2020-01-01', to: '2026-10-31', kldb: '99999' }]),
    conditions: { [BESCHV6_EXPERIENCE]: 'unknown' },
  },
  {
    id: 'KE29',
    description: '§6 BeschV: experience after the evaluation date is not counted',
    profile: beschv6([{ from: '2025-06-01', to: '2027-12-31', isco: '7411' }]),
    conditions: { [BESCHV6_EXPERIENCE]: 'not_met' },
    values: { [BESCHV6_EXPERIENCE]: { notCounted: [{ from: '2026-11-23', to: '2027-12-31', reason: 'after_date' }] } },
  },
  // §20b Abs. 1 Satz 1 Nr. 6/7: experience "die im Zusammenhang mit der Berufsqualifikation steht" (qualification ISCO 7411).
  {
    id: 'KE30',
    description: 'Chancenkarte: 6.8 years in the qualification\'s occupation → 3 experience points, 6 in total',
    profile: pointsSeeker([{ from: '2020-01-01', to: '2026-10-31', isco: '7411' }]),
    chancenkartePoints: 6,
    chancenkarteBreakdown: { experience_5_of_7_years: 3, experience_2_of_5_years: 0 },
    conditions: { [POINTS]: 'met' },
  },
  {
    id: 'KE31',
    description: 'Chancenkarte: the same years in ISCO 5321 (another group) → no experience points yet, points unknown, asks',
    profile: pointsSeeker([{ from: '2020-01-01', to: '2026-10-31', isco: '5321' }]),
    chancenkartePoints: 3,
    chancenkarteBreakdown: { experience_5_of_7_years: 0, experience_2_of_5_years: 0 },
    conditions: { [POINTS]: 'unknown' },
    outcomes: { '20a_points': 'needs_info' },
  },
  {
    id: 'KE32',
    description: 'Chancenkarte: experience without an occupation counts (assumed to relate) → 3 points',
    profile: pointsSeeker([{ from: '2020-01-01', to: '2026-10-31' }]),
    chancenkartePoints: 6,
    conditions: { [POINTS]: 'met' },
  },
  {
    id: 'KE33',
    description: 'Chancenkarte: 3.8 related years plus 3 unrelated ones → 2 points certain (Nr. 7), 3 if confirmed (Nr. 6)',
    profile: pointsSeeker([
      { from: '2023-01-01', to: '2026-10-31', isco: '7411' },
      { from: '2020-01-01', to: '2022-12-31', isco: '5321' },
    ]),
    chancenkartePoints: 5,
    chancenkarteBreakdown: { experience_5_of_7_years: 0, experience_2_of_5_years: 2 },
    conditions: { [POINTS]: 'unknown' },
  },
  {
    id: 'KE34',
    description: 'Chancenkarte: experience before the qualification (completed 30 June 2022) is cut off → 2 points only, not enough',
    profile: pointsSeeker([{ from: '2020-01-01', to: '2026-10-31', isco: '7411' }], { qualification: { completedOn: '2022-06-30' } }),
    chancenkartePoints: 5,
    chancenkarteBreakdown: { experience_5_of_7_years: 0, experience_2_of_5_years: 2 },
    conditions: { [POINTS]: 'not_met' },
  },
  {
    id: 'KE35',
    description: 'Chancenkarte: qualification given as KldB 26212 (ISCO 7411), experience as ISCO 7411 → related, 3 points',
    profile: pointsSeeker([{ from: '2020-01-01', to: '2026-10-31', isco: '7411' }], { qualification: { isco: undefined, kldb: '26212' } }),
    chancenkartePoints: 6,
    conditions: { [POINTS]: 'met' },
  },
  {
    id: 'KE36',
    description: 'Chancenkarte: experience given as KldB 81302 (ISCO 3221) for an ISCO 7411 qualification → not related for certain',
    profile: pointsSeeker([{ from: '2020-01-01', to: '2026-10-31', kldb: '81302' }]),
    chancenkartePoints: 3,
    conditions: { [POINTS]: 'unknown' },
  },
];
