import { describe, expect, it } from 'vitest';
import { completeStep, extendDeadline, planAcceleratedProcedure, withCurrentDeadlines, type AcceleratedProcedure, type ProcedureResult } from './accelerated-procedure';

const unwrap = (result: ProcedureResult): AcceleratedProcedure => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/** A BW procedure whose findings reached the ABH on Thursday 2 April 2026 (law.md §14 example). */
function findingsReceived(): AcceleratedProcedure {
  let procedure = planAcceleratedProcedure({ agreedOn: '2026-01-12', abhLand: 'BW', recognitionBodyLand: 'BW' });
  procedure = unwrap(completeStep(procedure, 'agreement', '2026-01-20'));
  procedure = unwrap(completeStep(procedure, 'recognition_started', '2026-01-22'));
  procedure = unwrap(completeStep(procedure, 'receipt_confirmed', '2026-02-02'));
  return unwrap(completeStep(procedure, 'equivalence_decided', '2026-04-02'));
}

/** The same procedure as it was stored before the Werktage correction: Monday–Friday, no end shift. */
function storedUnderOldReading(procedure: AcceleratedProcedure): AcceleratedProcedure {
  const old = JSON.parse(JSON.stringify(procedure)) as { steps: { id: string; dueOn?: string; deadline: Record<string, unknown> }[] };
  for (const step of old.steps) {
    delete step.deadline.endShiftRef;
    if (step.id === 'findings_forwarded') {
      step.deadline.kind = 'working_days';
      step.dueOn = '2026-04-09';
    }
  }
  return old as unknown as AcceleratedProcedure;
}

describe('withCurrentDeadlines (procedures stored under an earlier reading)', () => {
  it('reads a stored Monday–Friday period as 3 Werktage: due Wednesday 8 April 2026, not Thursday 9 April', () => {
    const stored = storedUnderOldReading(findingsReceived());
    const step = withCurrentDeadlines(stored).steps.find((candidate) => candidate.id === 'findings_forwarded');
    expect(step).toMatchObject({ status: 'open', dueOn: '2026-04-08', calendarLand: 'BW', deadline: { kind: 'werktage', endShiftRef: '§31 Abs. 3 Satz 1 VwVfG' } });
  });

  it('moves a stored Saturday end of a calendar period to Monday, and leaves a current procedure unchanged', () => {
    let procedure = planAcceleratedProcedure({ agreedOn: '2026-08-03', abhLand: 'SN', recognitionBodyLand: 'BE' });
    procedure = unwrap(completeStep(procedure, 'agreement', '2026-08-03'));
    procedure = unwrap(completeStep(procedure, 'recognition_started', '2026-08-04'));
    procedure = unwrap(completeStep(procedure, 'receipt_confirmed', '2026-08-17'));
    const stored = JSON.parse(JSON.stringify(procedure)) as AcceleratedProcedure;
    const decision = stored.steps.find((step) => step.id === 'equivalence_decided');
    if (decision) Object.assign(decision, { dueOn: '2026-10-17' }); // 17 Aug + 2 months, stored without the shift
    expect(withCurrentDeadlines(stored).steps.find((step) => step.id === 'equivalence_decided')?.dueOn).toBe('2026-10-19');
    expect(withCurrentDeadlines(procedure)).toEqual(procedure);
  });

  it('keeps an extension granted by the acting body', () => {
    let procedure = planAcceleratedProcedure({ agreedOn: '2026-08-03', abhLand: 'HE', recognitionBodyLand: 'HE' });
    procedure = unwrap(completeStep(procedure, 'agreement', '2026-08-03'));
    procedure = unwrap(completeStep(procedure, 'recognition_started', '2026-08-04'));
    procedure = unwrap(completeStep(procedure, 'receipt_confirmed', '2026-08-17'));
    procedure = unwrap(extendDeadline(procedure, 'equivalence_decided', '2026-11-30', 'Gutachten angefordert'));
    expect(withCurrentDeadlines(storedUnderOldReading(procedure)).steps.find((step) => step.id === 'equivalence_decided')?.dueOn).toBe('2026-11-30');
  });
});
