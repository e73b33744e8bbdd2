/**
 * The scenario harness: runs every scenario table (shared worked examples and boundary tables),
 * records every condition status it sees, and finally fails if any condition of the catalogue was
 * never seen both `met` and `not_met` — a rule nobody exercised is a rule nobody checked.
 */
import { describe, expect, it } from 'vitest';
import { blueCardScenarios } from './__scenarios__/blue-card';
import { employmentScenarios } from './__scenarios__/employment';
import { exampleScenarios, familyExampleScenarios } from './__scenarios__/examples';
import { familyScenarios } from './__scenarios__/family';
import { kldbExperienceScenarios } from './__scenarios__/issue-11-kldb-experience';
import { issue11FamilyScenarios } from './__scenarios__/issue-11-family';
import { issue11ProfileScenarios } from './__scenarios__/issue-11-rules';
import { jobSearchScenarios } from './__scenarios__/job-search';
import { recognitionScenarios } from './__scenarios__/recognition';
import type { FamilyScenario, ProfileScenario } from './__scenarios__/scenario-types';
import { dateScenarios, westbalkanScenarios } from './__scenarios__/westbalkan-and-dates';
import { profileConditions } from './catalogue';
import { familyConditions } from './family-titles';
import { evaluateFamily, evaluateProfile, familyRequestSchema, profileSchema } from './index';
import type { ConditionResult, ConditionStatus } from './types';

const TODAY = '2026-11-22';
const seen = new Map<string, Set<ConditionStatus>>();

function record(conditions: readonly ConditionResult[]): void {
  for (const condition of conditions) {
    const statuses = seen.get(condition.id) ?? new Set<ConditionStatus>();
    statuses.add(condition.status);
    seen.set(condition.id, statuses);
    expect(condition.explanation.de.length).toBeGreaterThan(0);
    expect(condition.explanation.en.length).toBeGreaterThan(0);
    expect(condition.legalRef).toMatch(/§/);
  }
}

function runProfileScenario(scenario: ProfileScenario): void {
  const parsed = profileSchema.safeParse(scenario.profile);
  expect(parsed.error?.issues ?? []).toEqual([]);
  if (!parsed.success) return;
  const result = evaluateProfile(parsed.data, { today: scenario.today ?? TODAY });
  if (scenario.outOfRange) {
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'DATE_OUT_OF_RANGE', coveredFrom: '2024-06-01', coveredUntil: '2026-12-31' });
    return;
  }
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const evaluation = result.value;
  for (const title of evaluation.titles) record(title.conditions);
  if (scenario.eligible) expect([...evaluation.eligibleTitleIds].sort()).toEqual([...scenario.eligible].sort());
  const byId = new Map(evaluation.titles.map((title) => [title.id, title]));
  for (const [titleId, outcome] of Object.entries(scenario.outcomes ?? {})) {
    expect(byId.get(titleId)?.outcome, titleId).toBe(outcome);
  }
  const conditionOf = (key: string) => {
    const [titleId, conditionId] = key.split('/');
    return byId.get(titleId ?? '')?.conditions.find((condition) => condition.id === conditionId);
  };
  for (const [key, status] of Object.entries(scenario.conditions ?? {})) expect(conditionOf(key)?.status, key).toBe(status);
  for (const [key, values] of Object.entries(scenario.values ?? {})) expect(conditionOf(key)?.values, key).toMatchObject(values);
  if (scenario.chancenkartePoints !== undefined) expect(evaluation.chancenkarte.points).toBe(scenario.chancenkartePoints);
  for (const [criterion, points] of Object.entries(scenario.chancenkarteBreakdown ?? {})) {
    expect(evaluation.chancenkarte.breakdown.find((item) => item.criterion === criterion)?.points, criterion).toBe(points);
  }
}

function runFamilyScenario(scenario: FamilyScenario): void {
  const parsed = familyRequestSchema.safeParse(scenario.request);
  expect(parsed.error?.issues ?? []).toEqual([]);
  if (!parsed.success) return;
  const result = evaluateFamily(parsed.data, { today: scenario.today ?? TODAY });
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  for (const member of result.value.members) record(member.conditions);
  expect(result.value.members.map((member) => member.outcome)).toEqual(scenario.outcomes);
  for (const [key, status] of Object.entries(scenario.conditions ?? {})) {
    const [index, conditionId] = key.split('/');
    const member = result.value.members[Number(index)];
    expect(member?.conditions.find((condition) => condition.id === conditionId)?.status, key).toBe(status);
  }
}

const profileTables: [string, ProfileScenario[]][] = [
  ['shared worked examples', exampleScenarios],
  ['Blue Card', blueCardScenarios],
  ['§18a/§18b/§19c Abs. 2', employmentScenarios],
  ['§16d', recognitionScenarios],
  ['§20/Chancenkarte', jobSearchScenarios],
  ['Westbalkan', westbalkanScenarios],
  ['rule-set dates', dateScenarios],
  ['issue 11: KldB and experience relatedness', kldbExperienceScenarios],
  ['issue 11 rules', issue11ProfileScenarios],
];

describe.each(profileTables)('profile scenarios: %s', (_name, table) => {
  it.each(table.map((scenario) => [scenario.id, scenario] as const))('%s', (_id, scenario) => runProfileScenario(scenario));
});

describe.each([
  ['shared worked examples', familyExampleScenarios],
  ['family boundaries', familyScenarios],
  ['issue 11 family', issue11FamilyScenarios],
] as const)('family scenarios: %s', (_name, table) => {
  it.each(table.map((scenario) => [scenario.id, scenario] as const))('%s', (_id, scenario) => runFamilyScenario(scenario));
});

describe('scenario coverage', () => {
  // Runs last in this file (vitest runs tests of a file in order), after every table above.
  it('sees every condition both met and not_met', () => {
    const ids = [...profileConditions, ...familyConditions].map((condition) => condition.id);
    const missing = ids.filter((id) => !(seen.get(id)?.has('met') && seen.get(id)?.has('not_met')));
    expect(missing.map((id) => `${id}: seen ${[...(seen.get(id) ?? [])].join('/') || 'never'}`)).toEqual([]);
  });
});
