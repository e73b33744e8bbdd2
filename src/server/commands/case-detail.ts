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

/**
 * Loads a case the caller has already been allowed to see (`header`, when the caller has it from
 * the access check). The reads are independent, so they go out together: on the pool each takes
 * its own connection; in a transaction they queue on its one connection.
 */
export async function loadCaseDetail(db: Database, caseId: string, today: string, knownHeader?: CaseHeader): Promise<CaseDetail> {
  const [header, persons, organisations, tasks, obstacles, notes, documents, timeline, procedure] = await Promise.all([
    knownHeader ?? getCaseHeader(db, caseId),
    findCasePersons(db, caseId),
    findCaseOrganisations(db, caseId),
    findTasksOfCase(db, caseId),
    findObstaclesOfCase(db, caseId),
    findNotesOfCase(db, caseId),
    findDocumentsOfCase(db, caseId),
    findEventsOfCase(db, caseId),
    findProcedureWithOrganisations(db, caseId),
  ]);
  if (!header) throw new AppError('NOT_FOUND', 'No such case.');
  const person = persons.find((candidate) => candidate.relation === 'main');
  if (!person) throw new Error(`case ${caseId} has no main person`);
  return {
    header,
    person,
    members: persons.filter((candidate) => candidate.relation !== 'main'),
    organisations,
    tasks,
    obstacles,
    notes,
    documents,
    timeline,
    acceleratedProcedure: procedure ?? null,
    today,
  };
}
