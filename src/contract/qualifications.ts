import { z } from 'zod';
import { countryNames } from '../domain/shared/countries';
import { normaliseOccupationText, qualificationTypes, recognitionOutcomes } from '../domain/steering/index';

/**
 * A person's foreign qualification and its recognition (Anerkennung): `GET /api/v1/cases/{id}/qualifications`,
 * `PUT /api/v1/cases/{id}/persons/{personId}/qualification`, and the reference occupations
 * (`GET /api/v1/occupations?q=`) the qualification is compared with.
 */

export { qualificationTypes, recognitionOutcomes };
export type { QualificationType, RecognitionOutcome } from '../domain/steering/index';
/** Country names (ISO 3166-1 alpha-3 → [German, English]) and the search form of a name, for the country input. */
export { countryNames, normaliseOccupationText as normaliseSearchText };

const timestamp = z.iso.datetime({ offset: true });
const isoDate = z.iso.date('a date as YYYY-MM-DD').refine((value) => value >= '1950-01-01' && value <= '2099-12-31', 'a date from 1950 to 2099');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .nullable()
    .optional()
    .transform((value) => (value === '' ? null : value));

export const occupationSchema = z
  .object({
    kldb: z.string().describe('KldB 2010 (Fassung 2020), 5 digits'),
    isco: z.string().describe('ISCO-08 unit group, 4 digits'),
    de: z.string(),
    en: z.string(),
  })
  .meta({ id: 'ReferenceOccupation' });
export type Occupation = z.infer<typeof occupationSchema>;

export const occupationQuerySchema = z.strictObject({
  q: z.string().trim().min(2, 'at least 2 characters').max(100, 'at most 100 characters'),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});
export const occupationsResponseSchema = z.object({ items: z.array(occupationSchema) });

export const qualificationTypeSchema = z.enum(qualificationTypes, { error: 'vocational or academic' });
export const recognitionOutcomeSchema = z.enum(recognitionOutcomes, { error: 'pending, full, partial, none or not_needed' });

export const caseQualificationParamsSchema = z.object({ id: z.uuid(), personId: z.uuid() });

/** The body of the PUT: the whole qualification of one person (what is left out is cleared). */
export const putQualificationBodySchema = z
  .strictObject({
    qualificationType: qualificationTypeSchema.nullable().optional(),
    country: z
      .string()
      .refine((code) => Object.hasOwn(countryNames, code), 'an ISO 3166-1 alpha-3 country code')
      .nullable()
      .optional(),
    occupationKldb: z
      .string()
      .regex(/^\d{5}$/, 'a KldB 2010 code of 5 digits')
      .nullable()
      .optional(),
    outcome: recognitionOutcomeSchema,
    decidedOn: isoDate.nullable().optional(),
    bodyOrganisationId: z.uuid('an organisation id').nullable().optional(),
    bodyName: optionalText(200),
    fileNumber: optionalText(100),
  })
  .superRefine((body, ctx) => {
    if (body.bodyOrganisationId && body.bodyName) {
      ctx.addIssue({ code: 'custom', path: ['bodyName'], message: 'either an organisation of the directory or a name, not both' });
    }
    if ((body.outcome === 'full' || body.outcome === 'partial' || body.outcome === 'none') && !body.decidedOn) {
      ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'required for a decision' });
    }
    if (body.outcome === 'pending' && body.decidedOn) {
      ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'a pending procedure has no decision date' });
    }
  });
export type PutQualificationBody = z.infer<typeof putQualificationBodySchema>;

const bodySchema = z.object({ organisationId: z.uuid().nullable(), name: z.string() });

export const caseQualificationSchema = z
  .object({
    personId: z.uuid(),
    qualificationType: qualificationTypeSchema.nullable(),
    country: z.string().nullable().describe('ISO 3166-1 alpha-3'),
    occupation: occupationSchema.nullable(),
    outcome: recognitionOutcomeSchema,
    decidedOn: z.string().nullable(),
    body: bodySchema.nullable().describe('The recognition body: an organisation of the directory or a name'),
    fileNumber: z.string().nullable(),
    updatedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    updatedAt: timestamp,
  })
  .meta({ id: 'CaseQualification' });
export type CaseQualification = z.infer<typeof caseQualificationSchema>;

export const caseQualificationsResponseSchema = z
  .object({
    items: z.array(caseQualificationSchema).describe('One per person of the case with a recorded qualification'),
    bodies: z
      .array(z.object({ id: z.uuid(), name: z.string(), kind: z.string() }))
      .describe('Recognition bodies and chambers of the directory, to choose from'),
  })
  .meta({ id: 'CaseQualifications' });
export type CaseQualifications = z.infer<typeof caseQualificationsResponseSchema>;
