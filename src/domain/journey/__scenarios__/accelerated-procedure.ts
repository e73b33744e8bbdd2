/**
 * §81a procedure scenarios. Periods: weeks and months by §188 BGB (same weekday / same day of the
 * month, clamped to the month end), Werktage Monday–Saturday without the acting body's holidays;
 * an end on a Saturday, Sunday or holiday moves to the next Werktag that is none of these
 * (§31 Abs. 3 Satz 1 VwVfG). More rows around holidays: statutory-periods.ts.
 */
import type { ProcedureEvent, ProcedureScenario } from './scenario-types';

/** Agreement and recognition start/receipt, shared by several scenarios (recognition body and ABH vary). */
const upToReceipt2026: readonly ProcedureEvent[] = [
  { complete: 'agreement', on: '2026-08-03' },
  { complete: 'recognition_started', on: '2026-08-04' }, // receipt due Tue 4 Aug + 2 weeks = Tue 18 Aug
  { complete: 'receipt_confirmed', on: '2026-08-17' }, // decision due 17 Aug + 2 months = Sat 17 Oct → Mon 19 Oct
];

export const procedureScenarios: ProcedureScenario[] = [
  {
    id: 'P01',
    description: 'Whole procedure in Baden-Württemberg; the ABH forwards the findings across Easter 2026',
    plan: { agreedOn: '2026-01-12', abhLand: 'BW', recognitionBodyLand: 'BW' },
    events: [
      { complete: 'agreement', on: '2026-01-20' },
      { complete: 'recognition_started', on: '2026-01-22' }, // Thu + 2 weeks = Thu 5 Feb
      { complete: 'receipt_confirmed', on: '2026-02-02' }, // 2 Feb + 2 months = 2 Apr
      // Findings reach the ABH on Thursday 2 April (law.md §14 example). 3 Werktage in BW: [Fri 3 Good
      // Friday], Sat 4 (1), [Sun 5, Mon 6 Easter Monday], Tue 7 (2), Wed 8 (3).
      { complete: 'equivalence_decided', on: '2026-04-02' },
      { complete: 'findings_forwarded', on: '2026-04-08' }, // Wed + 1 week = Wed 15 Apr
      { complete: 'ba_approval', on: '2026-04-15' },
      { complete: 'pre_approval', on: '2026-04-17' }, // Fri + 3 weeks = Fri 8 May
      { periodStart: 'visa_appointment', on: '2026-04-20' }, // request on Mon 20 Apr → Mon 11 May
      { complete: 'visa_appointment', on: '2026-05-06' }, // application filed Wed 6 May + 3 weeks = Wed 27 May
      { complete: 'visa_decision', on: '2026-05-20' },
    ],
    steps: {
      agreement: { status: 'done', dueOn: null, openedOn: '2026-01-12' },
      recognition_started: { status: 'done', dueOn: null, openedOn: '2026-01-20' },
      receipt_confirmed: { status: 'done', dueOn: '2026-02-05' },
      equivalence_decided: { status: 'done', dueOn: '2026-04-02' },
      findings_forwarded: { status: 'done', dueOn: '2026-04-08', openedOn: '2026-04-02' },
      ba_approval: { status: 'done', dueOn: '2026-04-15' },
      pre_approval: { status: 'done', dueOn: null },
      visa_appointment: { status: 'done', dueOn: '2026-05-11', openedOn: '2026-04-17', periodStartsOn: '2026-04-20' },
      visa_decision: { status: 'done', dueOn: '2026-05-27' },
    },
    overdue: { today: '2026-12-31', expected: {} },
  },
  {
    id: 'P02',
    description: 'Planned only: the agreement step is open and dated, everything else waits',
    plan: { agreedOn: '2026-01-12', abhLand: 'BW', recognitionBodyLand: 'NW' },
    events: [],
    steps: {
      agreement: { status: 'open', dueOn: null, openedOn: '2026-01-12', periodStartsOn: '2026-01-12' },
      recognition_started: { status: 'pending', dueOn: null },
      visa_decision: { status: 'pending', dueOn: null },
    },
    overdue: { today: '2027-01-01', expected: {} },
  },
  {
    id: 'P03',
    description: 'ABH forwarding still open: the due day is in time, the day after is one day late',
    plan: { agreedOn: '2026-01-12', abhLand: 'BW', recognitionBodyLand: 'BW' },
    events: [
      { complete: 'agreement', on: '2026-01-20' },
      { complete: 'recognition_started', on: '2026-01-22' },
      { complete: 'receipt_confirmed', on: '2026-02-02' },
      { complete: 'equivalence_decided', on: '2026-04-02' },
    ],
    steps: { findings_forwarded: { status: 'open', dueOn: '2026-04-08' }, ba_approval: { status: 'pending' } },
    overdue: { today: '2026-04-09', expected: { findings_forwarded: [1, 'overdue'] } },
  },
  {
    id: 'P04',
    description: 'Same, checked on the due day itself: not overdue',
    plan: { agreedOn: '2026-01-12', abhLand: 'BW', recognitionBodyLand: 'BW' },
    events: [
      { complete: 'agreement', on: '2026-01-20' },
      { complete: 'recognition_started', on: '2026-01-22' },
      { complete: 'receipt_confirmed', on: '2026-02-02' },
      { complete: 'equivalence_decided', on: '2026-04-02' },
    ],
    overdue: { today: '2026-04-08', expected: {} },
  },
  {
    id: 'P05',
    description: 'No recognition needed (Berlin): steps 2–5 do not apply; the BA is silent for a week → deemed approval',
    plan: { agreedOn: '2026-02-23', abhLand: 'BE' },
    events: [{ complete: 'agreement', on: '2026-03-02' }], // Mon + 1 week = Mon 9 Mar
    steps: {
      recognition_started: { status: 'not_applicable' },
      receipt_confirmed: { status: 'not_applicable' },
      equivalence_decided: { status: 'not_applicable' },
      findings_forwarded: { status: 'not_applicable' },
      ba_approval: { status: 'open', dueOn: '2026-03-09', openedOn: '2026-03-02' },
    },
    overdue: { today: '2026-03-10', expected: { ba_approval: [1, 'deemed_approval'] } },
  },
  {
    id: 'P06',
    description: 'Neither recognition nor BA approval needed: the pre-approval opens right after the agreement, "unverzüglich" has no date',
    plan: { agreedOn: '2026-02-23', abhLand: 'HH', isBaApprovalRequired: false },
    events: [{ complete: 'agreement', on: '2026-03-02' }],
    steps: { ba_approval: { status: 'not_applicable' }, pre_approval: { status: 'open', dueOn: null, openedOn: '2026-03-02' } },
    overdue: { today: '2026-12-31', expected: {} },
  },
  {
    id: 'P07',
    description: 'ABH in North Rhine-Westphalia forwards across Christmas: 24 Dec is a Werktag, 25 and 26 Dec are holidays',
    plan: { agreedOn: '2026-09-01', abhLand: 'NW', recognitionBodyLand: 'NW' },
    events: [
      { complete: 'agreement', on: '2026-09-01' },
      { complete: 'recognition_started', on: '2026-09-02' }, // Wed + 2 weeks = Wed 16 Sep
      { complete: 'receipt_confirmed', on: '2026-09-10' }, // 10 Sep + 2 months = 10 Nov
      { complete: 'equivalence_decided', on: '2026-12-23' }, // Thu 24 (1), [Fri 25, Sat 26, Sun 27], Mon 28 (2), Tue 29 (3)
    ],
    steps: {
      receipt_confirmed: { dueOn: '2026-09-16' },
      equivalence_decided: { status: 'done', dueOn: '2026-11-10' },
      findings_forwarded: { status: 'open', dueOn: '2026-12-29' },
    },
  },
  {
    id: 'P08',
    description: 'A two-month period ending on a Saturday ends on Monday (§31 Abs. 3 VwVfG): in time on Monday, one day late on Tuesday',
    plan: { agreedOn: '2026-08-03', abhLand: 'SN', recognitionBodyLand: 'BE' },
    events: upToReceipt2026,
    steps: { receipt_confirmed: { dueOn: '2026-08-18' }, equivalence_decided: { status: 'open', dueOn: '2026-10-19' } },
    overdue: { today: '2026-10-20', expected: { equivalence_decided: [1, 'overdue'] } },
  },
  {
    id: 'P09',
    description: 'ABH in Saxony, recognition body in Berlin: the ABH counts with Saxony’s Buß- und Bettag',
    plan: { agreedOn: '2026-08-03', abhLand: 'SN', recognitionBodyLand: 'BE' },
    // Tue 17 Nov: [Wed 18 Buß- und Bettag in SN], Thu 19 (1), Fri 20 (2), Sat 21 (3) → end moved to Mon 23
    events: [...upToReceipt2026, { complete: 'equivalence_decided', on: '2026-11-17' }],
    steps: { findings_forwarded: { status: 'open', dueOn: '2026-11-23' } },
  },
  {
    id: 'P10',
    description: 'ABH in Berlin, recognition body in Saxony: the same days count as Werktage in Berlin',
    plan: { agreedOn: '2026-08-03', abhLand: 'BE', recognitionBodyLand: 'SN' },
    events: [...upToReceipt2026, { complete: 'equivalence_decided', on: '2026-11-17' }], // Wed 18 (1), Thu 19 (2), Fri 20 (3)
    steps: { findings_forwarded: { status: 'open', dueOn: '2026-11-20' } },
  },
  {
    id: 'P11',
    description: 'Corpus Christi in Bavaria: the third Werktag is Monday',
    plan: { agreedOn: '2026-03-02', abhLand: 'BY', recognitionBodyLand: 'BY' },
    events: [
      { complete: 'agreement', on: '2026-03-02' },
      { complete: 'recognition_started', on: '2026-03-03' },
      { complete: 'receipt_confirmed', on: '2026-03-16' },
      { complete: 'equivalence_decided', on: '2026-06-03' }, // Wed: [Thu 4 Jun Fronleichnam], Fri 5 (1), Sat 6 (2), Mon 8 (3)
    ],
    steps: { findings_forwarded: { dueOn: '2026-06-08' } },
  },
  {
    id: 'P12',
    description: 'Same dates with the ABH in Lower Saxony (no Corpus Christi): the third Werktag is a Saturday, so the end is Monday too',
    plan: { agreedOn: '2026-03-02', abhLand: 'NI', recognitionBodyLand: 'BY' },
    events: [
      { complete: 'agreement', on: '2026-03-02' },
      { complete: 'recognition_started', on: '2026-03-03' },
      { complete: 'receipt_confirmed', on: '2026-03-16' },
      { complete: 'equivalence_decided', on: '2026-06-03' }, // Thu 4 (1), Fri 5 (2), Sat 6 (3) → Mon 8
    ],
    steps: { findings_forwarded: { dueOn: '2026-06-08' } },
  },
];
