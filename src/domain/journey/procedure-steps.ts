/**
 * The accelerated skilled-worker procedure (§81a AufenthG) as data: the nine steps of law.md §14
 * with their actor, legal basis and statutory deadline. The engine in `accelerated-procedure.ts`
 * only evaluates this table. Deviations from and gaps in law.md: NOTES.md.
 */
import type { Cents } from '../shared/money';

/** Who has to act. `ba` = Bundesagentur für Arbeit, `mission` = German embassy or consulate. */
export type ProcedureActor = 'employer' | 'abh' | 'recognition_body' | 'ba' | 'mission';

export const acceleratedStepIds = [
  'agreement',
  'recognition_started',
  'receipt_confirmed',
  'equivalence_decided',
  'findings_forwarded',
  'ba_approval',
  'pre_approval',
  'visa_appointment',
  'visa_decision',
] as const;
export type AcceleratedStepId = (typeof acceleratedStepIds)[number];

/** A counted period: its length, the provision that sets it and what its expiry means. */
export type TimedDeadline = {
  amount: number;
  legalRef: string;
  /** `must`: a fixed period; `should`: "soll" / "in der Regel", a target the authority may miss with reasons. */
  strength: 'must' | 'should';
  /** `overdue`: the actor is late; `deemed_approval`: silence counts as approval (§36 Abs. 2 BeschV). */
  onExpiry: 'overdue' | 'deemed_approval';
  /** How often the acting body may extend the period. */
  maxExtensions: number;
  /**
   * The rule that moves an end falling on a Saturday, Sunday or public holiday to the end of the
   * next Werktag (law.md §14 "Werktage"): applied to every counted period of the procedure.
   */
  endShiftRef: string;
};

/**
 * §31 Abs. 3 Satz 1 VwVfG; the Ausländerbehörde and the recognition bodies apply their Land's
 * VwVfG, which has the same rule (law.md §14 "Werktage").
 */
export const periodEndShiftRef = '§31 Abs. 3 Satz 1 VwVfG';

/**
 * - none: law.md fixes no period;
 * - without_delay: "unverzüglich", a duty with no countable date;
 * - calendar: weeks or months by §§187, 188 BGB;
 * - werktage: Werktage, Monday–Saturday without the public holidays of the acting body's Land
 *   (§81a Abs. 3 Satz 1 Nr. 3 AufenthG: "drei Werktage"; not Monday–Friday working days).
 * Every counted period ends on its last day, moved off a Saturday, Sunday or public holiday to the
 * next Werktag that is none of these (`endShiftRef`).
 */
export type DeadlineRule =
  | { kind: 'none' }
  | { kind: 'without_delay'; legalRef: string }
  | (TimedDeadline & { kind: 'calendar'; unit: 'weeks' | 'months' })
  | (TimedDeadline & { kind: 'werktage' });

export type StepDefinition = {
  id: AcceleratedStepId;
  /** Step number in law.md §14. */
  number: number;
  actor: ProcedureActor;
  /** Other parties the step involves. */
  involves: readonly ProcedureActor[];
  title: { de: string; en: string };
  /** Legal basis of the step (law.md §14, column "Basis"). */
  legalRef: string;
  deadline: DeadlineRule;
  /** The event that starts the period, and so the date to record when the previous step is done. */
  periodStartsWith: string;
  /** Steps that must be done (or not apply) before this one opens. */
  requires: readonly AcceleratedStepId[];
  /**
   * Whose Land's public holidays count for the step's period (Werktage and the end shift). Absent
   * for the BA and the mission, which have no Land in the procedure: only holidays of every Land
   * count then (NOTES.md).
   */
  calendarOf?: 'abh' | 'recognition_body';
  appliesWhen: 'always' | 'recognition_needed' | 'ba_approval_needed';
};

const timed = (amount: number, legalRef: string, extra: Partial<TimedDeadline> = {}): TimedDeadline => ({
  amount,
  legalRef,
  strength: 'must',
  onExpiry: 'overdue',
  maxExtensions: 0,
  endShiftRef: periodEndShiftRef,
  ...extra,
});

/**
 * The steps in law.md's order. law.md states no step that runs in parallel with another, so each
 * step requires the one before it; `requires` is data, and the engine opens every step whose
 * requirements are met, so a parallel step would be a data change only.
 */
