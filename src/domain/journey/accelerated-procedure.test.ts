import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laender } from '../identity/organisation-kinds';
import { dayFromCivil, formatIsoDate, requireIsoDate } from '../shared/calendar-date';
import { completeStep, openSteps, overdueSteps, planAcceleratedProcedure, type AcceleratedProcedure } from './accelerated-procedure';
import { dueDateOf } from './deadlines';
import { acceleratedProcedureFee, acceleratedProcedureSteps, acceleratedStepIds, parallelStepPairs, type AcceleratedStepId } from './procedure-steps';

/** Hypothetical data: BA approval requested right after the agreement, pre-approval waiting for both branches. */
const withParallelBa = <T extends { id: AcceleratedStepId; requires: readonly AcceleratedStepId[] }>(step: T): T =>
  step.id === 'ba_approval' ? { ...step, requires: ['agreement'] } : step.id === 'pre_approval' ? { ...step, requires: ['findings_forwarded', 'ba_approval'] } : step;

const unwrap = (result: ReturnType<typeof completeStep>): AcceleratedProcedure => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('step data (law.md §14)', () => {
  it('lists the nine steps in order, each requiring only earlier steps', () => {
    expect(acceleratedProcedureSteps.map((step) => step.id)).toEqual([...acceleratedStepIds]);
    acceleratedProcedureSteps.forEach((step, index) => {
      expect(step.number).toBe(index + 1);
      for (const required of step.requires) expect(acceleratedStepIds.indexOf(required)).toBeLessThan(index);
      expect(step.legalRef).toMatch(/^§\d+[a-z]? Abs\. \d/);
    });
  });

  it('states each deadline as law.md does', () => {
    const deadlines = Object.fromEntries(acceleratedProcedureSteps.map((step) => [step.id, step.deadline]));
    expect(deadlines.receipt_confirmed).toMatchObject({ kind: 'calendar', unit: 'weeks', amount: 2, legalRef: '§14a Abs. 2 BQFG' });
    expect(deadlines.equivalence_decided).toMatchObject({ kind: 'calendar', unit: 'months', amount: 2, strength: 'should', maxExtensions: 1 });
    expect(deadlines.findings_forwarded).toMatchObject({ kind: 'werktage', amount: 3, legalRef: '§81a Abs. 3 Satz 1 Nr. 3 AufenthG' });
    expect(deadlines.ba_approval).toMatchObject({ kind: 'calendar', unit: 'weeks', amount: 1, onExpiry: 'deemed_approval' });
    expect(deadlines.pre_approval).toMatchObject({ kind: 'without_delay' });
    expect(deadlines.visa_appointment).toMatchObject({ kind: 'calendar', unit: 'weeks', amount: 3, legalRef: '§31a Abs. 1 AufenthV' });
    expect(deadlines.visa_decision).toMatchObject({ kind: 'calendar', unit: 'weeks', amount: 3, strength: 'should' });
    expect(deadlines.agreement).toEqual({ kind: 'none' });
  });

  it('names a Land calendar for every Werktage period', () => {
    for (const step of acceleratedProcedureSteps) {
      if (step.deadline.kind === 'werktage') expect(step.calendarOf, step.id).toBeDefined();
    }
  });

  it('moves the end of every counted period off weekends and holidays (§31 Abs. 3 VwVfG)', () => {
    for (const step of acceleratedProcedureSteps) {
      if (step.deadline.kind === 'calendar' || step.deadline.kind === 'werktage') expect(step.deadline.endShiftRef, step.id).toBe('§31 Abs. 3 Satz 1 VwVfG');
    }
  });

  it('has no steps that run in parallel (law.md names none), but can tell if the data had some', () => {
    expect(parallelStepPairs()).toEqual([]);
    expect(parallelStepPairs(acceleratedProcedureSteps.map(withParallelBa))).toEqual([
      ['recognition_started', 'ba_approval'],
      ['receipt_confirmed', 'ba_approval'],
      ['equivalence_decided', 'ba_approval'],
      ['findings_forwarded', 'ba_approval'],
    ]);
  });

  it('charges 411 € as integer cents (§47 Abs. 1 Nr. 15 AufenthV)', () => {
    expect(acceleratedProcedureFee).toMatchObject({ cents: 41_100, legalRef: '§47 Abs. 1 Nr. 15 AufenthV' });
    expect(Number.isInteger(acceleratedProcedureFee.cents)).toBe(true);
  });
});

