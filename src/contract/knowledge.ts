import { z } from 'zod';
import { journeyStages } from '../domain/journey/index';
import {
  articleActions,
  articleStatuses,
  knowledgeTopics,
  parameterKeys,
  wegweiserConditionIds,
  wegweiserTitleIds,
} from '../domain/knowledge/index';
import { isoDateSchema } from '../domain/pathway/index';

/**
 * Knowledge articles (../shared/CONTRACT.md "versioned articles"): requests and responses of
 * /api/v1/articles. Readers see the published version; editors also drafts and every version.
 */

export { articleActions, articleStatuses, knowledgeTopics, parameterKeys } from '../domain/knowledge/index';

export const articleStatusSchema = z.enum(articleStatuses);
export const articleActionSchema = z.enum(articleActions);
export const knowledgeTopicSchema = z.enum(knowledgeTopics);
export const parameterKeySchema = z.enum(parameterKeys);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;
export type ArticleAction = z.infer<typeof articleActionSchema>;
export type KnowledgeTopic = z.infer<typeof knowledgeTopicSchema>;

const citationPart = (example: string) =>
  z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().trim().min(1).max(20).regex(/^[0-9A-Za-z .]+$/, `letters, digits, spaces, e.g. ${example}`));

export const legalReferenceSchema = z
  .strictObject({
    law: z.string().trim().min(1).max(30).regex(/^[A-Za-zÄÖÜäöüß0-9][A-Za-zÄÖÜäöüß0-9 -]*$/, 'the law abbreviation, e.g. AufenthG or SGB VI'),
    section: citationPart('18g'),
    paragraph: citationPart('1').optional(),
    sentence: citationPart('2').optional(),
  })
  .meta({ id: 'LegalReference' });
export type LegalReferenceInput = z.infer<typeof legalReferenceSchema>;

const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'lower-case letters, digits and hyphens');
const unique = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((items) => new Set(items).size === items.length, 'each entry once');

/** The editable content of an article; every PATCH stores a complete new version of it. */
export const articleContentFields = {
  language: z.enum(['de', 'en']),
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().min(1).max(1000),
  body: z.string().min(1).max(200_000).describe('Markdown; raw HTML is shown as text, never executed'),
  topics: unique(knowledgeTopicSchema, knowledgeTopics.length).min(1, 'name at least one topic'),
  legalRefs: z.array(legalReferenceSchema).max(50),
  validFrom: isoDateSchema,
  validUntil: isoDateSchema.nullable(),
  wegweiserTitles: unique(
    z.string().refine((id) => wegweiserTitleIds.includes(id), 'not a residence title id of the Wegweiser'),
    50,
  ),
  wegweiserConditions: unique(
    z.string().refine((id) => wegweiserConditionIds.includes(id), 'not a condition id of the Wegweiser'),
    100,
  ),
  caseStages: unique(z.enum(journeyStages), journeyStages.length),
  parameters: unique(parameterKeySchema, parameterKeys.length).describe('Yearly figures the text cites (needs-review check)'),
};

const validityRefinement = {
  check: (body: { validFrom?: string; validUntil?: string | null }) =>
    !body.validFrom || !body.validUntil || body.validUntil >= body.validFrom,
  message: { message: 'must not be before validFrom', path: ['validUntil'] },
};

/** POST /api/v1/articles: a new article as a draft (version 1). */
export const createArticleBodySchema = z
  .strictObject({
    slug: slugSchema.optional().describe('Default: derived from the title'),
    ...articleContentFields,
    wegweiserTitles: articleContentFields.wegweiserTitles.default([]),
    wegweiserConditions: articleContentFields.wegweiserConditions.default([]),
    caseStages: articleContentFields.caseStages.default([]),
    parameters: articleContentFields.parameters.default([]),
    legalRefs: articleContentFields.legalRefs.default([]),
    validUntil: articleContentFields.validUntil.default(null),
    changeNote: z.string().trim().max(500).optional(),
  })
  .refine(validityRefinement.check, validityRefinement.message);
export type CreateArticleBody = z.infer<typeof createArticleBodySchema>;

/** PATCH /api/v1/articles/{id}: a new version from the newest one with the fields given changed. */
export const patchArticleBodySchema = z
  .strictObject({
    version: z.number().int().min(1).optional().describe('Alternative to the If-Match header: the newest version you saw'),
    title: articleContentFields.title.optional(),
    language: articleContentFields.language.optional(),
    summary: articleContentFields.summary.optional(),
    body: articleContentFields.body.optional(),
    topics: articleContentFields.topics.optional(),
    legalRefs: articleContentFields.legalRefs.optional(),
    validFrom: articleContentFields.validFrom.optional(),
    validUntil: articleContentFields.validUntil.optional(),
    wegweiserTitles: articleContentFields.wegweiserTitles.optional(),
    wegweiserConditions: articleContentFields.wegweiserConditions.optional(),
    caseStages: articleContentFields.caseStages.optional(),
    parameters: articleContentFields.parameters.optional(),
    changeNote: z.string().trim().max(500).optional(),
  })
  .refine(validityRefinement.check, validityRefinement.message);
export type PatchArticleBody = z.infer<typeof patchArticleBodySchema>;

/** POST /api/v1/articles/{id}/{transition}: the version the caller saw (If-Match or body). */
export const transitionBodySchema = z
  .strictObject({
    version: z.number().int().min(1).optional(),
    note: z.string().trim().max(2000).optional().describe('For request-changes: what to change (required there)'),
  })
  .default({});
