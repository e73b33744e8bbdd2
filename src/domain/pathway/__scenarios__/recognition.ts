/** Boundary scenarios for §16d Abs. 1 (qualification measure) and §16d Abs. 3 (recognition partnership). */
import { merge, vocationalProfile, type ProfileScenario } from './scenario-types';

const measure = (patch: Record<string, unknown> = {}) =>
  merge(
    vocationalProfile({
      qualification: { germanRecognition: 'partial' },
      job: null,
      german: 'A2',
      fundsPerMonthEur: 1091,
      qualificationMeasure: { placeConfirmed: true, schoolBased: true },
    }),
    patch,
  );

const partnership = (patch: Record<string, unknown> = {}) =>
  merge(vocationalProfile({ job: { annualGrossSalaryEur: 36000, recognitionPartnership: true, employerTariffBound: false }, german: 'A2' }), patch);

export const recognitionScenarios: ProfileScenario[] = [
  {
    id: 'RC01',
    description: '§16d Abs. 1: deficit notice, German A2, confirmed school-based place, exactly 1,091 €/month',
    profile: measure(),
    outcomes: { '16d1': 'eligible' },
    conditions: { '16d1/partial_recognition': 'met', '16d1/livelihood_funds_16d': 'met' },
  },
  {
    id: 'RC02',
    description: '§16d Abs. 1: one cent below the monthly means',
    profile: measure({ fundsPerMonthEur: 1090.99 }),
    conditions: { '16d1/livelihood_funds_16d': 'not_met' },
    values: { '16d1/livelihood_funds_16d': { shortfallEur: 0.01, requiredPerMonthEur: 1091 } },
    outcomes: { '16d1': 'not_eligible' },
  },
  {
    id: 'RC03',
    description: '§16d Abs. 1: means not stated',
    profile: measure({ fundsPerMonthEur: undefined }),
    conditions: { '16d1/livelihood_funds_16d': 'unknown' },
    outcomes: { '16d1': 'needs_info' },
  },
  {
    id: 'RC04',
    description: '§16d Abs. 1: no measure at all (null) vs. not answered (absent)',
    profile: measure({ qualificationMeasure: null }),
    conditions: { '16d1/qualification_measure_place': 'not_met' },
  },
  {
    id: 'RC05',
    description: '§16d Abs. 1: measure not answered',
    profile: measure({ qualificationMeasure: undefined }),
    conditions: { '16d1/qualification_measure_place': 'unknown' },
    outcomes: { '16d1': 'needs_info' },
  },
  {
    id: 'RC06',
    description: '§16d Abs. 1: German A1 is below the usual A2',
    profile: measure({ german: 'A1' }),
    conditions: { '16d1/german_a2': 'not_met' },
    outcomes: { '16d1': 'not_eligible' },
  },
  {
    id: 'RC07',
    description: '§16d Abs. 1: no recognition decision yet',
    profile: measure({ qualification: { germanRecognition: 'not_applied' } }),
    conditions: { '16d1/partial_recognition': 'not_met' },
  },
  {
    id: 'RC08',
    description: '§16d Abs. 1: recognition status not stated',
    profile: measure({ qualification: { germanRecognition: undefined } }),
    conditions: { '16d1/partial_recognition': 'unknown' },
  },
  {
    id: 'RC09',
    description: '§16d Abs. 1: already fully recognised, and refused recognition',
    profile: measure({ qualification: { germanRecognition: 'none' } }),
    conditions: { '16d1/partial_recognition': 'not_met', '16d3/recognition_pending': 'not_met' },
  },
  {
    id: 'RC10',
    description: '§16d Abs. 3: complete recognition partnership (like EX08)',
    profile: partnership(),
    eligible: ['16d3'],
    conditions: { '16d3/recognition_partnership': 'met', '16d3/state_recognised_qualification': 'met', '16d3/recognition_pending': 'met' },
  },
  {
    id: 'RC11',
    description: '§16d Abs. 3: partnership not agreed',
    profile: partnership({ job: { recognitionPartnership: false } }),
    eligible: [],
    conditions: { '16d3/recognition_partnership': 'not_met' },
  },
  {
    id: 'RC12',
    description: '§16d Abs. 3: partnership not answered',
    profile: partnership({ job: { recognitionPartnership: undefined } }),
    outcomes: { '16d3': 'needs_info' },
    conditions: { '16d3/recognition_partnership': 'unknown' },
  },
  {
    id: 'RC13',
    description: '§16d Abs. 3 Satz 2: unqualified job toward a regulated profession with a tariff-bound employer',
    profile: partnership({ qualification: { regulatedProfession: true }, job: { qualified: false, employerTariffBound: true } }),
    conditions: { '16d3/qualified_employment_16d3': 'met' },
    outcomes: { '16d3': 'eligible' },
  },
  {
    id: 'RC14',
    description: '§16d Abs. 3: unqualified job toward a regulated profession, tariff binding unknown',
    profile: partnership({ qualification: { regulatedProfession: true }, job: { qualified: false, employerTariffBound: undefined } }),
    conditions: { '16d3/qualified_employment_16d3': 'unknown' },
  },
  {
    id: 'RC15',
    description: '§16d Abs. 3: unqualified job in a non-regulated profession',
    profile: partnership({ job: { qualified: false } }),
    conditions: { '16d3/qualified_employment_16d3': 'not_met' },
    outcomes: { '16d3': 'not_eligible' },
  },
  {
    id: 'RC16',
    description: '§16d Abs. 3: German A1 is not enough',
    profile: partnership({ german: 'A1' }),
    conditions: { '16d3/german_a2': 'not_met' },
    eligible: [],
  },
  {
    id: 'RC17',
    description: '§16d Abs. 3: state recognition unconfirmed (null)',
    profile: partnership({ qualification: { stateRecognisedAbroad: null } }),
    conditions: { '16d3/state_recognised_qualification': 'unknown' },
    outcomes: { '16d3': 'needs_info' },
  },
  {
    id: 'RC18',
    description: '§16d Abs. 3: degree state-recognised abroad, comparability not yet checked',
    profile: partnership({ qualification: { type: 'academic', trainingYears: undefined, germanRecognition: 'not_applied' } }),
    conditions: { '16d3/state_recognised_qualification': 'met', '16d3/recognition_pending': 'met' },
    outcomes: { '16d3': 'eligible' },
  },
];
