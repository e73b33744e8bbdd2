import { z } from 'zod';
import { laender } from '../domain/identity/organisation-kinds';
import { titleIds } from '../domain/pathway/index';
import { countryGroups, steeringViews } from '../domain/steering/index';

/**
 * The steering figures (`GET /api/v1/stats/{view}`): every view is a list of tables of the same
 * shape, so one component draws chart and table, and one writer makes CSV, XLSX and the PDF.
 */

const bilingual = z.object({ de: z.string(), en: z.string() });

const isoDate = z.iso.date('a date as YYYY-MM-DD').refine((value) => value >= '2000-01-01' && value <= '2099-12-31', 'a date from 2000 to 2099');
/** An empty parameter (`land=`) means "no filter", as a form with an empty choice sends it. */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .union([z.enum(values, { error: message }), z.literal('')])
    .optional()
    .transform((value) => (value === '' ? undefined : value));

export const statsFormats = ['json', 'csv', 'xlsx'] as const;

/** Filters of every view; the period defaults to the last 12 months up to today. */
export const statsQuerySchema = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    land: optionalChoice(laender, 'not a Land (two letters, e.g. RP)'),
    authority: z
      .union([z.uuid('not an organisation id'), z.literal('')])
      .optional()
      .transform((value) => (value === '' ? undefined : value)),
    title: optionalChoice(titleIds as unknown as readonly [string, ...string[]], 'not a residence title of the Wegweiser'),
    countryGroup: optionalChoice(countryGroups, 'not a country group'),
    format: optionalChoice(statsFormats, 'one of json, csv, xlsx'),
    /** The language of a CSV or XLSX file (default: the Accept-Language header, else German). */
    language: optionalChoice(['de', 'en'] as const, 'de or en'),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    path: ['from'],
    message: 'the period starts after it ends',
  });
export type StatsQuery = z.input<typeof statsQuerySchema>;
export type StatsFilter = z.output<typeof statsQuerySchema>;

/** A published figure: `null` with `suppressed: true` when it could single out a person. */
export const statsValueSchema = z.object({ value: z.number().nullable(), suppressed: z.boolean() }).meta({ id: 'StatsValue' });
export type StatsValue = z.infer<typeof statsValueSchema>;

export const statsUnits = ['count', 'days', 'hours', 'share', 'score'] as const;
export type StatsUnit = (typeof statsUnits)[number];

export const statsColumnSchema = z.object({ key: z.string(), label: bilingual, unit: z.enum(statsUnits) }).meta({ id: 'StatsColumn' });
export type StatsColumn = z.infer<typeof statsColumnSchema>;

export const statsRowSchema = z
  .object({ key: z.string(), label: bilingual, values: z.record(z.string(), statsValueSchema) })
  .meta({ id: 'StatsRow' });
export type StatsRow = z.infer<typeof statsRowSchema>;

/** How the table is drawn: bars per row, bars stacked over the columns, a line over time, a heat map. */
export const statsCharts = ['bar', 'stacked', 'line', 'heatmap', 'none'] as const;

export const statsTableSchema = z
  .object({
    id: z.string(),
    title: bilingual,
    /** One sentence on what the table shows and how it is counted. */
    description: bilingual,
    chart: z.enum(statsCharts),
    columns: z.array(statsColumnSchema),
    rows: z.array(statsRowSchema),
    /** The row of totals (same columns), when the table has one. */
    total: statsRowSchema.nullable(),
    /** A finding in words (e.g. the stage that holds cases longest), or null. */
    highlight: bilingual.nullable(),
  })
  .meta({ id: 'StatsTable' });
export type StatsTable = z.infer<typeof statsTableSchema>;

export const statsResponseSchema = z
  .object({
    view: z.enum(steeringViews),
    /** When the figures were computed (they are at most 5 minutes old). */
    asOf: z.iso.datetime({ offset: true }),
    period: z.object({ from: z.iso.date(), to: z.iso.date() }),
    /** The whole network, or one organisation (an Ausländerbehörde's case workers see their own). */
    scope: z.object({ kind: z.enum(['network', 'organisation']), organisationName: z.string().nullable() }),
    /** The applied filters in words, for headings and file names. */
    filters: z.array(z.object({ key: z.string(), label: bilingual, value: bilingual })),
    tables: z.array(statsTableSchema),
  })
  .meta({ id: 'StatsResponse' });
export type StatsResponse = z.infer<typeof statsResponseSchema>;

/** The choices of the filter form (authorities of the scope, titles, Länder, country groups) with their names. */
export const statsFilterOptionsSchema = z
  .object({
    laender: z.array(z.object({ code: z.enum(laender), name: bilingual })),
    authorities: z.array(z.object({ id: z.uuid(), name: z.string(), land: z.enum(laender) })),
    titles: z.array(z.object({ id: z.string(), name: bilingual })),
    countryGroups: z.array(z.object({ id: z.enum(countryGroups), name: bilingual })),
    scope: z.object({ kind: z.enum(['network', 'organisation']), organisationName: z.string().nullable() }),
  })
  .meta({ id: 'StatsFilterOptions' });
export type StatsFilterOptions = z.infer<typeof statsFilterOptionsSchema>;
