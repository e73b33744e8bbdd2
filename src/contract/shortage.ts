import { z } from 'zod';
import { errorResponseSchema } from './errors';
import { statsQuerySchema, statsResponseSchema } from './steering';

/**
 * Shortage occupations (issue #14 §3): imports of the Federal Employment Agency's Engpassanalyse
 * (`/api/v1/admin/shortage-imports`) and the view occupation × country of origin
 * (`GET /api/v1/stats/shortage`).
 */

const bilingual = z.object({ de: z.string(), en: z.string() });

/** At most 2 MiB of CSV: the BA's whole table is a few hundred kilobytes. */
export const maxShortageCsvBytes = 2 * 1024 * 1024;

/** POST /api/v1/admin/shortage-imports?source=…&fileName=…&demo=true — the CSV itself is the body. */
export const shortageImportQuerySchema = z.strictObject({
  source: z.string().trim().min(3, 'name the source (at least 3 characters), e.g. "BA Engpassanalyse 2025"').max(300, 'at most 300 characters'),
  fileName: z.string().trim().min(1).max(200, 'at most 200 characters').optional().describe('The original file name (shown in the list)'),
  demo: z
    .enum(['true', 'false'], { error: 'true or false' })
    .optional()
    .transform((value) => value === 'true')
    .describe('Marks the import as demo data (not the BA figures)'),
});
export type ShortageImportQuery = z.input<typeof shortageImportQuerySchema>;

/** The request body of an import: the CSV file's bytes (UTF-8, `;` or `,`), validated by the server. */
export const shortageImportBodySchema = z.any().meta({
  type: 'string',
  format: 'binary',
  description: `The CSV file itself (text/csv or text/plain, UTF-8 with or without BOM), at most ${maxShortageCsvBytes} bytes; columns kldb, occupation, level, score, shortage, year, region`,
});

export const shortageImportParamsSchema = z.object({ id: z.uuid('not an import id') });

export const shortageImportSchema = z
  .object({
    id: z.uuid(),
    source: z.string(),
    fileName: z.string(),
    isDemo: z.boolean(),
    rowCount: z.number().int(),
    shortageCount: z.number().int().describe('Rows marked as shortage occupation'),
    years: z.array(z.number().int()),
    regions: z.array(z.string()),
    importedAt: z.iso.datetime({ offset: true }),
    importedBy: z.string().nullable().describe('Name of the person who imported it (null for the demo seed)'),
    /** The newest import is the one the view uses. */
    isCurrent: z.boolean(),
  })
  .meta({ id: 'ShortageImport' });
export type ShortageImport = z.infer<typeof shortageImportSchema>;

export const shortageImportListSchema = z.object({ items: z.array(shortageImportSchema).describe('Newest first') }).meta({ id: 'ShortageImportList' });
export type ShortageImportList = z.infer<typeof shortageImportListSchema>;

/** A refused file: every problem with its line (1 = header) and column. */
export const shortageImportProblemSchema = z.object({ line: z.number().int(), column: z.string().nullable(), message: bilingual });
export type ShortageImportProblem = z.infer<typeof shortageImportProblemSchema>;

export const shortageImportRefusalSchema = errorResponseSchema
  .extend({ problems: z.array(shortageImportProblemSchema).describe('Every problem of the file; nothing was imported') })
  .meta({ id: 'ShortageImportRefusal' });
export type ShortageImportRefusal = z.infer<typeof shortageImportRefusalSchema>;

/** An empty parameter means "no filter", as a form with an empty choice sends it. */
const flag = (message: string) =>
  z
    .union([z.enum(['true', 'false'], { error: message }), z.literal('')])
    .optional()
    .transform((value) => value === 'true');

/** The filters of every view, plus: shortage occupations only (or only others), partial recognitions only (§16d). */
export const shortageStatsQuerySchema = statsQuerySchema.safeExtend({
  shortage: z
    .union([z.enum(['yes', 'no'], { error: 'yes, no or empty' }), z.literal('')])
    .optional()
    .transform((value) => (value === '' ? undefined : value)),
  measure16d: flag('true, false or empty'),
});
export type ShortageStatsQuery = z.input<typeof shortageStatsQuerySchema>;
export type ShortageStatsFilter = z.output<typeof shortageStatsQuerySchema>;

/** The figures (a StatsResponse of view `shortage`) with the import they were matched against. */
export const shortageStatsResponseSchema = statsResponseSchema
  .extend({
    shortageImport: z
      .object({ id: z.uuid(), source: z.string(), isDemo: z.boolean(), importedAt: z.iso.datetime({ offset: true }), years: z.array(z.number().int()) })
      .nullable()
      .describe('The newest import of the Engpassanalyse (null: none yet, every occupation counts as not rated)'),
  })
  .meta({ id: 'ShortageStatsResponse' });
export type ShortageStatsResponse = z.infer<typeof shortageStatsResponseSchema>;
