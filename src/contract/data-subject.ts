import { z } from 'zod';
import { portalLanguages } from '../domain/portal/languages';

/** Data-subject rights: Art. 15 export, Art. 17 erasure with a legal hold. */

const timestamp = z.iso.datetime({ offset: true });

export const personParamsSchema = z.object({ id: z.uuid(), personId: z.uuid() });
export const exportQuerySchema = z.strictObject({
  format: z.enum(['json', 'pdf']).default('json'),
  language: z.enum(portalLanguages).default('de').describe('Language of the PDF (headings and explanations); the data stay as stored'),
});
export const eraseBodySchema = z.strictObject({ reason: z.string().trim().min(1).max(500).optional() }).nullish();
export const legalHoldBodySchema = z.strictObject({ reason: z.string().trim().min(1, 'must not be empty').max(500) });

export const erasureResponseSchema = z.object({ personId: z.uuid(), caseId: z.uuid(), cause: z.enum(['request', 'retention']), erasedAt: timestamp });
export const legalHoldSchema = z.object({ id: z.uuid(), caseId: z.uuid(), reason: z.string(), setAt: timestamp, releasedAt: timestamp.nullable() });
export const legalHoldResponseSchema = z.object({ active: legalHoldSchema.nullable() });

/** The Art. 15 export: everything stored about the person, and who did what with it. */
export const personExportSchema = z
  .object({
    generatedAt: timestamp,
    person: z.record(z.string(), z.unknown()),
    case: z.record(z.string(), z.unknown()),
    documents: z.array(z.record(z.string(), z.unknown())),
    consents: z.array(z.record(z.string(), z.unknown())),
    referrals: z.array(z.record(z.string(), z.unknown())),
    notes: z.array(z.record(z.string(), z.unknown())),
    tasks: z.array(z.record(z.string(), z.unknown())),
    obstacles: z.array(z.record(z.string(), z.unknown())),
    audit: z.array(
      z.object({
        seq: z.number().int().nullable(),
        at: timestamp,
        action: z.string(),
        actor: z.string().nullable(),
        organisation: z.string().nullable(),
        purpose: z.string().nullable(),
        subjectType: z.string(),
        subjectId: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'PersonExport' });
export type PersonExport = z.infer<typeof personExportSchema>;
