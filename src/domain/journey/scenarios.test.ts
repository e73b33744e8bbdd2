/**
 * The journey scenario harness: runs every scenario table and finally fails when a step of the
 * §81a procedure never had its due date checked, a deadline kind, error code or consequence was
 * never exercised, or a rule of the stage table was never taken — untested law is unchecked law.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { procedureScenarios } from './__scenarios__/accelerated-procedure';
import { procedureExceptionScenarios } from './__scenarios__/procedure-exceptions';
import type { ProcedureEvent, ProcedureScenario } from './__scenarios__/scenario-types';
import { transitionScenarios } from './__scenarios__/stage-transitions';
import { completeStep, extendDeadline, overdueSteps, planAcceleratedProcedure, setPeriodStart, type AcceleratedProcedure, type ProcedureResult } from './accelerated-procedure';
import { acceleratedProcedureSteps } from './procedure-steps';
import { stageTransitions } from './stages';
import { checkTransition } from './transitions';

const seen = new Set<string>();

function apply(procedure: AcceleratedProcedure, event: ProcedureEvent): ProcedureResult {
  if ('complete' in event) return completeStep(procedure, event.complete, event.on);
  if ('periodStart' in event) return setPeriodStart(procedure, event.periodStart, event.on);
  return extendDeadline(procedure, event.extend, event.to, event.reason);
}

function runProcedureScenario(scenario: ProcedureScenario): void {
  let procedure = planAcceleratedProcedure(scenario.plan);
  scenario.events.forEach((event, index) => {
    const result = apply(procedure, event);
    const isLast = index === scenario.events.length - 1;
    if (scenario.error && isLast) {
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(event)).toBe(scenario.error);
      if (!result.ok) seen.add(`error:${result.error.code}`);
      return;
    }
    expect(result.ok ? 'ok' : result.error.message, JSON.stringify(event)).toBe('ok');
    if (result.ok) procedure = result.value;
  });
  for (const [id, expected] of Object.entries(scenario.steps ?? {})) {
    const step = procedure.steps.find((candidate) => candidate.id === id);
    if (expected.status !== undefined) expect(step?.status, `${id} status`).toBe(expected.status);
    if (expected.dueOn !== undefined) {
      expect(step?.dueOn ?? null, `${id} dueOn`).toBe(expected.dueOn);
      if (step) seen.add(`due:${id}`).add(`kind:${step.deadline.kind}${step.deadline.kind === 'calendar' ? `:${step.deadline.unit}` : ''}`);
    }
    if (expected.openedOn !== undefined) expect(step?.openedOn, `${id} openedOn`).toBe(expected.openedOn);
    if (expected.periodStartsOn !== undefined) expect(step?.periodStartsOn, `${id} periodStartsOn`).toBe(expected.periodStartsOn);
  }
  if (scenario.overdue) {
    const actual = Object.fromEntries(overdueSteps(procedure, scenario.overdue.today).map((step) => [step.stepId, [step.daysOverdue, step.consequence]]));
    expect(actual).toEqual(scenario.overdue.expected);
    for (const [, consequence] of Object.values(scenario.overdue.expected)) seen.add(`consequence:${consequence}`);
  }
}

describe('§81a procedure scenarios', () => {
  it.each([...procedureScenarios, ...procedureExceptionScenarios].map((scenario) => [scenario.id, scenario.description, scenario] as const))(
    '%s %s',
    (_id, _description, scenario) => runProcedureScenario(scenario),
  );

  it('uses unique scenario ids', () => {
    const ids = [...procedureScenarios, ...procedureExceptionScenarios].map((scenario) => scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('journey stage scenarios', () => {
  it.each(transitionScenarios.map((scenario) => [scenario.from, scenario.to, scenario.expect, scenario] as const))(
    '%s → %s: %s',
    (_from, _to, _expect, scenario) => {
      const result = checkTransition(scenario);
      expect(result.ok ? result.value.kind : result.error.code).toBe(scenario.expect);
      if (result.ok) seen.add(`transition:${result.value.from}>${result.value.to}`);
    },
  );
});

afterAll(() => {
  // Coverage of the law as data: every timed step, deadline kind, consequence, error and stage move.
  const missing: string[] = [];
  for (const step of acceleratedProcedureSteps) {
    if (!seen.has(`due:${step.id}`)) missing.push(`due date of step ${step.id}`);
  }
  for (const kind of ['kind:none', 'kind:without_delay', 'kind:werktage', 'kind:calendar:weeks', 'kind:calendar:months']) {
    if (!seen.has(kind)) missing.push(kind);
  }
  for (const code of ['UNKNOWN_STEP', 'STEP_NOT_OPEN', 'DATE_BEFORE_OPENED', 'NOT_EXTENDABLE', 'EXTENSION_NOT_LATER', 'REASON_REQUIRED']) {
    if (!seen.has(`error:${code}`)) missing.push(`error ${code}`);
  }
  for (const consequence of ['overdue', 'deemed_approval']) {
    if (!seen.has(`consequence:${consequence}`)) missing.push(`consequence ${consequence}`);
  }
  for (const transition of stageTransitions) {
    if (!seen.has(`transition:${transition.from}>${transition.to}`)) missing.push(`stage move ${transition.from} → ${transition.to}`);
  }
  expect(missing, 'never exercised by a scenario').toEqual([]);
});
