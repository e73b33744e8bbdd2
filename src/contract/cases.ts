import { z } from 'zod';
import { obstacleCategoriesNeedingText } from '../domain/journey/index';
import { isoDateSchema, profileSchema } from '../domain/pathway/index';
import {
  caseStageSchema,
  closeReasonSchema,
  familyRelationSchema,
  jobSchema,
  obstacleCategorySchema,
  personFields,
  taskStatusSchema,
  titleIdSchema,
} from './case-fields';
import type { caseAuditEntrySchema, caseAuditResponseSchema } from './case-responses';

/**
 * Cases ("Fälle", ../shared/CONTRACT.md): the requests of /api/v1/cases and /api/v1/inbox here,
 * the responses in case-responses.ts, shared field schemas in case-fields.ts.
 */
export * from './case-fields';
export * from './case-responses';

// ---------------------------------------------------------------------------------------------
// Requests

export const caseParamsSchema = z.object({ id: z.uuid() });
export const caseTaskParamsSchema = z.object({ id: z.uuid(), taskId: z.uuid() });
export const caseMemberParamsSchema = z.object({ id: z.uuid(), memberId: z.uuid() });
export const caseObstacleParamsSchema = z.object({ id: z.uuid(), obstacleId: z.uuid() });

/** POST /api/v1/cases. `profile`: create the case from a Wegweiser result (the evaluation is stored). */
export const createCaseBodySchema = z.strictObject({
  person: z.strictObject(personFields),
  targetTitleId: titleIdSchema.optional(),
  profile: profileSchema.optional().describe('A Wegweiser profile: the case stores its evaluation'),
});
export type CreateCaseBody = z.infer<typeof createCaseBodySchema>;

export const caseListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  stage: caseStageSchema.optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/[\p{L}\p{N}]/u, 'must contain a letter or digit')
    .optional()
    .describe('Name search: every word must start a given or family name of someone in the case'),
  overdue: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true: only cases with an open task past its due date'),
  navigator: z
    .union([z.literal('me'), z.literal('none'), z.uuid()])
    .optional()
    .describe('me, none (no navigator yet) or a user id'),
  sort: z.enum(['updated', 'created', 'name']).default('updated'),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

const changeFields = ['navigatorUserId', 'targetTitleId', 'job', 'employerOrganisationId', 'stage'] as const;

/**
 * PATCH /api/v1/cases/{id}: the case's version comes in `If-Match: "<version>"` (or as `version`);
 * only the fields present change, `null` clears one. A stage change is a journey transition.
 */
export const patchCaseBodySchema = z
  .strictObject({
    version: z.number().int().min(1).optional().describe('Alternative to the If-Match header'),
    navigatorUserId: z.uuid().nullable().optional(),
    targetTitleId: titleIdSchema.nullable().optional(),
    job: jobSchema.nullable().optional(),
    employerOrganisationId: z.uuid().nullable().optional(),
    stage: caseStageSchema.optional(),
    closeReason: closeReasonSchema.optional().describe('Required when stage is closed'),
  })
  .refine((body) => changeFields.some((field) => body[field] !== undefined), {
    message: `name at least one of ${changeFields.join(', ')}`,
  })
  .refine((body) => body.closeReason === undefined || body.stage === 'closed', {
    message: 'only together with stage: closed',
    path: ['closeReason'],
  });
export type PatchCaseBody = z.infer<typeof patchCaseBodySchema>;

export const ifMatchHeadersSchema = z.looseObject({
  'if-match': z.string().max(100).optional().describe('"<version>" from the ETag of GET /api/v1/cases/{id}'),
});

export const createMemberBodySchema = z.strictObject({
  relation: familyRelationSchema,
  ...personFields,
  targetTitleId: titleIdSchema.optional(),
});
export type CreateMemberBody = z.infer<typeof createMemberBodySchema>;

/** PATCH /api/v1/cases/{id}/members/{memberId}: the member's own journey. */
export const patchMemberBodySchema = z
  .strictObject({
    stage: caseStageSchema.optional(),
    closeReason: closeReasonSchema.optional(),
    targetTitleId: titleIdSchema.nullable().optional(),
  })
  .refine((body) => body.stage !== undefined || body.targetTitleId !== undefined, { message: 'name stage or targetTitleId' })
  .refine((body) => body.closeReason === undefined || body.stage === 'closed', {
    message: 'only together with stage: closed',
    path: ['closeReason'],
  });
export type PatchMemberBody = z.infer<typeof patchMemberBodySchema>;

export const createTaskBodySchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  assigneeUserId: z.uuid().nullable().optional().describe('Default: the caller; null: unassigned'),
  dueOn: isoDateSchema.describe('Not before today (Europe/Berlin)'),
});
export type CreateTaskBody = z.infer<typeof createTaskBodySchema>;

export const patchTaskBodySchema = z.strictObject({ status: taskStatusSchema });

export const createNoteBodySchema = z.strictObject({ text: z.string().trim().min(1).max(10_000) });

export const createObstacleBodySchema = z
  .strictObject({ category: obstacleCategorySchema, text: z.string().trim().min(1).max(2_000).optional() })
  .refine((body) => !obstacleCategoriesNeedingText.includes(body.category) || body.text !== undefined, {
    message: 'required for this category',
    path: ['text'],
  });
export type CreateObstacleBody = z.infer<typeof createObstacleBodySchema>;

export const caseAuditQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

// ---------------------------------------------------------------------------------------------
// For the web (which imports only the contract): the Wegweiser's residence titles with their
// names, for the target-title selects and the case header.

export { titleMetadata as residenceTitles, type TitleMetadata as ResidenceTitle } from '../domain/pathway/index';
export type CaseAuditEntry = z.infer<typeof caseAuditEntrySchema>;
export type CaseAuditResponse = z.infer<typeof caseAuditResponseSchema>;
export type CloseReason = z.infer<typeof closeReasonSchema>;
export type ObstacleCategory = z.infer<typeof obstacleCategorySchema>;
export type FamilyRelation = z.infer<typeof familyRelationSchema>;
