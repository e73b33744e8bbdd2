/**
 * Family reunification to a settled skilled worker as corrected in issue 11 (§30 Abs. 1 Satz 3
 * Nr. 7, §32 Abs. 2 Satz 2 Nr. 3 AufenthG). Evaluated on 2026-11-22.
 */
import type { FamilyScenario } from './scenario-types';

type Patch = Record<string, unknown>;

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