export type TransitionBody = z.infer<typeof transitionBodySchema>;

export const articleTransitions = ['submit', 'approve', 'request-changes', 'archive', 'restore'] as const;
export const articleTransitionSchema = z.enum(articleTransitions);
export type ArticleTransition = z.infer<typeof articleTransitionSchema>;

export const articleParamsSchema = z.object({ id: z.uuid() });


export const articleQuerySchema = z.strictObject({
  version: z.coerce.number().int().min(1).max(1_000_000).optional().describe('A particular version (default: the one for the caller)'),
});

export const articleListQuerySchema = z.strictObject({
  status: articleStatusSchema.optional().describe('Editors only; readers always get published articles'),
  topic: knowledgeTopicSchema.optional(),
  wegweiserTitle: z.string().max(40).optional(),
  wegweiserCondition: z.string().max(80).optional(),
  caseStage: z.enum(journeyStages).optional(),
  needsReview: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('true: only published articles whose cited figures or validity need a review'),
  sort: z.enum(['updated', 'title']).default('updated'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ArticleListQuery = z.infer<typeof articleListQuerySchema>;

export const articleDiffQuerySchema = z.strictObject({
  from: z.coerce.number().int().min(1).max(1_000_000),
  to: z.coerce.number().int().min(1).max(1_000_000),
});

export const articleReadBodySchema = z.strictObject({ version: z.number().int().min(1) });

export const markdownPreviewBodySchema = z.strictObject({ body: z.string().max(200_000) });
export const markdownPreviewResponseSchema = z.object({ html: z.string() });

// ---------------------------------------------------------------------------------------------
// Responses

const personRefSchema = z.object({ id: z.string(), name: z.string() }).nullable();

export const reviewReasonSchema = z
  .discriminatedUnion('code', [
    z.object({
      code: z.literal('parameter_changed'),
      key: parameterKeySchema,
      cited: z.number().nullable(),
      current: z.number(),
      unit: z.enum(['cents', 'count']),
    }),
    z.object({ code: z.literal('expired'), validUntil: z.string() }),
  ])
  .meta({ id: 'ReviewReason' });
export type ReviewReason = z.infer<typeof reviewReasonSchema>;

export const articleListItemSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    status: articleStatusSchema,
    language: z.string(),
    title: z.string(),
    summary: z.string(),
    topics: z.array(z.string()),
    version: z.number().int().describe('The version this item shows'),
    latestVersion: z.number().int(),
    publishedVersion: z.number().int().nullable(),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
    needsReview: z.boolean(),
    changedSinceRead: z.boolean().describe('Signed in: a newer version was published since you last read it'),
  })
  .meta({ id: 'ArticleListItem' });
export type ArticleListItem = z.infer<typeof articleListItemSchema>;

export const articleListResponseSchema = z.object({ items: z.array(articleListItemSchema), total: z.number().int() });
export type ArticleListResponse = z.infer<typeof articleListResponseSchema>;

export const articleSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    status: articleStatusSchema,
    version: z.number().int().describe('The version shown'),
    latestVersion: z.number().int().describe('The newest version (ETag; If-Match for changes)'),
    publishedVersion: z.number().int().nullable(),
    language: z.enum(['de', 'en']),
    title: z.string(),
    summary: z.string(),
    body: z.string().describe('Markdown source'),
    bodyHtml: z.string().describe('Rendered and sanitised on the server'),
    topics: z.array(z.string()),
    legalRefs: z.array(
      z.object({ law: z.string(), section: z.string(), paragraph: z.string().optional(), sentence: z.string().optional(), citation: z.string() }),
    ),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    wegweiserTitles: z.array(z.object({ id: z.string(), name: z.string() })),
    wegweiserConditions: z.array(z.string()),
    caseStages: z.array(z.string()),
    parameters: z.array(z.string()),
    changeNote: z.string().nullable(),
    author: personRefSchema,
    reviewer: personRefSchema,
    reviewedAt: z.string().nullable(),
    createdAt: z.string().describe('When this version was written'),
    publishedAt: z.string().nullable(),
    reviewNote: z.string().nullable(),
    reviewReasons: z.array(reviewReasonSchema),
    lastReadVersion: z.number().int().nullable().describe('Signed in: the version you last read'),
    changedSinceRead: z.boolean(),
    allowedActions: z.array(articleActionSchema).describe('What the caller may do now (four-eyes rule applied)'),
  })
  .meta({ id: 'Article' });
export type Article = z.infer<typeof articleSchema>;

export const articleVersionSchema = z
  .object({
    number: z.number().int(),
    title: z.string(),
    changeNote: z.string().nullable(),
    author: personRefSchema,
    reviewer: personRefSchema,
    reviewedAt: z.string().nullable(),
    createdAt: z.string(),
    isPublished: z.boolean().describe('The version readers see now'),
  })
  .meta({ id: 'ArticleVersion' });
export type ArticleVersion = z.infer<typeof articleVersionSchema>;

export const articleVersionsResponseSchema = z.object({ items: z.array(articleVersionSchema) });

export const articleDiffResponseSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    fields: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
    lines: z.array(z.object({ kind: z.enum(['added', 'removed', 'unchanged']), text: z.string() })),
    added: z.number().int(),
    removed: z.number().int(),
  })
  .meta({ id: 'ArticleDiff' });
export type ArticleDiff = z.infer<typeof articleDiffResponseSchema>;
