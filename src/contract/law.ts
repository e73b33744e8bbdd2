import { z } from 'zod';
import { yearFiguresInputSchema } from '../domain/pathway/index';

const bilingual = z.object({ de: z.string(), en: z.string() });

/** GET /api/v1/pathways/law: the legal state the Wegweiser evaluates under (public). */
export const lawStateSchema = z
  .object({
    /** Today in Germany (YYYY-MM-DD). */
    today: z.string(),
    /** The first day any rule set covers; earlier dates are refused. */
    coveredFrom: z.string(),
    /** Calendar years whose figures are in force (built in or entered), ascending. */
    figureYears: z.array(z.number().int()),
    /** True when today's year has no figures yet: salary- and funds-dependent answers are open. */
    todayFiguresMissing: z.boolean(),
    ruleSets: z.array(z.object({ description: bilingual, validFrom: z.string(), validUntil: z.string().optional() })),
  })
  .meta({ id: 'LawState' });
export type LawState = z.infer<typeof lawStateSchema>;

const figureSchema = z.object({
  id: z.string(),
  name: bilingual,
  legalRef: z.string(),
  unit: z.enum(['euro', 'count']),
  value: z.number(),
  source: z.string(),
  publishedOn: z.string().nullable(),
});

const thresholdSchema = z.object({
  id: z.string(),
  name: bilingual,
  legalRef: z.string(),
  /** Statutory percentage of the pension-insurance ceiling, e.g. 45.3. */
  percent: z.number(),
  derivedEur: z.number(),
  publishedEur: z.number().nullable(),
});

export const lawYearSchema = z.object({
  year: z.number().int(),
  /** built_in: shipped with Lotse; entered: entered or corrected by an administrator. */
  origin: z.enum(['built_in', 'entered']),
  revision: z.number().int().nullable(),
  enteredAt: z.string().nullable(),
  enteredBy: z.string().nullable(),
  note: z.string().nullable(),
  figures: z.array(figureSchema),
  thresholds: z.array(thresholdSchema),
  publishedThresholdsSource: z.string().nullable(),
});
export type LawYear = z.infer<typeof lawYearSchema>;

/** GET /api/v1/law/years (admin, steering). */
export const lawYearsResponseSchema = z
  .object({ years: z.array(lawYearSchema), nextYear: z.number().int(), figureRules: z.array(z.object({ id: z.string(), name: bilingual, legalRef: z.string(), unit: z.enum(['euro', 'count']), min: z.number(), max: z.number() })) })
  .meta({ id: 'LawYears' });
export type LawYearsResponse = z.infer<typeof lawYearsResponseSchema>;

/**
 * PUT /api/v1/law/years/{year} (admin): enter a new year or correct one. `expectedRevision` is the
 * revision the form was read at (null for a year never entered), so two admins cannot overwrite
 * each other unseen.
 */
export const setLawYearBodySchema = z.strictObject({
  figures: yearFiguresInputSchema,
  expectedRevision: z.number().int().min(1).nullable(),
});
export type SetLawYearBody = z.input<typeof setLawYearBodySchema>;
export type YearFiguresBody = SetLawYearBody['figures'];

export const lawYearParamsSchema = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) });
