/**
 * The stages of a person's journey and the allowed moves between them, as data. Every move names
 * why it exists; `transitions.ts` only reads this table. Rationale in NOTES.md ("Journey stages").
 */

/** Journey stages in their normal order. */
export const journeyStages = [
  'information',
  'recognition',
  'job_matching',
  'visa_procedure',
  'entry',
  'residence_permit',
  'integration',
  'closed',
] as const;
export type JourneyStage = (typeof journeyStages)[number];
/** Every stage but `closed`: the stages a journey can be closed from and reopened to. */
export type ActiveStage = Exclude<JourneyStage, 'closed'>;
export const activeStages = journeyStages.filter((stage): stage is ActiveStage => stage !== 'closed');

/**
 * - forward: to the next stage in order;
 * - skip: forward over stages that have nothing to do for a known group of people;
 * - correction: one stage back in the order, to undo a move made too early or by mistake;
 * - close: from any active stage, with a reason;
 * - reopen: from `closed` back to the stage the journey was closed from (and only that one).
 */
export type TransitionKind = 'forward' | 'skip' | 'correction' | 'close' | 'reopen';

export type StageTransition = { from: JourneyStage; to: JourneyStage; kind: TransitionKind; because: string };

/** Why a journey was closed; `other` needs a note in the case record. */
export const closeReasons = ['goal_reached', 'withdrawn', 'not_eligible', 'moved_away', 'no_contact', 'other'] as const;
export type CloseReason = (typeof closeReasons)[number];

/**
 * Skips, each for a group of people for whom the skipped stages have nothing to do.
 * Not allowed: skipping `entry` while keeping `visa_procedure` (a visa is for entering), skipping
 * `residence_permit` (every non-EU journey needs a title in Germany) and skipping `integration`
 * (a journey that ends early is closed with a reason instead).
 */
const skips: readonly StageTransition[] = [
  {
    from: 'information',
    to: 'job_matching',
    kind: 'skip',
    because: 'No recognition procedure needed: German qualification, a degree comparable per anabin/ZAB (law.md §16.1), or recognition already granted.',
  },
  {
    from: 'information',
    to: 'visa_procedure',
    kind: 'skip',
    because: 'Employer-led case (e.g. §81a AufenthG) with a job offer in hand and no recognition procedure needed.',
  },
  {
    from: 'recognition',
    to: 'visa_procedure',
    kind: 'skip',
    because: 'Job offer already in hand: in the §81a procedure the employer is known and recognition runs inside it (law.md §14, step 2).',
  },
  {
    from: 'job_matching',
    to: 'entry',
    kind: 'skip',
    because: 'Visa-free entry with the title applied for in Germany (§41 AufenthV nationals; not covered by law.md, see NOTES.md).',
  },
  {
    from: 'job_matching',
    to: 'residence_permit',
    kind: 'skip',
    because: 'Already in Germany (e.g. graduate, Chancenkarte or job-search title): no visa and no entry.',
  },
  {
    from: 'recognition',
    to: 'residence_permit',
    kind: 'skip',
    because: 'Already in Germany with a job offer in hand (e.g. recognition partnership, §16d Abs. 3 AufenthG).',
  },
  {
    from: 'information',
    to: 'residence_permit',
    kind: 'skip',
    because: 'Already in Germany with a job offer in hand and no recognition needed (e.g. graduate of a German university).',
  },
];

function buildTransitions(): StageTransition[] {
  const transitions: StageTransition[] = [];
  activeStages.forEach((stage, index) => {
    const next = activeStages[index + 1];
    if (next) transitions.push({ from: stage, to: next, kind: 'forward', because: 'The next stage in order.' });
  });
  transitions.push(...skips);
  activeStages.forEach((stage, index) => {
    const previous = activeStages[index - 1];
    if (previous) transitions.push({ from: stage, to: previous, kind: 'correction', because: 'One stage back to correct a move made too early or by mistake.' });
  });
  for (const stage of activeStages) {
    transitions.push({ from: stage, to: 'closed', kind: 'close', because: 'A journey can end at any stage; the reason is recorded.' });
  }
  for (const stage of activeStages) {
    transitions.push({ from: 'closed', to: stage, kind: 'reopen', because: 'Reopening returns to the stage the journey was closed from, and only to that one.' });
  }
  return transitions;
}

/** Every allowed move. Reopen entries apply only to the stage the journey was closed from. */
export const stageTransitions: readonly StageTransition[] = buildTransitions();
