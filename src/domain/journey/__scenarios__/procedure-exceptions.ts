/** §81a scenarios for moved period starts, extensions, month ends and refused events. */
import type { AcceleratedStepId } from '../procedure-steps';
import type { ProcedureEvent, ProcedureScenario } from './scenario-types';

const hessenPlan = { agreedOn: '2025-11-03', abhLand: 'HE', recognitionBodyLand: 'HE' } as const;
const hessenUpToReceipt: readonly ProcedureEvent[] = [
  { complete: 'agreement', on: '2025-11-03' },
  { complete: 'recognition_started', on: '2025-11-05' }, // Wed + 2 weeks = Wed 19 Nov
  { complete: 'receipt_confirmed', on: '2025-11-14' }, // 14 Nov + 2 months = 14 Jan 2026
];

export const procedureExceptionScenarios: ProcedureScenario[] = [
  {
    id: 'X01',
    description: 'Missing documents arrive on 31 Dec: the two months run from the complete file and end on 28 Feb; one extension to 31 Mar',
    plan: hessenPlan,
    events: [
      ...hessenUpToReceipt,
      { periodStart: 'equivalence_decided', on: '2025-12-31' }, // 31 Dec + 2 months → 28 Feb 2026 (§188 Abs. 3 BGB)
      { extend: 'equivalence_decided', to: '2026-03-31', reason: 'Expert opinion requested' },
    ],
    steps: {
      receipt_confirmed: { status: 'done', dueOn: '2025-11-19' },
      equivalence_decided: { status: 'open', dueOn: '2026-03-31', openedOn: '2025-11-14', periodStartsOn: '2025-12-31' },
    },
    overdue: { today: '2026-03-02', expected: {} },
  },
  {
    id: 'X02',
    description: 'Moved start without an extension: 31 Dec + 2 months = Sat 28 Feb, moved to Mon 2 Mar; overdue on 4 Mar by two days',
    plan: hessenPlan,
    events: [...hessenUpToReceipt, { periodStart: 'equivalence_decided', on: '2025-12-31' }],
    steps: { equivalence_decided: { dueOn: '2026-03-02' } },
    overdue: { today: '2026-03-04', expected: { equivalence_decided: [2, 'overdue'] } },
  },
  {
    id: 'X03',
    description: 'The decision period may be extended only once (§14a Abs. 3 BQFG)',
    plan: hessenPlan,
    events: [
      ...hessenUpToReceipt,
      { extend: 'equivalence_decided', to: '2026-02-14', reason: 'Expert opinion requested' },
      { extend: 'equivalence_decided', to: '2026-03-14', reason: 'Still waiting' },
    ],
    error: 'NOT_EXTENDABLE',
  },
  {
    id: 'X04',
    description: 'An extension must end after the current due date (14 Jan 2026)',
    plan: hessenPlan,
    events: [...hessenUpToReceipt, { extend: 'equivalence_decided', to: '2026-01-14', reason: 'Expert opinion requested' }],
    error: 'EXTENSION_NOT_LATER',
  },
  {
    id: 'X05',
    description: 'An extension needs a reason',
    plan: hessenPlan,
    events: [...hessenUpToReceipt, { extend: 'equivalence_decided', to: '2026-02-14', reason: '  ' }],
    error: 'REASON_REQUIRED',
  },
  {
    id: 'X06',
    description: 'The ABH’s three working days cannot be extended',
    plan: hessenPlan,
    events: [
      ...hessenUpToReceipt,
      { complete: 'equivalence_decided', on: '2026-01-12' },
      { extend: 'findings_forwarded', to: '2026-01-30', reason: 'Staff shortage' },
    ],
    error: 'NOT_EXTENDABLE',
  },
  {
    id: 'X07',
    description: 'A pending step cannot be completed',
    plan: hessenPlan,
    events: [{ complete: 'visa_decision', on: '2026-01-12' }],
    error: 'STEP_NOT_OPEN',
  },
  {
    id: 'X08',
    description: 'A step that does not apply cannot be completed',
    plan: { agreedOn: '2026-02-23', abhLand: 'BE' },
    events: [{ complete: 'agreement', on: '2026-03-02' }, { complete: 'receipt_confirmed', on: '2026-03-03' }],
    error: 'STEP_NOT_OPEN',
  },
  {
    id: 'X09',
    description: 'A step cannot be done before it opened',
    plan: hessenPlan,
    events: [{ complete: 'agreement', on: '2025-11-02' }],
    error: 'DATE_BEFORE_OPENED',
  },
  {
    id: 'X10',
    description: 'A period cannot start before its step opened',
    plan: hessenPlan,
    events: [...hessenUpToReceipt, { periodStart: 'equivalence_decided', on: '2025-11-13' }],
    error: 'DATE_BEFORE_OPENED',
  },
  {
    id: 'X11',
    description: 'A step id that is not in the procedure',
    plan: hessenPlan,
    events: [{ complete: 'interview' as AcceleratedStepId, on: '2025-11-04' }],
    error: 'UNKNOWN_STEP',
  },
  {
    id: 'X12',
    description: 'Receipt confirmed on 31 Dec 2027: the decision is due on 29 Feb 2028 (leap year)',
    plan: { agreedOn: '2027-11-01', abhLand: 'RP', recognitionBodyLand: 'RP' },
    events: [
      { complete: 'agreement', on: '2027-11-02' },
      { complete: 'recognition_started', on: '2027-12-10' }, // Fri + 2 weeks = Fri 24 Dec
      { complete: 'receipt_confirmed', on: '2027-12-31' }, // late, and the decision period starts that day
    ],
    steps: { receipt_confirmed: { dueOn: '2027-12-24' }, equivalence_decided: { dueOn: '2028-02-29' } },
    overdue: { today: '2028-01-03', expected: {} },
  },
];
