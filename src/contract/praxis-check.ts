import { z } from 'zod';
import { praxisCheckSections } from '../domain/steering/index';

export { praxisCheckSections };
import { statsQuerySchema, statsResponseSchema } from './steering';

/**
 * The Praxis-Check report (`/steuerung/praxis-check`): a report has a period and scope and a list of
 * versions; the steering body edits one draft at a time (Markdown per section) and publishes it,
 * which freezes text and figures. Downloads: `GET /api/v1/reports/praxis-check?format=pdf|csv`.
 */

const bilingual = z.object({ de: z.string(), en: z.string() });

export const praxisCheckSectionSchema = z.enum(praxisCheckSections, { error: 'not a section of the Praxis-Check' });
const sectionText = z.string().max(20_000, 'at most 20,000 characters');

/** Markdown per section; a missing section is empty. */
export const praxisCheckSectionsSchema = z.partialRecord(praxisCheckSectionSchema, sectionText);
export type PraxisCheckSections = z.infer<typeof praxisCheckSectionsSchema>;

const filterShape = statsQuerySchema.shape;

/** The scope of a report: the filters of the steering figures (period required). */
export const praxisCheckScopeSchema = z
  .strictObject({
    from: filterShape.from.unwrap(),
    to: filterShape.to.unwrap(),
    land: filterShape.land,
    authority: filterShape.authority,
    title: filterShape.title,
    countryGroup: filterShape.countryGroup,
  })
  .refine((scope) => scope.from <= scope.to, { path: ['from'], message: 'the period starts after it ends' });
export type PraxisCheckScopeInput = z.input<typeof praxisCheckScopeSchema>;
export type PraxisCheckScope = z.output<typeof praxisCheckScopeSchema>;

export const createPraxisCheckBodySchema = z.strictObject({
  title: z.string().trim().min(3, 'at least 3 characters').max(200, 'at most 200 characters'),
  scope: praxisCheckScopeSchema,
});
export type CreatePraxisCheckBody = z.input<typeof createPraxisCheckBodySchema>;

export const praxisCheckVersionStatuses = ['draft', 'published'] as const;

export const praxisCheckVersionSummarySchema = z
  .object({
    version: z.number().int().positive(),
    status: z.enum(praxisCheckVersionStatuses),
    editedAt: z.iso.datetime({ offset: true }),
    editedByName: z.string().nullable(),
    publishedAt: z.iso.datetime({ offset: true }).nullable(),
    publishedByName: z.string().nullable(),
  })
  .meta({ id: 'PraxisCheckVersionSummary' });
export type PraxisCheckVersionSummary = z.infer<typeof praxisCheckVersionSummarySchema>;

export const praxisCheckReportSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    period: z.object({ from: z.iso.date(), to: z.iso.date() }),
    /** The filters as chosen (ids) and in words (never shown as codes). */
    scope: z.object({
      land: z.string().nullable(),
      authority: z.string().nullable(),
      title: z.string().nullable(),
      countryGroup: z.string().nullable(),
    }),
    scopeWords: z.array(z.object({ key: z.string(), label: bilingual, value: bilingual })),
    createdAt: z.iso.datetime({ offset: true }),
    /** Newest first. */
    versions: z.array(praxisCheckVersionSummarySchema),
  })
  .meta({ id: 'PraxisCheckReport' });
export type PraxisCheckReport = z.infer<typeof praxisCheckReportSchema>;

export const praxisCheckListSchema = z.object({ items: z.array(praxisCheckReportSchema) }).meta({ id: 'PraxisCheckList' });
export type PraxisCheckList = z.infer<typeof praxisCheckListSchema>;

/** One version with its Markdown and the same Markdown rendered and sanitised as an article is. */
export const praxisCheckVersionSchema = praxisCheckVersionSummarySchema
  .extend({
    reportId: z.uuid(),
    sections: z.record(praxisCheckSectionSchema, z.string()),
    html: z.record(praxisCheckSectionSchema, z.string()),
    sectionNames: z.record(praxisCheckSectionSchema, bilingual),
  })
  .meta({ id: 'PraxisCheckVersion' });
export type PraxisCheckVersion = z.infer<typeof praxisCheckVersionSchema>;

export const praxisCheckReportParamsSchema = z.strictObject({ id: z.uuid('not a report id') });
export const praxisCheckVersionParamsSchema = z.strictObject({
  id: z.uuid('not a report id'),
  version: z.coerce.number('not a version number').int('not a version number').positive('not a version number'),
});

/** Saving the draft: the sections changed, and `editedAt` as last read (optimistic concurrency). */
export const savePraxisCheckDraftBodySchema = z.strictObject({
  sections: praxisCheckSectionsSchema,
  editedAt: z.iso.datetime({ offset: true, error: 'the editedAt of the version as read' }),
});
export type SavePraxisCheckDraftBody = z.infer<typeof savePraxisCheckDraftBodySchema>;

export const publishPraxisCheckBodySchema = z.strictObject({
  editedAt: z.iso.datetime({ offset: true, error: 'the editedAt of the version as read' }),
});

export const praxisCheckPreviewBodySchema = z.strictObject({ body: sectionText });
export const praxisCheckPreviewResponseSchema = z.object({ html: z.string() });

export const praxisCheckDownloadQuerySchema = z.strictObject({
  format: z.enum(['pdf', 'csv'], { error: 'one of pdf, csv' }),
  report: z.uuid('not a report id').optional(),
  version: z.coerce.number('not a version number').int('not a version number').positive('not a version number').optional(),
  lang: z.enum(['de', 'en'], { error: 'one of de, en' }).optional(),
});
export type PraxisCheckDownloadQuery = z.input<typeof praxisCheckDownloadQuerySchema>;
export type PraxisCheckDownloadRequest = z.output<typeof praxisCheckDownloadQuerySchema>;

/** An anonymised description of practice: a cleared case obstacle or an accepted report. */
export const praxisCheckPracticeSchema = z.object({
  source: z.enum(['case', 'report']),
  category: z.string(),
  categoryName: bilingual,
  text: z.string(),
  legalReference: z.string().nullable(),
  /** The month it was recorded (YYYY-MM), not the day. */
  month: z.string(),
});
export type PraxisCheckPractice = z.infer<typeof praxisCheckPracticeSchema>;

/** The figures of a report; frozen into a published version (jsonb). */
export const praxisCheckFiguresSchema = z
  .object({
    asOf: z.iso.datetime({ offset: true }),
    views: z.array(statsResponseSchema),
    obstacles: z.array(z.object({ category: z.string(), name: bilingual, cases: z.number().nullable(), reports: z.number().nullable(), suppressed: z.boolean() })),
    practice: z.array(praxisCheckPracticeSchema),
  })
  .meta({ id: 'PraxisCheckFigures' });
export type PraxisCheckFigures = z.infer<typeof praxisCheckFiguresSchema>;
