import { checkTransition, type ActiveStage, type CloseReason, type JourneyStage, type TransitionKind } from '../../domain/journey/index';
import type { Land } from '../../domain/identity/organisation-kinds';
import { runProcedure, type ProcedureRun } from './case-procedure';
import type { CaseTime } from './case-time';
import type { Random } from './random';
import { authorityStages, dropOut, dropOutReasons, stageDays, usualPace, type JourneyPath, type Pace } from './vocabulary';
import { dayOf, MINUTES_PER_DAY, type LocalMinute, type WorkCalendar } from './work-calendar';

/** One stay in a stage: from entering it to leaving it (null: still there at the end of the history). */
export type Visit = { stage: ActiveStage; from: LocalMinute; to: LocalMinute | null };

export type Journey = {
  visits: Visit[];
  closed: { at: LocalMinute; reason: CloseReason; from: ActiveStage } | null;
  procedure: { run: ProcedureRun; agreedAt: LocalMinute } | null;
};

export type JourneyInput = {
  random: Random;
  time: CaseTime;
  calendar: WorkCalendar;
  path: JourneyPath;
  createdAt: LocalMinute;
  until: LocalMinute;
  /** Present when the visa stage runs as a §81a procedure. */
  procedure: { abhLand: Land; recognitionBodyLand: Land | undefined; isBaApprovalRequired: boolean } | null;
  /** How fast the responsible Ausländerbehörde works (its stages, its §81a periods). */
  pace?: Pace;
  /** Fixed stage lengths in days (the demo applicant's case); no early end then. */
  fixedDays?: Partial<Record<ActiveStage, number>>;
};

// Recognition that continues inside the §81a procedure leaves the stage early.
const recognitionBeforeProcedure = [10, 20, 45] as const;

function daysIn(input: JourneyInput, stage: ActiveStage): number {
  const fixed = input.fixedDays?.[stage];
  if (fixed !== undefined) return fixed;
  const [min, mode, max] = stage === 'recognition' && input.path.procedure ? recognitionBeforeProcedure : stageDays[stage];
  const factor = authorityStages.includes(stage) ? (input.pace ?? usualPace).stageFactor : 1;
  return input.random.triangular(min, mode, max) * factor;
}

/**
 * Walks the path from the case's creation: each stage lasts a drawn number of days, a journey
 * may end early in any stage, and one that gets through integration is closed as goal reached.
 * Whatever would happen after `until` has not happened yet.
 */
export function simulateJourney(input: JourneyInput): Journey {
  const { random, time, until } = input;
  const visits: Visit[] = [];
  let procedure: Journey['procedure'] = null;
  let at = input.createdAt;
  for (const stage of input.path.stages) {
    if (stage === 'visa_procedure' && input.procedure) {
      const run = runProcedure(random, input.calendar, { ...input.procedure, agreedOn: dayOf(at), until: dayOf(until), pace: input.pace ?? usualPace });
      procedure = { run, agreedAt: at };
      // Entry follows the visa after a few weeks; a procedure still running keeps the case here.
      const next = run.finishedOn === null ? null : time.after(run.finishedOn * MINUTES_PER_DAY, random.int(5, 30));
      if (next === null || next > until) {
        visits.push({ stage, from: at, to: null });
        return { visits, closed: null, procedure };
      }
      visits.push({ stage, from: at, to: next });
      at = next;
      continue;
    }
    const days = daysIn(input, stage);
    if (input.fixedDays === undefined && random.chance(dropOut[stage])) {
      const closedAt = time.after(at, days * random.float());
      if (closedAt > until) {
        visits.push({ stage, from: at, to: null });
        return { visits, closed: null, procedure };
      }
      visits.push({ stage, from: at, to: closedAt });
      return { visits, closed: { at: closedAt, reason: dropOutReasons.draw(random), from: stage }, procedure };
    }
    const next = time.after(at, days);
    if (next > until) {
      visits.push({ stage, from: at, to: null });
      return { visits, closed: null, procedure };
    }
    visits.push({ stage, from: at, to: next });
    at = next;
  }
  return { visits, closed: { at, reason: 'goal_reached', from: 'integration' }, procedure };
}

/** The kind of a move as the domain's transition table names it (forward, skip, close, …). */
export function moveKind(from: JourneyStage, to: JourneyStage, reason?: CloseReason): TransitionKind {
  const result = checkTransition({ from, to, ...(reason === undefined ? {} : { reason }) });
  if (!result.ok) throw new Error(`generator: ${result.error.message}`);
  return result.value.kind;
}

/** The stage columns of a journey's end: stage, the stage it was closed from, the reason. */
export function journeyColumns(journey: Pick<Journey, 'visits' | 'closed'>): { stage: JourneyStage; stageBeforeClosing: ActiveStage | null; closeReason: CloseReason | null } {
  if (journey.closed) return { stage: 'closed', stageBeforeClosing: journey.closed.from, closeReason: journey.closed.reason };
  return { stage: journey.visits.at(-1)?.stage ?? 'information', stageBeforeClosing: null, closeReason: null };
}