describe('planAcceleratedProcedure and completeStep', () => {
  const plan = planAcceleratedProcedure({ agreedOn: '2026-01-12', abhLand: 'BW', recognitionBodyLand: 'NW' });

  it('records whose calendar applies to each step', () => {
    const lands = Object.fromEntries(plan.steps.map((step) => [step.id, step.calendarLand]));
    expect(lands).toMatchObject({ agreement: 'BW', receipt_confirmed: 'NW', findings_forwarded: 'BW', ba_approval: undefined, visa_decision: undefined });
    expect(plan).toMatchObject({ agreedOn: '2026-01-12', abhLand: 'BW', recognitionBodyLand: 'NW', isBaApprovalRequired: true });
  });

  it('never mutates its input and is deterministic', () => {
    const snapshot = JSON.stringify(plan);
    const once = unwrap(completeStep(plan, 'agreement', '2026-01-20'));
    const twice = unwrap(completeStep(plan, 'agreement', '2026-01-20'));
    expect(JSON.stringify(plan)).toBe(snapshot);
    expect(once).toEqual(twice);
    expect(openSteps(once).map((step) => step.id)).toEqual(['recognition_started']);
  });

  it('opens parallel steps together when the data lets them', () => {
    const parallel: AcceleratedProcedure = {
      ...plan,
      steps: plan.steps.map(withParallelBa),
    };
    const next = unwrap(completeStep(parallel, 'agreement', '2026-01-20'));
    expect(openSteps(next).map((step) => [step.id, step.dueOn])).toEqual([
      ['recognition_started', undefined],
      ['ba_approval', '2026-01-27'],
    ]);
    expect(overdueSteps(next, '2026-01-28').map((step) => step.stepId)).toEqual(['ba_approval']);
    // The pre-approval waits for both branches.
    const afterBa = unwrap(completeStep(next, 'ba_approval', '2026-01-23'));
    expect(afterBa.steps.find((step) => step.id === 'pre_approval')?.status).toBe('pending');
    expect(openSteps(afterBa).map((step) => step.id)).toEqual(['recognition_started']);
  });

  it('rejects unknown Länder and malformed dates as programming errors', () => {
    expect(() => planAcceleratedProcedure({ agreedOn: '2026-13-01', abhLand: 'BW' })).toThrow(RangeError);
    expect(() => planAcceleratedProcedure({ agreedOn: '2026-01-12', abhLand: 'XX' as never })).toThrow(RangeError);
    expect(() => overdueSteps(plan, 'today')).toThrow(RangeError);
  });

  it('needs a Land to count Werktage', () => {
    const rule = acceleratedProcedureSteps.find((step) => step.id === 'findings_forwarded')?.deadline;
    expect(rule).toBeDefined();
    if (rule) expect(() => dueDateOf(rule, '2026-04-02', undefined)).toThrow(RangeError);
  });
});

describe('procedure properties', () => {
  const land = fc.constantFrom(...laender);
  const date = fc.integer({ min: dayFromCivil(2024, 1, 1), max: dayFromCivil(2030, 12, 31) });

  it('completing every open step in turn finishes the procedure; due dates never precede the period start', () => {
    fc.assert(
      fc.property(land, fc.option(land, { nil: undefined }), fc.boolean(), date, fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 9, maxLength: 9 }), (abhLand, bodyLand, ba, start, gaps) => {
        let procedure = planAcceleratedProcedure({
          agreedOn: formatIsoDate(start),
          abhLand,
          isBaApprovalRequired: ba,
          ...(bodyLand === undefined ? {} : { recognitionBodyLand: bodyLand }),
        });
        let day = start;
        for (const gap of gaps) {
          const [open] = openSteps(procedure);
          if (!open) break;
          expect(openSteps(procedure)).toHaveLength(1);
          if (open.dueOn !== undefined && open.periodStartsOn !== undefined) {
            expect(requireIsoDate(open.dueOn)).toBeGreaterThan(requireIsoDate(open.periodStartsOn));
          }
          day += gap;
          procedure = unwrap(completeStep(procedure, open.id, formatIsoDate(day)));
        }
        expect(procedure.steps.every((step) => step.status === 'done' || step.status === 'not_applicable')).toBe(true);
        expect(overdueSteps(procedure, formatIsoDate(day + 365))).toEqual([]);
      }),
    );
  });
});
