import type { CasePersonRow } from '../db/repositories/case-persons.repository';
import { findCaseDetail } from '../db/repositories/case-detail.repository';
import type { EventWithActor, NoteWithAuthor, ObstacleWithCreator, TaskWithAssignee } from '../db/repositories/case-records.repository';
import type { DocumentWithUploader } from '../db/repositories/documents.repository';
import type { CaseHeader, OrganisationRef } from '../db/repositories/cases.repository';
import type { ProcedureWithOrganisations } from '../db/repositories/procedure.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';

/** Everything the case view shows, loaded in one statement (case-detail.repository.ts). */
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

/** Loads a case the caller has been (or, with the header at hand, is about to be) allowed to see. */
export async function loadCaseDetail(db: Database, caseId: string, today: string): Promise<CaseDetail> {
  const rows = await findCaseDetail(db, caseId);
  if (!rows) throw new AppError('NOT_FOUND', 'No such case.');
  const person = rows.persons.find((candidate) => candidate.relation === 'main');
  if (!person) throw new Error(`case ${caseId} has no main person`);
  return {
    header: rows.header,
    person,
    members: rows.persons.filter((candidate) => candidate.relation !== 'main'),
    organisations: rows.organisations,
    tasks: rows.tasks,
    obstacles: rows.obstacles,
    notes: rows.notes,
    documents: rows.documents,
    timeline: rows.timeline,
    acceleratedProcedure: rows.procedure,
    today,
  };
}
