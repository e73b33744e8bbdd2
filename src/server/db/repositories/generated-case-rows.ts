import type { AcceleratedProcedure } from '../../../domain/journey/index';
import type { CaseContact, CaseJob } from '../schema/index';

/**
 * The rows the synthetic case generator writes (src/server/generate), and how each column is read
 * for the bulk insert (generated-cases.repository.ts). Instants are Unix seconds (cheaper to write
 * and to read than timestamp text), dates `YYYY-MM-DD`.
 */
export type GeneratedCase = {
  id: string;
  reference: string;
  ownerOrganisationId: string;
  navigatorUserId: string | null;
  navigatorAssignedAt: number | null;
  stage: string;
  stageBeforeClosing: string | null;
  closeReason: string | null;
  targetTitleId: string | null;
  employerOrganisationId: string | null;
  job: CaseJob | null;
  version: number;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
};
export type GeneratedPerson = {
  id: string;
  caseId: string;
  relation: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  citizenship: string;
  contact: CaseContact;
  languages: string[];
  stage: string;
  stageBeforeClosing: string | null;
  closeReason: string | null;
  targetTitleId: string | null;
  createdAt: number;
};
export type GeneratedCaseOrganisation = { caseId: string; organisationId: string; role: string; addedAt: number };
export type GeneratedTask = {
  id: string;
  caseId: string;
  title: string;
  assigneeUserId: string | null;
  dueOn: string;
  status: string;
  createdBy: string;
  createdAt: number;
  completedAt: number | null;
};
export type GeneratedObstacle = {
  id: string;
  caseId: string;
  category: string;
  text: string | null;
  createdBy: string;
  createdAt: number;
  resolvedAt: number | null;
  resolvedBy: string | null;
};
export type GeneratedQualification = {
  personId: string;
  caseId: string;
  qualificationType: string;
  country: string;
  referenceKldb: string | null;
  referenceIsco: string;
  referenceName: string;
  outcome: string;
  decidedOn: string | null;
  bodyOrganisationId: string | null;
  updatedBy: string;
  updatedAt: number;
};
export type GeneratedEvent = { caseId: string; type: string; at: number; actorUserId: string | null; data: Record<string, unknown> };
export type GeneratedProcedure = {
  id: string;
  caseId: string;
  agreedOn: string;
  abhOrganisationId: string;
  employerOrganisationId: string | null;
  recognitionBodyOrganisationId: string | null;
  state: AcceleratedProcedure;
  feeCents: number;
  version: number;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
};
export type GeneratedStep = {
  procedureId: string;
  stepId: string;
  caseId: string;
  actor: string;
  actorOrganisationId: string | null;
  status: string;
  dueOn: string | null;
  completedOn: string | null;
};

export type GeneratedBatch = {
  cases: GeneratedCase[];
  persons: GeneratedPerson[];
  caseOrganisations: GeneratedCaseOrganisation[];
  tasks: GeneratedTask[];
  obstacles: GeneratedObstacle[];
  events: GeneratedEvent[];
  procedures: GeneratedProcedure[];
  steps: GeneratedStep[];
  qualifications: GeneratedQualification[];
};

export const emptyBatch = (): GeneratedBatch => ({ cases: [], persons: [], caseOrganisations: [], tasks: [], obstacles: [], events: [], procedures: [], steps: [], qualifications: [] });

export type ColumnType = 'uuid' | 'text' | 'timestamptz' | 'date' | 'jsonb' | 'integer' | 'text[]';
/** A column: its name, its type, and how to read it from a row. */
export type Column<T> = readonly [name: string, type: ColumnType, read: (row: T) => unknown];

