import { findCasePersons, type CasePersonRow } from '../db/repositories/case-persons.repository';
import {
  findEventsOfCase,
  findNotesOfCase,
  findObstaclesOfCase,
  findTasksOfCase,
  type EventWithActor,
  type NoteWithAuthor,
  type ObstacleWithCreator,
  type TaskWithAssignee,
} from '../db/repositories/case-records.repository';
import { findDocumentsOfCase, type DocumentWithUploader } from '../db/repositories/documents.repository';
import { findCaseOrganisations, getCaseHeader, type CaseHeader, type OrganisationRef } from '../db/repositories/cases.repository';
import { findProcedureWithOrganisations, type ProcedureWithOrganisations } from '../db/repositories/procedure.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';

/** Everything the case view shows, loaded in a fixed number of queries (no query per record). */
export type CaseDetail = {
  header: CaseHeader;
  person: CasePersonRow;
  members: CasePersonRow[];
  organisations: (OrganisationRef & { role: string })[];
  tasks: TaskWithAssignee[];
  obstacles: ObstacleWithCreator[];
  notes: NoteWithAuthor[];
  documents: DocumentWithUploader[];
  timeline: EventWithActor[];
  acceleratedProcedure: ProcedureWithOrganisations | null;
  /** The date (Europe/Berlin) overdue flags are computed for. */
  today: string;
};

/** Loads a case the caller has already been allowed to see. */
export async function loadCaseDetail(db: Database, caseId: string, today: string): Promise<CaseDetail> {
  const header = await getCaseHeader(db, caseId);
  if (!header) throw new AppError('NOT_FOUND', 'No such case.');
  const persons = await findCasePersons(db, caseId);
  const person = persons.find((candidate) => candidate.relation === 'main');
  if (!person) throw new Error(`case ${caseId} has no main person`);
  return {
    header,
    person,
    members: persons.filter((candidate) => candidate.relation !== 'main'),
    organisations: await findCaseOrganisations(db, caseId),
    tasks: await findTasksOfCase(db, caseId),
    obstacles: await findObstaclesOfCase(db, caseId),
    notes: await findNotesOfCase(db, caseId),
    documents: await findDocumentsOfCase(db, caseId),
    timeline: await findEventsOfCase(db, caseId),
    acceleratedProcedure: (await findProcedureWithOrganisations(db, caseId)) ?? null,
    today,
  };
}
