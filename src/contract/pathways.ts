import { z } from 'zod';
import { evaluateRequestSchema, familyRequestSchema, profileSchema } from '../domain/pathway/index';

export { coveredRange, type FamilyRequest, type Level, type Profile } from '../domain/pathway/index';

/** POST /api/v1/pathways/evaluate (../shared/domain/pathway-contract.md). */
export const evaluateBodySchema = evaluateRequestSchema;
export const familyBodySchema = familyRequestSchema;

/** POST /api/v1/pathways/report: the result and checklist as PDF, in the reader's language. */
export const reportBodySchema = z.strictObject({ profile: profileSchema, language: z.enum(['de', 'en']).default('de') });

const bilingual = z.object({ de: z.string(), en: z.string() });

export const conditionResultSchema = z.object({
  id: z.string(),
  legalRef: z.string(),
  status: z.enum(['met', 'not_met', 'unknown']),
  explanation: bilingual,
  values: z.record(z.string(), z.unknown()).optional(),
});

export const evaluationSchema = z
  .object({
    evaluationDate: z.string(),
    ruleSet: z.object({ id: z.string(), validFrom: z.string(), validUntil: z.string().optional() }),
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
