import { z } from 'zod';
import { journeyStages } from '../domain/journey/index';
import { occupationIds } from '../domain/employer/occupations';
import { qualificationKinds } from '../domain/employer/accelerated-request';
import { isoDateSchema } from '../domain/pathway/index';
import { birthDateSchema, citizenshipSchema, nameSchema } from './case-fields';
import { procedureActorSchema, procedureStepIdSchema, procedureStepStatusSchema } from './procedures';

/**
 * The employer's part of the portal (ADR 0016): hires under a consent `employer_status` naming the
 * employer's organisation (status fields only) and the employer's own §81a requests.
 */

const timestamp = z.iso.datetime({ offset: true });
const bilingual = z.object({ de: z.string(), en: z.string() });
const organisationRefSchema = z.object({ id: z.uuid(), name: z.string() });

// ---------------------------------------------------------------------------------------------
// Requests

export const employerRequestParamsSchema = z.object({ requestId: z.uuid() });

/** POST /api/v1/employer/requests: a §81a request for a skilled worker (the employer acts in their power of attorney). */
export const createEmployerRequestBodySchema = z.strictObject({
  person: z.strictObject({
    givenName: nameSchema,
    familyName: nameSchema,
    birthDate: birthDateSchema,
    citizenship: citizenshipSchema,
    email: z.email('must be an e-mail address').max(254).optional(),
  }),
  job: z.strictObject({
    occupationId: z.enum(occupationIds).describe('An occupation of the list in domain/employer/occupations.ts'),
    annualGrossSalaryEur: z.number().int('whole euros').min(1, 'must be at least 1').max(10_000_000),
    startOn: isoDateSchema.describe('The planned first day of work'),
    placeOfWorkAgs: z.string().regex(/^\d{8}$/, 'Amtlicher Gemeindeschlüssel: 8 digits').describe('The municipality of the place of work'),
  }),
  qualification: z.strictObject({
    kind: z.enum(qualificationKinds).describe('vocational: Berufsausbildung; academic: Hochschulabschluss'),
    country: citizenshipSchema.describe('Where the qualification was obtained (ISO 3166-1 alpha-3)'),
  }),
});
export type CreateEmployerRequestBody = z.infer<typeof createEmployerRequestBodySchema>;

// ---------------------------------------------------------------------------------------------
// Responses

/** One statutory step of the §81a procedure as the employer sees it: status and dates, nothing of the case file. */
export const employerStepSchema = z.object({
  id: procedureStepIdSchema,
  number: z.number().int(),
  title: bilingual,
  actor: procedureActorSchema,
  legalRef: z.string(),
  status: procedureStepStatusSchema,
  dueOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  isOverdue: z.boolean(),
  deadline: bilingual.describe('The statutory period in words'),
});
export type EmployerStep = z.infer<typeof employerStepSchema>;

export const employerProcedureSchema = z.object({
  agreedOn: z.string(),
  abh: organisationRefSchema,
  steps: z.array(employerStepSchema),
});

export const hireSchema = z
  .object({
    caseId: z.uuid(),
    personName: z.string(),
    stage: z.enum(journeyStages),
    nextStep: employerStepSchema.nullable().describe('The first open statutory step, if a §81a procedure runs'),
    procedure: employerProcedureSchema.nullable(),
    consentValidThrough: z.string().nullable().describe('Last day (Europe/Berlin) the consent is valid; null: until withdrawn'),
  })
  .meta({ id: 'EmployerHire' });
export type Hire = z.infer<typeof hireSchema>;

export const hiresResponseSchema = z.object({ items: z.array(hireSchema), today: z.string() });
export type HiresResponse = z.infer<typeof hiresResponseSchema>;

const sourcedItemSchema = z.object({ id: z.string(), text: bilingual, legalRef: z.string(), source: z.string().optional() });

export const employerRequestSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    createdAt: timestamp,
    personName: z.string(),
    abh: organisationRefSchema.extend({ email: z.string().nullable(), phone: z.string().nullable() }),
    placeOfWork: z.object({ ags: z.string(), name: z.string() }),
    job: z.object({ title: z.string(), annualGrossSalaryEur: z.number().nullable() }),
    procedure: employerProcedureSchema.nullable().describe('null until the Ausländerbehörde records the agreement (§81a Abs. 2)'),
  })
  .meta({ id: 'EmployerRequest' });
export type EmployerRequest = z.infer<typeof employerRequestSchema>;

export const employerRequestsResponseSchema = z.object({ items: z.array(employerRequestSchema), today: z.string() });
export type EmployerRequestsResponse = z.infer<typeof employerRequestsResponseSchema>;

/** GET /api/v1/employer/guide: the agreement, the documents and the fee, each with its legal reference. */
export const employerGuideSchema = z.object({
  agreement: z.object({ legalRef: z.string(), contents: z.array(sourcedItemSchema) }),
  documents: z.array(sourcedItemSchema),
  fee: z.object({ cents: z.number().int(), euros: z.number(), legalRef: z.string(), onTop: bilingual }),
  steps: z.array(z.object({ id: procedureStepIdSchema, number: z.number().int(), title: bilingual, actor: procedureActorSchema, legalRef: z.string(), deadline: bilingual })),
});
export type EmployerGuide = z.infer<typeof employerGuideSchema>;

/** The occupations the request form offers (a short list with KldB 2010 and ISCO-08 codes), and the name search over them. */
export { occupations, searchOccupations, type Occupation } from '../domain/employer/occupations';
