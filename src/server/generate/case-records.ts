import { acceleratedProcedureFee, type ActiveStage, type CloseReason, type ObstacleCategory } from '../../domain/journey/index';
import type { Journey, Visit } from './case-journey';
import type { CaseStory } from './case-story';
import { obstacleText } from './obstacle-texts';
import { obstaclesByStage, taskTitles } from './vocabulary';
import { dayOf, MINUTES_PER_DAY, type LocalMinute } from './work-calendar';

/** Tasks, obstacles and the §81a procedure of a case, derived from its stage visits. */

const TASK_SHARE = 0.6;
const OTHER_SHARE = 0.12;
const DAY = MINUTES_PER_DAY;

/** The end of a visit for its records: when the case moved on or was closed, or the end of the history. */
const endOf = (story: CaseStory, visit: Visit): LocalMinute => visit.to ?? story.until;

export function addTasks(story: CaseStory, visit: Visit, closedEarly: boolean): void {
  const { random, time } = story;
  if (!random.chance(TASK_SHARE)) return;
  const count = random.chance(0.3) ? 2 : 1;
  const end = endOf(story, visit);
  for (let k = 0; k < count; k += 1) {
    // Tasks of a finished stage came with entering it; in the current stage they are recent work.
    const createdAt = visit.to === null ? time.between(Math.max(visit.from, end - 40 * DAY), end) : time.after(visit.from, random.int(0, 6));
    if (createdAt >= end) return;
    const id = random.uuid();
    const assignee = story.actorAt(createdAt);
    const dueDay = dayOf(createdAt) + random.int(5, 30);
    let status = 'open';
    let completedAt: LocalMinute | null = null;
    if (visit.to !== null) {
      // The stage is over: its tasks were done, mostly in time, or cancelled when the journey ended early.
      status = closedEarly && random.chance(0.6) ? 'cancelled' : random.chance(0.05) ? 'cancelled' : 'done';
      completedAt = status === 'cancelled' ? visit.to : time.between(createdAt, Math.min(visit.to, (dueDay + random.int(-4, 10)) * DAY + 17 * 60));
    } else if (random.chance(0.45)) {
      status = 'done';
      completedAt = time.between(createdAt, Math.min(story.until, (dueDay + 5) * DAY + 17 * 60));
    }
    const dueOn = story.time.date(dueDay);
    story.batch.tasks.push({
      id,
      caseId: story.id,
      title: random.pick(taskTitles[visit.stage]),
      assigneeUserId: assignee,
      dueOn,
      status,
      createdBy: assignee,
      createdAt: story.seconds(createdAt),
      completedAt: completedAt === null || status !== 'done' ? null : story.seconds(completedAt),
    });
    story.event(createdAt, 'task_added', { taskId: id, assigneeUserId: assignee, dueOn }, { actor: assignee });
    if (completedAt !== null) story.event(completedAt, 'task_status_changed', { taskId: id, from: 'open', to: status });
  }
}

export function addObstacle(story: CaseStory, visit: Visit, hasChildren: boolean): void {
  const { random, time } = story;
  const { share, categories } = obstaclesByStage[visit.stage];
  if (!random.chance(share)) return;
  const end = endOf(story, visit);
  const createdAt = time.between(visit.from, end);
  if (createdAt >= end) return;
  // A few obstacles fit no category: described in words (`other` needs a text).
  const drawn = random.chance(OTHER_SHARE) ? 'other' : random.pick(categories);
  const category: ObstacleCategory = drawn === 'childcare' && !hasChildren ? 'housing' : drawn;
  const id = random.uuid();
  const creator = story.actorAt(createdAt);
  // Moving on usually means the obstacle was overcome; in the current stage it often still stands.
  const resolved = visit.to !== null ? random.chance(0.85) : random.chance(0.3);
  const resolvedAt = resolved ? time.between(createdAt, end) : null;
  const resolver = resolvedAt === null ? null : story.actorAt(resolvedAt);
  story.batch.obstacles.push({
    id,
    caseId: story.id,
    category,
    text: obstacleText(random, category),
    createdBy: creator,
    createdAt: story.seconds(createdAt),
    resolvedAt: resolvedAt === null ? null : story.seconds(resolvedAt),
    resolvedBy: resolver,
  });
  story.event(createdAt, 'obstacle_added', { obstacleId: id, category }, { actor: creator });
  if (resolvedAt !== null) story.event(resolvedAt, 'obstacle_resolved', { obstacleId: id, category }, { actor: resolver });
}

