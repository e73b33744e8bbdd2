import { z } from 'zod';
import { caseStageSchema, closeReasonSchema, jobSchema, obstacleCategorySchema, personRelationSchema, taskStatusSchema } from './case-fields';
import { caseDocumentSchema, checklistItemSchema } from './documents';
import { evaluationSchema } from './pathways';
import { acceleratedProcedureSchema, deadlineStepItemSchema } from './procedures';

/** Responses of /api/v1/cases and /api/v1/inbox (requests: cases.ts). */


const timestamp = z.iso.datetime({ offset: true });
const userRefSchema = z.object({ id: z.uuid(), name: z.string() });
const organisationRefSchema = z.object({ id: z.uuid(), name: z.string(), kind: z.string() });

export const casePersonSchema = z
  .object({
    id: z.uuid(),
    relation: personRelationSchema,
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string(),
    citizenship: z.string(),
    contact: z.object({ email: z.string().optional(), phone: z.string().optional() }),
    languages: z.array(z.string()),
    stage: caseStageSchema,
    allowedTransitions: z.array(caseStageSchema),
    closeReason: closeReasonSchema.nullable(),
    targetTitleId: z.string().nullable(),
  })
  .meta({ id: 'CasePerson' });
export type CasePerson = z.infer<typeof casePersonSchema>;

export const caseTaskSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    title: z.string(),
    assignee: userRefSchema.nullable(),
    dueOn: z.string(),
    status: taskStatusSchema,
    isOverdue: z.boolean(),
    createdAt: timestamp,
    completedAt: timestamp.nullable(),
  })
  .meta({ id: 'CaseTask' });
export type CaseTask = z.infer<typeof caseTaskSchema>;

export const caseNoteSchema = z
  .object({ id: z.uuid(), text: z.string(), author: userRefSchema.nullable(), createdAt: timestamp })
  .meta({ id: 'CaseNote' });
export type CaseNote = z.infer<typeof caseNoteSchema>;

export const caseObstacleSchema = z
  .object({
    id: z.uuid(),
    category: obstacleCategorySchema,
    text: z.string().nullable(),
    createdBy: userRefSchema.nullable(),
    createdAt: timestamp,
    resolvedAt: timestamp.nullable(),
  })
  .meta({ id: 'CaseObstacle' });
export type CaseObstacle = z.infer<typeof caseObstacleSchema>;

export const caseEventSchema = z
  .object({ id: z.number().int(), type: z.string(), at: timestamp, actor: userRefSchema.nullable(), data: z.record(z.string(), z.unknown()) })
  .meta({ id: 'CaseEvent' });
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const caseSchema = z
  .object({
    id: z.uuid(),
    reference: z.string().describe('Human-readable, e.g. RN-2026-000123'),
    stage: caseStageSchema,
    allowedTransitions: z.array(caseStageSchema),
    closeReason: closeReasonSchema.nullable(),
    ownerOrganisation: organisationRefSchema,
    navigator: userRefSchema.nullable(),
    targetTitleId: z.string().nullable(),
    employer: organisationRefSchema.nullable(),
    job: jobSchema.nullable(),
    evaluation: evaluationSchema.nullable(),
    evaluationRuleSetId: z.string().nullable(),
    person: casePersonSchema,
    members: z.array(casePersonSchema),
    organisations: z.array(organisationRefSchema.extend({ role: z.string() })),
    tasks: z.array(caseTaskSchema),
    documents: z.array(caseDocumentSchema).describe('Newest first, without deleted ones'),
    checklist: z
      .array(checklistItemSchema)
      .optional()
      .describe('Documents the stored evaluation asks for (target title, else eligible titles), each with whether one is uploaded'),
    obstacles: z.array(caseObstacleSchema),
    notes: z.array(caseNoteSchema),
    timeline: z.array(caseEventSchema).describe('Newest first, at most 200 events'),
    acceleratedProcedure: acceleratedProcedureSchema.nullable().optional().describe('The §81a procedure, null when the case has none'),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'Case' });
export type Case = z.infer<typeof caseSchema>;

export const caseListItemSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    person: z.object({ givenName: z.string(), familyName: z.string() }),
    stage: caseStageSchema,
    navigator: userRefSchema.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    openTasks: z.number().int(),
    overdueTasks: z.number().int(),
  })
  .meta({ id: 'CaseListItem' });
export type CaseListItem = z.infer<typeof caseListItemSchema>;

export const caseListResponseSchema = z.object({
  items: z.array(caseListItemSchema),
  total: z.number().int().describe('Number of matching cases; counted up to 1,000 (or the end of the page asked for)'),
  totalIsLowerBound: z.boolean().describe('true when there are more matches than `total`'),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type CaseListResponse = z.infer<typeof caseListResponseSchema>;

export const caseAuditEntrySchema = z.object({
  seq: z.number().int().describe("Number of the entry in the audit log, in the order entries were written"),
  at: timestamp,
  action: z.string(),
  actor: userRefSchema.nullable(),
  organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  purpose: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const caseAuditResponseSchema = z.object({ items: z.array(caseAuditEntrySchema), total: z.number().int() });

const caseSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  person: z.object({ givenName: z.string(), familyName: z.string() }),
});
export const inboxTaskSchema = caseTaskSchema.extend({ case: caseSummarySchema }).meta({ id: 'InboxTask' });
export const inboxResponseSchema = z.object({
  today: z.string().describe('The date in Europe/Berlin the lists are computed for'),
  dueToday: z.array(inboxTaskSchema),
  overdue: z.array(inboxTaskSchema),
  newlyAssigned: z.array(caseListItemSchema.extend({ navigatorAssignedAt: timestamp })),
  procedureSteps: z.array(deadlineStepItemSchema).optional().describe('Open §81a steps due today or overdue, by due date'),
});
export type InboxResponse = z.infer<typeof inboxResponseSchema>;