export const acceleratedProcedureSteps: readonly StepDefinition[] = [
  {
    id: 'agreement',
    number: 1,
    actor: 'abh',
    involves: ['employer'],
    title: { de: 'Arbeitgeber beraten, Vereinbarung schließen, Nachweise sammeln', en: 'Advise the employer, conclude the agreement, collect documents' },
    legalRef: '§81a Abs. 2, Abs. 3 Satz 1 Nr. 1 AufenthG',
    deadline: { kind: 'none' },
    periodStartsWith: 'The agreement between employer and ABH (`agreedOn`).',
    requires: [],
    calendarOf: 'abh',
    appliesWhen: 'always',
  },
  {
    id: 'recognition_started',
    number: 2,
    actor: 'abh',
    involves: ['recognition_body'],
    title: { de: 'Anerkennungsverfahren einleiten', en: 'Start the recognition procedure' },
    legalRef: '§81a Abs. 3 Satz 1 Nr. 2, 2a AufenthG',
    deadline: { kind: 'none' },
    periodStartsWith: 'Completion of the agreement step.',
    requires: ['agreement'],
    calendarOf: 'abh',
    appliesWhen: 'recognition_needed',
  },
  {
    id: 'receipt_confirmed',
    number: 3,
    actor: 'recognition_body',
    involves: ['abh'],
    title: { de: 'Eingang bestätigen, fehlende Unterlagen nennen', en: 'Confirm receipt and list missing documents' },
    legalRef: '§14a Abs. 2 BQFG',
    deadline: { kind: 'calendar', unit: 'weeks', ...timed(2, '§14a Abs. 2 BQFG') },
    periodStartsWith: 'Receipt of the application at the recognition body: complete step 2 on that date.',
    requires: ['recognition_started'],
    calendarOf: 'recognition_body',
    appliesWhen: 'recognition_needed',
  },
  {
    id: 'equivalence_decided',
    number: 4,
    actor: 'recognition_body',
    involves: ['abh'],
    title: { de: 'Über die Gleichwertigkeit entscheiden', en: 'Decide on equivalence' },
    legalRef: '§14a Abs. 3 BQFG',
    deadline: { kind: 'calendar', unit: 'months', ...timed(2, '§14a Abs. 3 BQFG', { strength: 'should', maxExtensions: 1 }) },
    periodStartsWith: 'The complete file: the receipt confirmation if nothing was missing, otherwise move the start with setPeriodStart.',
    requires: ['receipt_confirmed'],
    calendarOf: 'recognition_body',
    appliesWhen: 'recognition_needed',
  },
  {
    id: 'findings_forwarded',
    number: 5,
    actor: 'abh',
    involves: ['employer'],
    title: { de: 'Feststellungen übergeben, Arbeitgeber zur Besprechung einladen', en: 'Forward the findings and invite the employer to discuss them' },
    legalRef: '§81a Abs. 3 Satz 1 Nr. 3 AufenthG',
    deadline: { kind: 'werktage', ...timed(3, '§81a Abs. 3 Satz 1 Nr. 3 AufenthG') },
    periodStartsWith: 'Receipt of the findings at the ABH: complete step 4 on that date.',
    requires: ['equivalence_decided'],
    calendarOf: 'abh',
    appliesWhen: 'recognition_needed',
  },
  {
    id: 'ba_approval',
    number: 6,
    actor: 'ba',
    involves: ['abh'],
    title: { de: 'Zustimmung der Bundesagentur für Arbeit', en: 'Approval of the Federal Employment Agency' },
    legalRef: '§81a Abs. 3 Satz 1 Nr. 4 AufenthG, §36 Abs. 2 Satz 2 BeschV',
    deadline: { kind: 'calendar', unit: 'weeks', ...timed(1, '§36 Abs. 2 Satz 2 BeschV', { onExpiry: 'deemed_approval' }) },
    periodStartsWith: "Receipt of the ABH's request at the BA.",
    requires: ['findings_forwarded'],
    appliesWhen: 'ba_approval_needed',
  },
  {
    id: 'pre_approval',
    number: 7,
    actor: 'abh',
    involves: ['mission'],
    title: { de: 'Auslandsvertretung informieren, Vorabzustimmung erteilen', en: 'Inform the mission and issue the pre-approval' },
    legalRef: '§81a Abs. 3 Satz 1 Nr. 5, 6 AufenthG',
    deadline: { kind: 'without_delay', legalRef: '§81a Abs. 3 Satz 1 Nr. 6 AufenthG' },
    periodStartsWith: 'All conditions met, including equivalence and the BA approval.',
    requires: ['ba_approval'],
    calendarOf: 'abh',
    appliesWhen: 'always',
  },
  {
    id: 'visa_appointment',
    number: 8,
    actor: 'mission',
    involves: [],
    title: { de: 'Termin zur Visumantragstellung', en: 'Visa application appointment' },
    legalRef: '§31a Abs. 1 AufenthV',
    deadline: { kind: 'calendar', unit: 'weeks', ...timed(3, '§31a Abs. 1 AufenthV') },
    periodStartsWith: "The skilled worker's appointment request after the pre-approval is presented: move the start if it came later. Complete the step on the appointment date.",
    requires: ['pre_approval'],
    appliesWhen: 'always',
  },
  {
    id: 'visa_decision',
    number: 9,
    actor: 'mission',
    involves: [],
    title: { de: 'Entscheidung über den Visumantrag', en: 'Decision on the visa application' },
    legalRef: '§31a Abs. 2 AufenthV',
    deadline: { kind: 'calendar', unit: 'weeks', ...timed(3, '§31a Abs. 2 AufenthV', { strength: 'should' }) },
    periodStartsWith: 'The complete visa application (normally the appointment).',
    requires: ['visa_appointment'],
    appliesWhen: 'always',
  },
];

/** The fee for the accelerated procedure, in cents. Visa (75 €) and recognition fees come on top. */
export const acceleratedProcedureFee: { cents: Cents; legalRef: string; source: string } = {
  cents: 41_100,
  legalRef: '§47 Abs. 1 Nr. 15 AufenthV',
  source: 'law.md §14 ("Fees"); statute text in domain/statutes/AufenthV_0047.md',
};

/**
 * Pairs of steps of which neither requires the other, directly or through other steps: the steps
 * that may run at the same time. Empty for law.md's chain of steps.
 */
export function parallelStepPairs(steps: readonly StepDefinition[] = acceleratedProcedureSteps): [AcceleratedStepId, AcceleratedStepId][] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const dependsOn = (id: AcceleratedStepId, target: AcceleratedStepId): boolean =>
    (byId.get(id)?.requires ?? []).some((required) => required === target || dependsOn(required, target));
  const pairs: [AcceleratedStepId, AcceleratedStepId][] = [];
  steps.forEach((a, index) => {
    for (const b of steps.slice(index + 1)) {
      if (!dependsOn(a.id, b.id) && !dependsOn(b.id, a.id)) pairs.push([a.id, b.id]);
    }
  });
  return pairs;
}
