import { z } from 'zod';
import { documentMediaTypes, maxDocumentBytes } from '../domain/documents/index';

/**
 * Case documents: /api/v1/cases/{id}/documents. An upload is the raw file as the request body
 * (no multipart): `Content-Type` is the file's type, the metadata travels in the query.
 */

export { documentMediaTypes, maxDocumentBytes, maxFileNameLength, type DocumentMediaType } from '../domain/documents/index';

const timestamp = z.iso.datetime({ offset: true });
const userRefSchema = z.object({ id: z.uuid(), name: z.string() });
const bilingual = z.object({ de: z.string(), en: z.string() });

/** A checklist item id of the Wegweiser document catalogue, e.g. `passport`. */
export const checklistItemIdSchema = z.string().regex(/^[a-z0-9_]{1,64}$/, 'must be a checklist item id such as passport');

export const caseDocumentParamsSchema = z.object({ id: z.uuid(), documentId: z.uuid() });

/** POST /api/v1/cases/{id}/documents?fileName=…&checklistItemId=…&personId=… */
export const uploadDocumentQuerySchema = z.strictObject({
  fileName: z.string().min(1).max(1_000).describe('The original file name; stored without path parts or control characters, at most 120 characters'),
  checklistItemId: checklistItemIdSchema.optional().describe("A document id of the case's stored Wegweiser evaluation"),
  personId: z.uuid().optional().describe('The case person (main person or family member) the document belongs to'),
});
export type UploadDocumentQuery = z.infer<typeof uploadDocumentQuerySchema>;

/** The request body of an upload: the file's bytes, documented for OpenAPI, validated by the server. */
export const uploadDocumentBodySchema = z.any().meta({
  type: 'string',
  format: 'binary',
  description: `The file itself, at most ${maxDocumentBytes} bytes; Content-Type one of ${documentMediaTypes.join(', ')} and matching the content`,
});

export const caseDocumentSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    mediaType: z.enum(documentMediaTypes),
    sizeBytes: z.number().int(),
    sha256: z.string().describe('Hex SHA-256 of the content'),
    checklistItemId: z.string().nullable(),
    personId: z.uuid().nullable(),
    uploadedAt: timestamp,
    uploadedBy: userRefSchema.nullable(),
    reviewStatus: z.enum(['received', 'accepted', 'rejected']).describe('received until staff accept or reject it'),
    reviewReason: z.string().nullable().describe('Why it was rejected (the person reads it in the portal)'),
    reviewedAt: timestamp.nullable(),
    requestId: z.uuid().nullable().describe('The document request this upload answers'),
  })
  .meta({ id: 'CaseDocument' });
export type CaseDocument = z.infer<typeof caseDocumentSchema>;

export const caseDocumentListSchema = z.object({ items: z.array(caseDocumentSchema).describe('Newest first; deleted documents are left out') });
export type CaseDocumentList = z.infer<typeof caseDocumentListSchema>;

/** One entry of a case's document checklist, from its stored Wegweiser evaluation. */
export const checklistItemSchema = z
  .object({
    id: z.string(),
    name: bilingual,
    titleIds: z.array(z.string()).describe('The residence titles that ask for this document'),
    uploaded: z.boolean(),
    documentIds: z.array(z.uuid()).describe('The documents filed under this item'),
  })
  .meta({ id: 'ChecklistItem' });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