export const caseColumns: Column<GeneratedCase>[] = [
  ['id', 'uuid', (r) => r.id],
  ['reference', 'text', (r) => r.reference],
  ['owner_organisation_id', 'uuid', (r) => r.ownerOrganisationId],
  ['navigator_user_id', 'uuid', (r) => r.navigatorUserId],
  ['navigator_assigned_at', 'timestamptz', (r) => r.navigatorAssignedAt],
  ['stage', 'text', (r) => r.stage],
  ['stage_before_closing', 'text', (r) => r.stageBeforeClosing],
  ['close_reason', 'text', (r) => r.closeReason],
  ['target_title_id', 'text', (r) => r.targetTitleId],
  ['employer_organisation_id', 'uuid', (r) => r.employerOrganisationId],
  ['job', 'jsonb', (r) => r.job],
  ['version', 'integer', (r) => r.version],
  ['created_by', 'uuid', (r) => r.createdBy],
  ['created_at', 'timestamptz', (r) => r.createdAt],
  ['updated_at', 'timestamptz', (r) => r.updatedAt],
];
export const personColumns: Column<GeneratedPerson>[] = [
  ['id', 'uuid', (r) => r.id],
  ['case_id', 'uuid', (r) => r.caseId],
  ['relation', 'text', (r) => r.relation],
  ['given_name', 'text', (r) => r.givenName],
  ['family_name', 'text', (r) => r.familyName],
  ['birth_date', 'date', (r) => r.birthDate],
  ['citizenship', 'text', (r) => r.citizenship],
  ['contact', 'jsonb', (r) => r.contact],
  ['languages', 'text[]', (r) => r.languages],
  ['stage', 'text', (r) => r.stage],
  ['stage_before_closing', 'text', (r) => r.stageBeforeClosing],
  ['close_reason', 'text', (r) => r.closeReason],
  ['target_title_id', 'text', (r) => r.targetTitleId],
  ['created_at', 'timestamptz', (r) => r.createdAt],
];
export const caseOrganisationColumns: Column<GeneratedCaseOrganisation>[] = [
  ['case_id', 'uuid', (r) => r.caseId],
  ['organisation_id', 'uuid', (r) => r.organisationId],
  ['role', 'text', (r) => r.role],
  ['added_at', 'timestamptz', (r) => r.addedAt],
];
export const taskColumns: Column<GeneratedTask>[] = [
  ['id', 'uuid', (r) => r.id],
  ['case_id', 'uuid', (r) => r.caseId],
  ['title', 'text', (r) => r.title],
  ['assignee_user_id', 'uuid', (r) => r.assigneeUserId],
  ['due_on', 'date', (r) => r.dueOn],
  ['status', 'text', (r) => r.status],
  ['created_by', 'uuid', (r) => r.createdBy],
  ['created_at', 'timestamptz', (r) => r.createdAt],
  ['completed_at', 'timestamptz', (r) => r.completedAt],
];
export const obstacleColumns: Column<GeneratedObstacle>[] = [
  ['id', 'uuid', (r) => r.id],
  ['case_id', 'uuid', (r) => r.caseId],
  ['category', 'text', (r) => r.category],
  ['text', 'text', (r) => r.text],
  ['created_by', 'uuid', (r) => r.createdBy],
  ['created_at', 'timestamptz', (r) => r.createdAt],
  ['resolved_at', 'timestamptz', (r) => r.resolvedAt],
  ['resolved_by', 'uuid', (r) => r.resolvedBy],
];
// No id: case_events.id is an identity column, numbered in insertion order (unnest keeps array order).
export const eventColumns: Column<GeneratedEvent>[] = [
  ['case_id', 'uuid', (r) => r.caseId],
  ['type', 'text', (r) => r.type],
  ['at', 'timestamptz', (r) => r.at],
  ['actor_user_id', 'uuid', (r) => r.actorUserId],
  ['data', 'jsonb', (r) => r.data],
];
export const procedureColumns: Column<GeneratedProcedure>[] = [
  ['id', 'uuid', (r) => r.id],
  ['case_id', 'uuid', (r) => r.caseId],
  ['agreed_on', 'date', (r) => r.agreedOn],
  ['abh_organisation_id', 'uuid', (r) => r.abhOrganisationId],
  ['employer_organisation_id', 'uuid', (r) => r.employerOrganisationId],
  ['recognition_body_organisation_id', 'uuid', (r) => r.recognitionBodyOrganisationId],
  ['state', 'jsonb', (r) => r.state],
  ['fee_cents', 'integer', (r) => r.feeCents],
  ['version', 'integer', (r) => r.version],
  ['created_by', 'uuid', (r) => r.createdBy],
  ['created_at', 'timestamptz', (r) => r.createdAt],
  ['updated_at', 'timestamptz', (r) => r.updatedAt],
];
export const stepColumns: Column<GeneratedStep>[] = [
  ['procedure_id', 'uuid', (r) => r.procedureId],
  ['step_id', 'text', (r) => r.stepId],
  ['case_id', 'uuid', (r) => r.caseId],
  ['actor', 'text', (r) => r.actor],
  ['actor_organisation_id', 'uuid', (r) => r.actorOrganisationId],
  ['status', 'text', (r) => r.status],
  ['due_on', 'date', (r) => r.dueOn],
  ['completed_on', 'date', (r) => r.completedOn],
];
export const qualificationColumns: Column<GeneratedQualification>[] = [
  ['person_id', 'uuid', (r) => r.personId],
  ['case_id', 'uuid', (r) => r.caseId],
  ['qualification_type', 'text', (r) => r.qualificationType],
  ['country', 'text', (r) => r.country],
  ['reference_kldb', 'text', (r) => r.referenceKldb],
  ['reference_isco', 'text', (r) => r.referenceIsco],
  ['reference_name', 'text', (r) => r.referenceName],
  ['outcome', 'text', (r) => r.outcome],
  ['decided_on', 'date', (r) => r.decidedOn],
  ['body_organisation_id', 'uuid', (r) => r.bodyOrganisationId],
  ['updated_by', 'uuid', (r) => r.updatedBy],
  ['updated_at', 'timestamptz', (r) => r.updatedAt],
];
