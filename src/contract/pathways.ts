import { z } from 'zod';
import { evaluateRequestSchema, familyRequestSchema, profileSchema, titleMetadata } from '../domain/pathway/index';

export { coveredRange, type FamilyRequest, type Level, type Profile } from '../domain/pathway/index';

/** POST /api/v1/pathways/evaluate (../shared/domain/pathway-contract.md). */
export const evaluateBodySchema = evaluateRequestSchema;
export const familyBodySchema = familyRequestSchema;

/** No control characters (C0, DEL, C1) and no line or paragraph separators in text the PDF prints. */
const printable = (text: string) =>
  ![...text].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  });
const reportTextSchema = (max: number) =>
  z.string().trim().min(1).max(max).refine(printable, { message: 'must not contain control characters' });

/** A responsible office as the PDF names it (from the place lookup of the Wegweiser). */
export const reportOfficeSchema = z.strictObject({
  name: reportTextSchema(200),
  /** What kind of office it is, e.g. "Ausländerbehörde": one text or one per language. */
  kind: z.union([reportTextSchema(100), z.strictObject({ de: reportTextSchema(100), en: reportTextSchema(100) })]),
  email: z.email().max(254).optional(),
});
export type ReportOffice = z.infer<typeof reportOfficeSchema>;

export const REPORT_PERMALINK_MAX_LENGTH = 4000;

/**
 * The result's permalink, relative to the installation: `/wegweiser` with an optional query or
 * fragment (`#p=…`). No scheme, no host, no backslash, no control characters: the PDF turns it into
 * a link on LOTSE_PUBLIC_URL, so it must never point anywhere else.
 */
export const reportPermalinkSchema = z
  .string()
  .max(REPORT_PERMALINK_MAX_LENGTH)
  .refine(printable, { message: 'must not contain control characters' })
  .refine((path) => /^\/wegweiser(?:[/?#][A-Za-z0-9\-._~%!$&'()*+,;=:@/?#]*)?$/.test(path) && !path.startsWith('/wegweiser//'), {
    message: 'must be a relative path starting with /wegweiser (no scheme, no host)',
  });

/**
 * Family reunification in the PDF: the request of POST /api/v1/pathways/family without what the
 * report derives from the profile and its evaluation (evaluation date, the sponsor's salary; the
 * sponsor's title defaults to the best open path, its first issue to the evaluation date).
 */
export const reportFamilySchema = z.strictObject({
  sponsor: familyRequestSchema.shape.sponsor
    .omit({ annualGrossSalaryEur: true })
    .partial({ titleId: true, firstIssuedOn: true })
    .extend({
      titleId: z
        .string()
        .refine((id) => titleMetadata.some((title) => title.id === id && title.kind !== 'family'), { message: 'not a residence title of the Wegweiser for skilled workers' })
        .optional(),
    })
    .optional(),
  members: familyRequestSchema.shape.members,
});
export type ReportFamily = z.infer<typeof reportFamilySchema>;

/** POST /api/v1/pathways/report: the result and checklist as PDF, in the reader's language. */
export const reportBodySchema = z.strictObject({
  profile: profileSchema,
  language: z.enum(['de', 'en']).default('de'),
  family: reportFamilySchema.optional(),
  offices: z.array(reportOfficeSchema).max(12).optional(),
  permalink: reportPermalinkSchema.optional(),
});

const bilingual = z.object({ de: z.string(), en: z.string() });

export const conditionResultSchema = z.object({
  id: z.string(),
  legalRef: z.string(),
  status: z.enum(['met', 'not_met', 'unknown']),
  explanation: bilingual,
  values: z.record(z.string(), z.unknown()).optional(),
});

export const noticeSchema = z.object({ code: z.literal('YEAR_FIGURES_MISSING'), year: z.number().int(), text: bilingual });
export type EvaluationNotice = z.infer<typeof noticeSchema>;

export const evaluationSchema = z
  .object({
    evaluationDate: z.string(),
    ruleSet: z
      .object({
        id: z.string(),
        validFrom: z.string(),
        validUntil: z.string().optional(),
        frameworkId: z.string().optional(),
        parameterYear: z.number().optional(),
        /** false when the year's figures are not entered yet (figure-dependent conditions are unknown). */
        figuresEntered: z.boolean().optional(),
      })
      .loose(),
    /** Notices about the evaluation as a whole, e.g. YEAR_FIGURES_MISSING (contract, turn 2). */
    notices: z.array(noticeSchema).default([]),
    eligibleTitleIds: z.array(z.string()),
    titles: z.array(
      z.object({
        id: z.string(),
        name: bilingual,
        legalRef: z.string(),
        outcome: z.enum(['eligible', 'not_eligible', 'needs_info']),
        baApprovalRequired: z.boolean(),
        conditions: z.array(conditionResultSchema),
        documents: z.array(z.object({ id: z.string(), name: bilingual })),
        nextSteps: z.array(bilingual),
      }).loose(),
    ),
    chancenkarte: z.object({
      points: z.number(),
      minimumPoints: z.number(),
      breakdown: z.array(z.object({ criterion: z.string(), legalRef: z.string(), points: z.number() }).loose()),
    }).loose(),
  })
  .loose()
  .meta({ id: 'Evaluation' });
export type Evaluation = z.infer<typeof evaluationSchema>;

export const familyEvaluationSchema = z
  .object({
    members: z.array(
      z.object({
        role: z.string(),
        titleId: z.string(),
        outcome: z.enum(['eligible', 'not_eligible', 'needs_info']),
        discretionary: z.boolean(),
        conditions: z.array(conditionResultSchema),
      }).loose(),
    ),
    notices: z.array(noticeSchema).default([]),
  })
  .loose()
  .meta({ id: 'FamilyEvaluation' });
export type FamilyEvaluation = z.infer<typeof familyEvaluationSchema>;

// ---------------------------------------------------------------------------------------------
// For the web questionnaire (src/web may import only the contract, never the domain).

export type ReportBody = z.input<typeof reportBodySchema>;

const titleResultSchema = evaluationSchema.shape.titles.element;
const chancenkarteResultSchema = evaluationSchema.shape.chancenkarte;

/**
 * The Evaluation with the fields the engine adds beyond the contract (domain types.ts, "added"):
 * how the authority decides, the rank, and per Chancenkarte criterion its status and a name.
 * All optional, so the web still works against a server that sends only the contract fields.
 */
export const evaluationDetailsSchema = evaluationSchema.extend({
  titles: z.array(
    titleResultSchema.extend({
      decision: z.enum(['entitlement', 'regular', 'discretionary']).optional(),
      rank: z.number().optional(),
    }),
  ),
  chancenkarte: chancenkarteResultSchema.extend({
    maximumReachablePoints: z.number().optional(),
    breakdown: z.array(
      chancenkarteResultSchema.shape.breakdown.element.extend({
        status: z.enum(['met', 'not_met', 'unknown']).optional(),
        label: bilingual.optional(),
      }),
    ),
  }),
});
export type EvaluationDetails = z.infer<typeof evaluationDetailsSchema>;
export type TitleResult = EvaluationDetails['titles'][number];
export type ConditionResult = z.infer<typeof conditionResultSchema>;
export type DecisionKind = NonNullable<TitleResult['decision']>;
