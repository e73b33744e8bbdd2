import { z } from 'zod';
import { laender } from '../domain/identity/organisation-kinds';
import { obstacleCategories } from '../domain/journey/obstacles';
import { obstacleReportStatuses } from '../domain/steering/vocabulary';
import { legalReferenceSchema } from './knowledge';

/**
 * Obstacles ("Hemmnisse") for the Praxis-Check beyond the ones tagged on a case: reported
 * without a case by any member of the network, moderated by the steering body; and the free
 * texts of case obstacles, shown anywhere only after a steering user cleared them of personal data.
 */

export { obstacleCategories, obstacleReportStatuses };

const bilingual = z.object({ de: z.string(), en: z.string() });
const isoDate = z.iso.date('a date as YYYY-MM-DD').refine((value) => value >= '2000-01-01' && value <= '2099-12-31', 'a date from 2000 to 2099');
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.enum(values, { error: message }), z.literal('')])
    .optional()
    .transform((value) => (value === '' ? undefined : value));

export const obstacleCategoryField = z.enum(obstacleCategories, { error: 'not a kind of obstacle' });

/** POST /api/v1/obstacle-reports ("Hemmnis melden"). */
export const createObstacleReportSchema = z.strictObject({
  category: obstacleCategoryField,
  description: z
    .string({ error: 'describe the obstacle' })
    .trim()
    .min(10, 'describe the obstacle in at least 10 characters')
    .max(4000, 'at most 4000 characters')
    .describe('What happens in practice; no names or data of persons'),
  legalReference: legalReferenceSchema.optional().describe('The norm the obstacle concerns, e.g. §81a Abs. 3 AufenthG'),
});
export type CreateObstacleReportBody = z.input<typeof createObstacleReportSchema>;

export const obstacleReportSchema = z
  .object({
    id: z.uuid(),
    category: z.enum(obstacleCategories),
    categoryName: bilingual,
    description: z.string(),
    /** The citation as written ("§81a Abs. 3 AufenthG"), or null. */
    legalReference: z.string().nullable(),
    organisationName: z.string().nullable(),
    status: z.enum(obstacleReportStatuses),
    moderationReason: z.string().nullable(),
    moderatedAt: z.iso.datetime({ offset: true }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ObstacleReport' });
export type ObstacleReport = z.infer<typeof obstacleReportSchema>;

export const obstacleReportListQuerySchema = z.strictObject({
  status: optionalChoice(obstacleReportStatuses, 'one of pending, accepted, rejected'),
});

export const obstacleReportListSchema = z.object({ items: z.array(obstacleReportSchema) }).meta({ id: 'ObstacleReportList' });
export type ObstacleReportList = z.infer<typeof obstacleReportListSchema>;

/** POST /api/v1/obstacle-reports/{id}/decision: also corrects an earlier decision. */
export const obstacleReportDecisionSchema = z
  .strictObject({
    decision: z.enum(['accepted', 'rejected'], { error: 'accepted or rejected' }),
    reason: z.string().trim().max(1000, 'at most 1000 characters').optional(),
  })
  .refine((body) => body.decision !== 'rejected' || (body.reason ?? '').length > 0, { path: ['reason'], message: 'give a reason for the rejection' });
export type ObstacleReportDecisionBody = z.input<typeof obstacleReportDecisionSchema>;

export const clearanceStatuses = ['open', 'cleared', 'withheld'] as const;
export type ClearanceStatus = (typeof clearanceStatuses)[number];

export const obstacleTextListQuerySchema = z.strictObject({
  status: optionalChoice(clearanceStatuses, 'one of open, cleared, withheld'),
});

/**
 * A case obstacle's free text for review: only category, stage, the responsible authority and
 * the month go with it — never the case, its reference or a person.
 */
export const obstacleTextReviewSchema = z
  .object({
    obstacleId: z.uuid(),
    category: z.enum(obstacleCategories),
    categoryName: bilingual,
    stageName: bilingual,
    authorityName: z.string().nullable(),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    monthName: bilingual,
    text: z.string(),
    status: z.enum(clearanceStatuses),
    clearedText: z.string().nullable(),
    decidedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'ObstacleTextReview' });
export type ObstacleTextReview = z.infer<typeof obstacleTextReviewSchema>;

export const obstacleTextReviewListSchema = z.object({ items: z.array(obstacleTextReviewSchema) }).meta({ id: 'ObstacleTextReviewList' });
export type ObstacleTextReviewList = z.infer<typeof obstacleTextReviewListSchema>;

/** PUT /api/v1/obstacle-texts/{obstacleId}/clearance: "frei von Personenbezug" or "nicht verwenden". */
export const obstacleTextClearanceSchema = z.strictObject({
  decision: z.enum(['cleared', 'withheld'], { error: 'cleared or withheld' }),
  clearedText: z
    .string()
    .trim()
    .min(1, 'the text to show, or leave it out to keep the text as written')
    .max(4000, 'at most 4000 characters')
    .optional()
    .describe('The text as it may be shown (shortened to remove details); only with decision cleared'),
});
export type ObstacleTextClearanceBody = z.input<typeof obstacleTextClearanceSchema>;

/** GET /api/v1/stats/obstacle-texts: the period defaults to the last 12 months up to today. */
export const obstacleTextsQuerySchema = z
  .strictObject({
    category: optionalChoice(obstacleCategories, 'not a kind of obstacle'),
    from: isoDate.optional(),
    to: isoDate.optional(),
    land: optionalChoice(laender, 'not a Land (two letters, e.g. RP)'),
    authority: z
      .union([z.uuid('not an organisation id'), z.literal('')])
      .optional()
      .transform((value) => (value === '' ? undefined : value)),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    path: ['from'],
    message: 'the period starts after it ends',
  });
export type ObstacleTextsQuery = z.input<typeof obstacleTextsQuerySchema>;
export type ObstacleTextsFilter = z.output<typeof obstacleTextsQuerySchema>;

/** Texts are published for a category only when at least this many obstacles of it are in the selection. */
export const minimumObstaclesForTexts = 5;

export const practiceDescriptionSchema = z
  .object({
    /** `case`: a cleared free text of a case obstacle; `report`: an accepted report without a case. */
    source: z.enum(['case', 'report']),
    text: z.string(),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    monthName: bilingual,
    /** The journey stage the obstacle was recorded in (reports have none). */
    stageName: bilingual.nullable(),
    legalReference: z.string().nullable(),
  })
  .meta({ id: 'PracticeDescription' });
export type PracticeDescription = z.infer<typeof practiceDescriptionSchema>;

export const obstacleTextsResponseSchema = z
  .object({
    period: z.object({ from: z.iso.date(), to: z.iso.date() }),
    scope: z.object({ kind: z.enum(['network', 'organisation']), organisationName: z.string().nullable() }),
    categories: z.array(
      z.object({
        category: z.enum(obstacleCategories),
        categoryName: bilingual,
        /** False when fewer than 5 obstacles of the category are in the selection: then no texts are given. */
        enough: z.boolean(),
        items: z.array(practiceDescriptionSchema),
      }),
    ),
  })
  .meta({ id: 'ObstacleTexts' });
export type ObstacleTextsResponse = z.infer<typeof obstacleTextsResponseSchema>;
