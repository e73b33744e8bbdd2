/**
 * Input validation for the Wegweiser: strict zod schemas for `Profile` and `FamilyRequest`
 * (shared evaluation contract). Unknown fields are rejected, dates must be real calendar dates,
 * amounts are non-negative and exact to the cent. zod is pure, so it may live in the domain.
 */
import { z } from 'zod';
import { hasWholeCents } from '../shared/money';

/** CEFR level; "none" = no knowledge. */
export const levelSchema = z.enum(['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
export type Level = z.infer<typeof levelSchema>;

/** An ISO date (YYYY-MM-DD) that exists in the calendar (z.iso.date rejects 2026-02-30). */
export const isoDateSchema = z.iso.date({ error: 'must be a real calendar date YYYY-MM-DD' });

const MAX_EUROS = 100_000_000;

/** Non-negative euro amount with at most two decimals. */
export const euroAmountSchema = z
  .number()
  .nonnegative()
  .max(MAX_EUROS)
  .refine(hasWholeCents, { message: 'must be exact to the cent (at most two decimals)' });

const iscoSchema = z.string().regex(/^\d{1,4}$/, 'ISCO-08 code: 1 to 4 digits');
const kldbSchema = z.string().regex(/^\d{1,5}$/, 'KldB 2010 code: 1 to 5 digits');
const titleIdSchema = z.string().min(1).max(40);

const qualificationSchema = z.strictObject({
  type: z.enum(['none', 'vocational', 'academic']),
  obtainedIn: z.enum(['abroad', 'germany']).optional(),
  completedOn: isoDateSchema.optional(),
  trainingYears: z.number().nonnegative().max(15).optional(),
  stateRecognisedAbroad: z.boolean().nullable().optional(),
  germanRecognition: z.enum(['full', 'comparable', 'partial', 'none', 'not_applied']).optional(),
  isco: iscoSchema.optional(),
  kldb: kldbSchema.optional(),
  regulatedProfession: z.boolean().optional(),
  professionalLicence: z.boolean().optional(),
});

const jobSchema = z.strictObject({
  annualGrossSalaryEur: euroAmountSchema,
  contractMonths: z.number().int().positive().max(1200).nullable().optional(),
  isco: iscoSchema.optional(),
  kldb: kldbSchema.optional(),
  qualified: z.boolean().optional(),
  employerTariffBound: z.boolean().optional(),
  recognitionPartnership: z.boolean().optional(),
});

const experienceSchema = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema, isco: iscoSchema.optional(), /** added */ kldb: kldbSchema.optional() })
  .refine((period) => period.from <= period.to, { message: '"from" must not be after "to"', path: ['to'] });

/** The applicant profile (contract: Profile). `livelihoodSecured` is an addition, see NOTES.md. */
export const profileSchema = z
  .strictObject({
    evaluationDate: isoDateSchema.optional(),
    citizenship: z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 code, "XKX" for Kosovo'),
    age: z.number().int().min(0).max(130).optional(),
    birthDate: isoDateSchema.optional(),
    location: z.enum(['abroad', 'germany']).optional(),
    currentTitle: titleIdSchema.nullable().optional(),
    qualification: qualificationSchema,
    job: jobSchema.nullable().optional(),
    experience: z.array(experienceSchema).max(50).optional(),
    german: levelSchema,
    english: levelSchema,
    fundsPerMonthEur: euroAmountSchema.optional(),
    adequatePensionProvision: z.boolean().optional(),
    lawfulStayInGermanyMonthsLast5Years: z.number().int().min(0).max(60).optional(),
    spouseAppliesJointlyForChancenkarte: z.boolean().optional(),
    qualificationMeasure: z
      .strictObject({ placeConfirmed: z.boolean(), schoolBased: z.boolean().optional() })
      .nullable()
      .optional(),
    westbalkan: z
      .strictObject({
        /** Matters for the first approval only (§26 Abs. 2 Satz 2 BeschV); optional for a renewal. */
        applicationAtMissionInHomeCountry: z.boolean().optional(),
        asylblgBenefitsLast24Months: z.boolean(),
        quotaExhausted: z.boolean().optional(),
      })
      .optional(),
    /**
     * added: livelihood secured for a §20 job-search stay; used only when `fundsPerMonthEur` is
     * absent (the amount is compared with the §2 Abs. 3 Satz 5 benchmark, law.md §12).
     */
    livelihoodSecured: z.boolean().nullable().optional(),
    /** added: date a research activity in Germany under §18d/§18f was completed (§20 Abs. 1 Nr. 2). */
    researchCompletedOn: isoDateSchema.optional(),
    /**
     * added: the last search Chancenkarte (§20a Abs. 5 Satz 7): months spent in Germany on it, and
     * months since it ended spent abroad or lawfully in Germany on another title. `null` = never held one.
     */
    previousChancenkarte: z
      .strictObject({
        monthsUsed: z.number().int().min(0).max(12).optional(),
        monthsSinceEnd: z.number().int().min(0).max(600).optional(),
      })
      .nullable()
      .optional(),
  })
  .refine((profile) => profile.age !== undefined || profile.birthDate !== undefined, {
    message: 'either age or birthDate is required',
    path: ['age'],
  })
  .refine(
    (profile) =>
      profile.birthDate === undefined || profile.evaluationDate === undefined || profile.birthDate <= profile.evaluationDate,
    { message: 'birthDate must not be after evaluationDate', path: ['birthDate'] },
  );

export type Profile = z.infer<typeof profileSchema>;

const familyMemberSchema = z.strictObject({
  role: z.enum(['spouse', 'child', 'parent']),
  age: z.number().int().min(0).max(130),
  german: levelSchema.optional(),
  movesWithParent: z.boolean().optional(),
  healthInsurance: z.boolean().optional(),
  /** added: for a spouse, whether the marriage already existed when the sponsor's title was issued (§30 Abs. 1 Satz 1 Nr. 3 Buchst. e). */
  marriageExistedAtTitleIssue: z.boolean().optional(),
});

/** A family-reunification request (contract: FamilyRequest). */
export const familyRequestSchema = z.strictObject({
  evaluationDate: isoDateSchema.optional(),
  sponsor: z.strictObject({
    titleId: titleIdSchema,
    firstIssuedOn: isoDateSchema,
    annualGrossSalaryEur: euroAmountSchema.optional(),
    livingSpaceSufficient: z.boolean().optional(),
    livelihoodSecured: z.boolean().optional(),
  }),
  members: z.array(familyMemberSchema).min(1).max(20),
});

export type FamilyRequest = z.infer<typeof familyRequestSchema>;
export type FamilyMember = FamilyRequest['members'][number];

/** The HTTP body and CLI file form `{ "profile": Profile }`. */
export const evaluateRequestSchema = z.strictObject({ profile: profileSchema });