export type ProcedureParties = {
  abhOrganisationId: string;
  employerOrganisationId: string | null;
  recognitionBodyOrganisationId: string | null;
};

/** The procedure row, its mirrored steps (the deadline board's index) and the timeline entries. */
export function addProcedure(story: CaseStory, procedure: NonNullable<Journey['procedure']>, parties: ProcedureParties): void {
  const { run, agreedAt } = procedure;
  const id = story.random.uuid();
  const organisationOf: Record<string, string | null> = {
    abh: parties.abhOrganisationId,
    employer: parties.employerOrganisationId,
    recognition_body: parties.recognitionBodyOrganisationId,
    ba: null,
    mission: null,
  };
  let lastChange = agreedAt;
  // The same timeline entries as the §81a routes write (docs/adr/0008-accelerated-procedure.md), by
  // the owner's case worker: only they may change a procedure (navigators get 403 there).
  const actor = story.actors.caseworker;
  const started = {
    procedureId: id,
    agreedOn: run.state.agreedOn,
    employerOrganisationId: parties.employerOrganisationId,
    recognitionBodyOrganisationId: parties.recognitionBodyOrganisationId,
    isBaApprovalRequired: run.state.isBaApprovalRequired,
  };
  story.event(agreedAt, 'procedure_started', started, { actor });
  run.completions.forEach((completion, index) => {
    const at = Math.max(story.time.startOf(completion.day), lastChange + 1);
    const data = { procedureId: id, stepId: completion.stepId, completedOn: story.time.date(completion.day), openedStepIds: completion.openedStepIds, version: index + 2 };
    story.event(at, 'procedure_step_completed', data, { actor });
    lastChange = at;
  });
  story.batch.procedures.push({
    id,
    caseId: story.id,
    agreedOn: run.state.agreedOn,
    abhOrganisationId: parties.abhOrganisationId,
    employerOrganisationId: parties.employerOrganisationId,
    recognitionBodyOrganisationId: parties.recognitionBodyOrganisationId,
    state: run.state,
    feeCents: acceleratedProcedureFee.cents,
    version: 1 + run.completions.length,
    createdBy: story.actors.caseworker,
    createdAt: story.seconds(agreedAt),
    updatedAt: story.seconds(lastChange),
  });
  for (const step of run.state.steps) {
    story.batch.steps.push({
      procedureId: id,
      stepId: step.id,
      caseId: story.id,
      actor: step.actor,
      actorOrganisationId: organisationOf[step.actor] ?? null,
      status: step.status,
      dueOn: step.dueOn ?? null,
      completedOn: step.completedOn ?? null,
    });
  }
}

/** Stage moves of the main journey into the timeline (the case row changes with each). */
export function addStageMoves(story: CaseStory, journey: Journey, kindOf: (from: ActiveStage, to: ActiveStage | 'closed', reason?: CloseReason) => string): void {
  journey.visits.forEach((visit, index) => {
    const next = journey.visits[index + 1];
    if (next && visit.to !== null) {
      story.event(visit.to, 'stage_changed', { from: visit.stage, to: next.stage, kind: kindOf(visit.stage, next.stage) }, { changesRow: true });
    }
  });
  if (journey.closed) {
    const { at, reason, from } = journey.closed;
    story.event(at, 'stage_changed', { from, to: 'closed', kind: kindOf(from, 'closed', reason), closeReason: reason }, { changesRow: true });
  }
}
