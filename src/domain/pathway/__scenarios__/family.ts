/** Family reunification scenarios (§§29, 30, 32, 36 Abs. 3 AufenthG), evaluated on 2026-11-22. */
import type { FamilyScenario } from './scenario-types';

type Sponsor = Record<string, unknown>;
const request = (sponsor: Sponsor, members: Record<string, unknown>[]) => ({
  evaluationDate: '2026-11-22',
  sponsor: { firstIssuedOn: '2025-04-01', livingSpaceSufficient: true, livelihoodSecured: true, ...sponsor },
  members,
});

export const familyScenarios: FamilyScenario[] = [
  {
    id: 'FA01',
    description: '§18b sponsor: no A1 for the spouse; marriage before the title; parents after 1 March 2024',
    request: request({ titleId: '18b', livingSpaceSufficient: undefined }, [
      { role: 'spouse', age: 30, german: 'none', marriageExistedAtTitleIssue: true },
      { role: 'child', age: 5 },
      { role: 'parent', age: 60, healthInsurance: true },
    ]),
    outcomes: ['eligible', 'eligible', 'needs_info'],
    conditions: { '0/living_space': 'met', '0/spouse_german_a1': 'met', '2/parent_living_space': 'unknown' },
  },
  {
    id: 'FA02',
    description: 'Chancenkarte sponsor: spouse needs A1 and a stay over one year cannot be expected',
    request: request({ titleId: '20a_points', livingSpaceSufficient: false }, [{ role: 'spouse', age: 30, german: 'none' }]),
    outcomes: ['not_eligible'],
    conditions: { '0/spouse_sponsor_status': 'not_met', '0/spouse_german_a1': 'not_met', '0/living_space': 'not_met' },
  },
  {
    id: 'FA03',
    description: 'Student sponsor (§16b) holding the permit for 2 years; spouse with A1',
    request: request({ titleId: '16b', firstIssuedOn: '2024-11-22' }, [{ role: 'spouse', age: 25, german: 'A1' }]),
    outcomes: ['eligible'],
    conditions: { '0/spouse_sponsor_status': 'met', '0/spouse_german_a1': 'met', '0/living_space': 'met' },
  },
  {
    id: 'FA04',
    description: 'Student sponsor one day short of 2 years, marriage only after the title',
    request: request({ titleId: '16b', firstIssuedOn: '2024-11-23' }, [{ role: 'spouse', age: 25, german: 'A1', marriageExistedAtTitleIssue: false }]),
    outcomes: ['not_eligible'],
    conditions: { '0/spouse_sponsor_status': 'not_met' },
  },
  {
    id: 'FA05',
    description: 'Student sponsor under 2 years, marriage timing unknown; spouse German unknown',
    request: request({ titleId: '16b' }, [{ role: 'spouse', age: 25 }]),
    outcomes: ['needs_info'],
    conditions: { '0/spouse_sponsor_status': 'unknown', '0/spouse_german_a1': 'unknown' },
  },
  {
    id: 'FA06',
    description: 'A 17-year-old spouse',
    request: request({ titleId: '18g_standard' }, [{ role: 'spouse', age: 17 }]),
    outcomes: ['not_eligible'],
    conditions: { '0/spouse_adult': 'not_met' },
  },
  {
    id: 'FA07',
    description: 'Children: 18 is no longer a minor; 16 without moving together needs C1 unless the sponsor is privileged',
    request: request({ titleId: '16b' }, [
      { role: 'child', age: 18, movesWithParent: true },
      { role: 'child', age: 16, movesWithParent: false, german: 'B2' },
      { role: 'child', age: 17, movesWithParent: false, german: 'C1' },
      { role: 'child', age: 16 },
      { role: 'child', age: 15, movesWithParent: false },
    ]),
    outcomes: ['not_eligible', 'not_eligible', 'eligible', 'needs_info', 'eligible'],
    conditions: { '0/child_minor': 'not_met', '1/child_language_16_17': 'not_met', '2/child_language_16_17': 'met', '3/child_language_16_17': 'unknown' },
  },
  {
    id: 'FA08',
    description: 'Blue Card sponsor: a 16-year-old moving later needs no German',
    request: request({ titleId: '18g_reduced_shortage' }, [{ role: 'child', age: 16, movesWithParent: false, german: 'none' }]),
    outcomes: ['eligible'],
    conditions: { '0/child_language_16_17': 'met' },
  },
  {
    id: 'FA09',
    description: 'Parents: sponsor first issued on 29 Feb 2024 (too early) vs. 1 Mar 2024 (in time)',
    request: request({ titleId: '18a', firstIssuedOn: '2024-02-29' }, [{ role: 'parent', age: 70, healthInsurance: true }]),
    outcomes: ['not_eligible'],
    conditions: { '0/parent_sponsor_first_issued': 'not_met', '0/parent_sponsor_title': 'met' },
  },
  {
    id: 'FA10',
    description: 'Parents: first issued exactly on 1 March 2024',
    request: request({ titleId: '19c2_beschv6', firstIssuedOn: '2024-03-01' }, [{ role: 'parent', age: 70, healthInsurance: true }]),
    outcomes: ['eligible'],
    conditions: { '0/parent_sponsor_first_issued': 'met' },
  },
  {
    id: 'FA11',
    description: 'Parents of a Westbalkan worker: not a privileged §19c Abs. 1 group',
    request: request({ titleId: '19c1_westbalkan' }, [{ role: 'parent', age: 70, healthInsurance: true }]),
    outcomes: ['not_eligible'],
    conditions: { '0/parent_sponsor_title': 'not_met' },
  },
  {
    id: 'FA12',
    description: 'Parents without living space, insurance or secured livelihood',
    request: request({ titleId: '18b', livingSpaceSufficient: false, livelihoodSecured: false }, [{ role: 'parent', age: 70, healthInsurance: false }]),
    outcomes: ['not_eligible'],
    conditions: { '0/parent_living_space': 'not_met', '0/family_livelihood': 'not_met', '0/health_insurance': 'not_met' },
  },
  {
    id: 'FA13',
    description: 'Livelihood not stated',
    request: request({ titleId: '18b', livelihoodSecured: undefined }, [{ role: 'child', age: 3 }]),
    outcomes: ['needs_info'],
    conditions: { '0/family_livelihood': 'unknown', '0/health_insurance': 'met' },
  },
];
