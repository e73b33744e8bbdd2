import { z } from 'zod';
import { closeReasons, journeyStages, obstacleCategories } from '../domain/journey/index';
import { isoDateSchema, titleIds } from '../domain/pathway/index';

/** Field schemas shared by the case requests (cases.ts) and responses (case-responses.ts). */

export const caseStageSchema = z.enum(journeyStages);
export const closeReasonSchema = z.enum(closeReasons);
export const familyRelationSchema = z.enum(['spouse', 'child', 'parent']);
export const personRelationSchema = z.enum(['main', 'spouse', 'child', 'parent']);
export const taskStatusSchema = z.enum(['open', 'done', 'cancelled']);
export const obstacleCategorySchema = z.enum(obstacleCategories);
export type CaseStage = z.infer<typeof caseStageSchema>;

export const nameSchema = z.string().trim().min(1, 'must not be empty').max(100);
/** A real calendar date; that it lies in the past is checked by the server against its own clock. */
export const birthDateSchema = isoDateSchema.refine((value) => value >= '1900-01-01', 'must not be before 1900-01-01');
export const citizenshipSchema = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 code in capitals, e.g. IND');
export const titleIdSchema = z
  .string()
  .max(40)
  .refine((id) => titleIds.includes(id), 'not a residence title id of the Wegweiser')
  .describe('A residence title id of the Wegweiser, e.g. 18b, 18g_standard');
export const contactSchema = z.strictObject({
  email: z.email('must be an e-mail address').max(254).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()/-]{4,30}$/, 'digits, spaces and + ( ) / - only')
    .optional(),
});
export const languagesSchema = z
  .array(z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 language code, e.g. de, en, tr'))
  .max(20)
  .refine((codes) => new Set(codes).size === codes.length, 'each language once');
export const jobSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  isco: z.string().regex(/^\d{4}$/, 'ISCO-08 unit group: 4 digits').optional(),
  annualGrossSalaryEur: z.number().int('whole euros').min(0).max(10_000_000).optional(),
});

export const personFields = {
  givenName: nameSchema,
  familyName: nameSchema,
  birthDate: birthDateSchema,
  citizenship: citizenshipSchema,
  contact: contactSchema.optional(),
  languages: languagesSchema.optional(),
};

