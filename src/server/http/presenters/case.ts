import type {
  Case,
  CaseEvent,
  CaseListItem,
  CaseNote,
  CaseObstacle,
  CasePerson,
  CaseTask,
  InboxResponse,
} from '../../../contract/cases';
import type { Evaluation } from '../../../contract/pathways';
import { caseChecklist, checklistState, type ChecklistEvaluation } from '../../../domain/documents/index';
import { allowedTransitions, type ActiveStage, type CloseReason, type JourneyStage, type ObstacleCategory } from '../../../domain/journey/index';
import type { CaseDetail } from '../../commands/case-detail';
import type { CaseSummary } from '../../commands/find-cases';
import type { Inbox } from '../../commands/get-inbox';
import type { AuditRowWithNames } from '../../db/repositories/audit.repository';
import type { CasePersonRow } from '../../db/repositories/case-persons.repository';
import type {
  EventWithActor,
  NoteWithAuthor,
  ObstacleWithCreator,
  TaskWithAssignee,
} from '../../db/repositories/case-records.repository';
import type { InboxTaskRow } from '../../db/repositories/case-list.repository';
import { presentChecklistItem, presentDocument } from './document';
import { presentDeadlineStep, presentProcedure } from './procedure';

const iso = (value: Date): string => value.toISOString();
const isoOrNull = (value: Date | null): string | null => (value ? value.toISOString() : null);

function journeyOf(row: { stage: string; stageBeforeClosing: string | null }): { stage: JourneyStage; allowedTransitions: JourneyStage[] } {
  const stage = row.stage as JourneyStage;
  const stageBeforeClosing = (row.stageBeforeClosing ?? undefined) as ActiveStage | undefined;
  return { stage, allowedTransitions: allowedTransitions(stage, { stageBeforeClosing }) };
}

export function presentCasePerson(row: CasePersonRow): CasePerson {
  return {
    id: row.id,
    relation: row.relation as CasePerson['relation'],
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    citizenship: row.citizenship,
    contact: row.contact,
    languages: row.languages,
    ...journeyOf(row),
    closeReason: (row.closeReason ?? null) as CloseReason | null,
    targetTitleId: row.targetTitleId,
  };
}

export function presentTask(row: TaskWithAssignee, today: string): CaseTask {
  return {
    id: row.id,
    caseId: row.caseId,
    title: row.title,
    assignee: row.assignee,
    dueOn: row.dueOn,
    status: row.status as CaseTask['status'],
    isOverdue: row.status === 'open' && row.dueOn < today,
    createdAt: iso(row.createdAt),
    completedAt: isoOrNull(row.completedAt),
  };
}

export function presentNote(row: NoteWithAuthor): CaseNote {
  return { id: row.id, text: row.text, author: row.author, createdAt: iso(row.createdAt) };
}

export function presentObstacle(row: ObstacleWithCreator): CaseObstacle {
  return {
    id: row.id,
    category: row.category as ObstacleCategory,
    text: row.text,
    createdBy: row.creator,
    createdAt: iso(row.createdAt),
    resolvedAt: isoOrNull(row.resolvedAt),
  };
}

export function presentEvent(row: EventWithActor): CaseEvent {
  return { id: row.id, type: row.type, at: iso(row.at), actor: row.actor, data: row.data };
}

export function presentCase(detail: CaseDetail): Case {
  const { header } = detail;
  return {
    id: header.id,
    reference: header.reference,
    ...journeyOf(header),
    closeReason: (header.closeReason ?? null) as CloseReason | null,
    ownerOrganisation: header.owner,
    navigator: header.navigator,
    targetTitleId: header.targetTitleId,
    employer: header.employer,
    job: header.job ?? null,
    evaluation: (header.evaluation ?? null) as Evaluation | null,
    evaluationRuleSetId: header.evaluationRuleSetId,
    person: presentCasePerson(detail.person),
    members: detail.members.map(presentCasePerson),
    organisations: detail.organisations,
    tasks: detail.tasks.map((task) => presentTask(task, detail.today)),
    documents: detail.documents.map(presentDocument),
    checklist: checklistState(caseChecklist((header.evaluation ?? null) as ChecklistEvaluation | null, header.targetTitleId), detail.documents).map(presentChecklistItem),
    obstacles: detail.obstacles.map(presentObstacle),
    notes: detail.notes.map(presentNote),
    timeline: detail.timeline.map(presentEvent),
    acceleratedProcedure: detail.acceleratedProcedure ? presentProcedure({ procedure: detail.acceleratedProcedure, today: detail.today }) : null,
    version: header.version,
    createdAt: iso(header.createdAt),
    updatedAt: iso(header.updatedAt),
  };
}

export function presentCaseListItem(row: CaseSummary): CaseListItem {
  return {
    id: row.id,
    reference: row.reference,
    person: { givenName: row.givenName, familyName: row.familyName },
    stage: row.stage as JourneyStage,
    navigator: row.navigator,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    openTasks: row.openTasks,
    overdueTasks: row.overdueTasks,
  };
}

export function presentAuditEntry(row: AuditRowWithNames) {
  return {
    seq: row.id,
    at: new Date(row.at).toISOString(),
    action: row.action,
    actor: row.actor,
    organisation: row.organisation,
    purpose: row.purpose,
    details: row.details,
  };
}

function presentInboxTask(row: InboxTaskRow, today: string): InboxResponse['dueToday'][number] {
  const { case: summary, ...task } = row;
  return {
    ...presentTask(task, today),
    case: { id: summary.id, reference: summary.reference, person: { givenName: summary.givenName, familyName: summary.familyName } },
  };
}

export function presentInbox(inbox: Inbox): InboxResponse {
  return {
    today: inbox.today,
    dueToday: inbox.dueToday.map((task) => presentInboxTask(task, inbox.today)),
    overdue: inbox.overdue.map((task) => presentInboxTask(task, inbox.today)),
    newlyAssigned: inbox.newlyAssigned.map((row) => ({ ...presentCaseListItem(row), navigatorAssignedAt: iso(row.navigatorAssignedAt) })),
    ...(inbox.procedureSteps ? { procedureSteps: inbox.procedureSteps.map((row) => presentDeadlineStep(row, inbox.today)) } : {}),
  };
}

/** The ETag of a case: its version, as a strong validator (`"3"`). */
export const caseEtag = (version: number): string => `"${version}"`;
