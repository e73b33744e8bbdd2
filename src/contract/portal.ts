import { z } from 'zod';
import { closeReasons, journeyStages } from '../domain/journey/index';
import { checklistItemIdSchema, documentMediaTypes } from './documents';
import { procedureActorSchema, procedureStepIdSchema, procedureStepStatusSchema } from './procedures';

/**
 * The skilled worker's own case in the portal (`GET /api/v1/me/case`, ADR 0016): the journey of
 * every person the account may see, who is responsible, the dates that matter and the checklist.
 * Everything is a code or a date; the web app says it in the person's language.
 */

/** The journey stages in their order (for the portal's stepper). */
export { journeyStages };

const timestamp = z.iso.datetime({ offset: true });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const bilingual = z.object({ de: z.string(), en: z.string() });

export const reviewStatuses = ['received', 'accepted', 'rejected'] as const;
export const reviewStatusSchema = z.enum(reviewStatuses);
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;

/** A document the person may see: never the uploader's name, only whether it was the person. */
export const myDocumentSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    mediaType: z.enum(documentMediaTypes),
    sizeBytes: z.number().int(),
    uploadedAt: timestamp,
    uploadedByMe: z.boolean(),
    personId: z.uuid().nullable(),
    checklistItemId: z.string().nullable(),
    requestId: z.uuid().nullable(),
    reviewStatus: reviewStatusSchema,
    reviewReason: z.string().nullable().describe('Why it was rejected, written for the person'),
    reviewedAt: timestamp.nullable(),
  })
  .meta({ id: 'MyDocument' });
export type MyDocument = z.infer<typeof myDocumentSchema>;

/** `missing`: nothing uploaded yet; otherwise the review status of the newest upload. */
export const checklistStatuses = ['missing', 'received', 'accepted', 'rejected'] as const;
export type ChecklistStatus = (typeof checklistStatuses)[number];

export const myChecklistEntrySchema = z
  .object({
    kind: z.enum(['checklist', 'request']).describe('From the Wegweiser evaluation, or asked for by the navigator or the authority'),
    checklistItemId: z.string().nullable(),
    requestId: z.uuid().nullable(),
    personId: z.uuid().describe('Whose document it is'),
    name: bilingual.nullable().describe('The checklist item name (kind checklist)'),
    title: z.string().nullable().describe('The requested document as the staff wrote it (kind request)'),
    note: z.string().nullable(),
    requestedAt: timestamp.nullable(),
    status: z.enum(checklistStatuses),
    documents: z.array(myDocumentSchema).describe('Newest first'),
  })
  .meta({ id: 'MyChecklistEntry' });
export type MyChecklistEntry = z.infer<typeof myChecklistEntrySchema>;

const organisationSchema = z.object({ id: z.uuid(), name: z.string(), kind: z.string() });

export const myStepSchema = z.object({
  id: procedureStepIdSchema,
  number: z.number().int(),
  actor: procedureActorSchema,
  actorOrganisation: organisationSchema.nullable(),
  status: procedureStepStatusSchema,
  dueOn: isoDate.nullable(),
  completedOn: isoDate.nullable(),
  isOverdue: z.boolean(),
});
export type MyStep = z.infer<typeof myStepSchema>;

export const myPersonSchema = z.object({
  id: z.uuid(),
  relation: z.string().describe('main, spouse, child, parent'),
  givenName: z.string(),
  isMe: z.boolean(),
  stage: z.enum(journeyStages),
  closeReason: z.enum(closeReasons).nullable(),
  nextStage: z.enum(journeyStages).nullable().describe('The next stage in the usual order (null once closed or integrated)'),
});
export type MyPerson = z.infer<typeof myPersonSchema>;

export const myCaseSchema = z
  .object({
    caseId: z.uuid(),
    reference: z.string(),
    myPersonId: z.uuid(),
    persons: z.array(myPersonSchema).describe('The main person sees the whole family, a family member only themself'),
    navigator: z.object({ name: z.string(), organisation: organisationSchema.nullable() }).nullable(),
    organisations: z.array(organisationSchema.extend({ role: z.string() })).describe('Organisations involved in the case (directory links)'),
    procedure: z
      .object({ today: isoDate, steps: z.array(myStepSchema) })
      .nullable()
      .describe('The §81a accelerated procedure (main person only): each statutory step with its due date'),
    checklist: z.array(myChecklistEntrySchema),
    otherDocuments: z.array(myDocumentSchema).describe('Uploads that answer no checklist entry'),
    wegweiserAnswers: z.record(z.string(), z.unknown()).nullable().describe('The Wegweiser answers the case came from, to re-run the Wegweiser'),
  })
  .meta({ id: 'MyCase' });
export type MyCase = z.infer<typeof myCaseSchema>;

/** POST /api/v1/me/documents?fileName=…&checklistItemId=…|requestId=…&personId=… (raw file body). */
export const myUploadQuerySchema = z.strictObject({
  fileName: z.string().min(1).max(1_000),
  checklistItemId: checklistItemIdSchema.optional(),
  requestId: z.uuid().optional(),
  personId: z.uuid().optional().describe('Whose document; default: the request’s person, or the signed-in person'),
});
export type MyUploadQuery = z.infer<typeof myUploadQuerySchema>;

export const myDocumentParamsSchema = z.object({ documentId: z.uuid() });

/** POST /api/v1/cases/{id}/documents/{documentId}/review */
export const documentReviewSchema = z
  .strictObject({
    status: z.enum(['accepted', 'rejected']),
    reason: z.string().trim().max(1_000).optional().describe('Required when rejected: the person reads it'),
  })
  .refine((body) => body.status !== 'rejected' || (body.reason ?? '').length > 0, { path: ['reason'], message: 'required when rejecting' });
export type DocumentReview = z.infer<typeof documentReviewSchema>;

/** A document request as staff see it. */
export const documentRequestSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid().nullable(),
    title: z.string(),
    note: z.string().nullable(),
    requestedAt: timestamp,
    requestedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    withdrawnAt: timestamp.nullable(),
    documentIds: z.array(z.uuid()).describe('Uploads that answer it'),
  })
  .meta({ id: 'DocumentRequest' });
export type DocumentRequest = z.infer<typeof documentRequestSchema>;
export const documentRequestListSchema = z.object({ items: z.array(documentRequestSchema) });

export const createDocumentRequestSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  note: z.string().trim().max(1_000).optional(),
  personId: z.uuid().optional().describe('The case person asked; default the main person'),
});
export type CreateDocumentRequest = z.infer<typeof createDocumentRequestSchema>;

export const documentRequestParamsSchema = z.object({ id: z.uuid(), requestId: z.uuid() });
