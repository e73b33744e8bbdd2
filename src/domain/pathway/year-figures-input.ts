/**
 * A year's figures as a person enters them (admin screen, `lotse law set-year`): each value with
 * the publication it comes from and its publication date. Validated for presence, plausible range
 * and whole cents; the legal reference of each figure is fixed by the rule that defines it, so it
 * is not typed in. Cross-checks between figures (published thresholds against the derived ones,
 * contiguous years) run when an engine is built from the result (rule-validation.ts).
 */
import { z } from 'zod';
import { eurosToCents, hasWholeCents } from '../shared/money';
import type { SalaryThresholdId, YearlyParameters } from './rule-model';
import type { YearFigureId } from './year-figures';
import { isoDateSchema } from './profile-schema';

/** The earliest and latest year a person may enter (the rule sets start in 2024). */
export const FIRST_FIGURE_YEAR = 2024;
export const LAST_FIGURE_YEAR = 2100;

/** Per figure: its legal reference, unit and the range a real value lies in (a typo guard, not law). */
export const yearFigureRules: Record<YearFigureId, { legalRef: string; unit: 'euro' | 'count'; min: number; max: number }> = {
  pensionCeiling: { legalRef: 'SGB VI Anlage 2 (Beitragsbemessungsgrenze allgemeine Rentenversicherung)', unit: 'euro', min: 50_000, max: 300_000 },
  chancenkarteFundsPerMonth: { legalRef: '§20a Abs. 4 Satz 1 AufenthG (Verwaltungspraxis: Betrag nach §2 Abs. 3 Satz 6 AufenthG)', unit: 'euro', min: 500, max: 5_000 },
  qualificationMeasureFundsPerMonth: { legalRef: '§2 Abs. 3 Satz 6 AufenthG (BAföG-Bedarf + 10 %)', unit: 'euro', min: 500, max: 5_000 },
  studyFundsPerMonth: { legalRef: '§2 Abs. 3 Satz 5 AufenthG (BAföG §§13, 13a); Richtwert für §20 Abs. 2 Satz 1 AufenthG', unit: 'euro', min: 500, max: 5_000 },
  westbalkanAnnualQuota: { legalRef: '§26 Abs. 2 Satz 3 BeschV', unit: 'count', min: 0, max: 1_000_000 },
};

export const yearFigureIds = Object.keys(yearFigureRules) as YearFigureId[];
export const publishedThresholdIds: readonly SalaryThresholdId[] = ['blueCardStandard', 'blueCardReduced', 'firstTitleAge45', 'experienceBased'];

// eslint-disable-next-line no-control-regex -- control characters are what this rejects
const CONTROL = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Text a person types: trimmed, no control characters, bounded.
const textField = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine((value) => !CONTROL.test(value), 'must not contain control characters')
    .refine((value) => !LONE_SURROGATE.test(value), 'must not contain lone surrogates');

const euroValue = (min: number, max: number) =>
  z
    .number()
    .min(min, `must be at least ${min} €`)
    .max(max, `must be at most ${max} €`)
    .refine(hasWholeCents, 'must be exact to the cent (at most two decimals)');

const figureInput = (id: YearFigureId) => {
  const rule = yearFigureRules[id];
  const value =
    rule.unit === 'euro'
      ? euroValue(rule.min, rule.max)
      : z.number().int('must be a whole number').min(rule.min, `must be at least ${rule.min}`).max(rule.max, `must be at most ${rule.max}`);
  return z.strictObject({ value, source: textField(500), publishedOn: isoDateSchema });
};

const figuresShape = Object.fromEntries(yearFigureIds.map((id) => [id, figureInput(id)])) as Record<YearFigureId, ReturnType<typeof figureInput>>;

/** One year's figures as entered. Thresholds the BMI publishes are optional and cross-checked. */
export const yearFiguresInputSchema = z
  .strictObject({
    year: z.number().int('must be a whole year').min(FIRST_FIGURE_YEAR).max(LAST_FIGURE_YEAR),
    ...figuresShape,
    publishedThresholds: z
      .strictObject(
        Object.fromEntries(publishedThresholdIds.map((id) => [id, euroValue(10_000, 300_000).optional()])) as Record<
          SalaryThresholdId,
          z.ZodOptional<ReturnType<typeof euroValue>>
        >,
      )
      .optional(),
    publishedThresholdsSource: textField(500).optional(),
    note: textField(1_000).optional(),
  })
  .refine(
    (input) => input.publishedThresholds === undefined || Object.values(input.publishedThresholds).every((v) => v === undefined) || input.publishedThresholdsSource !== undefined,
    { message: 'name the publication of the thresholds', path: ['publishedThresholdsSource'] },
  )
  .refine((input) => yearFigureIds.every((id) => Number(input[id].publishedOn.slice(0, 4)) <= input.year), {
    message: 'a figure for a year cannot be published after that year',
    path: ['year'],
  });

export type YearFiguresInput = z.infer<typeof yearFiguresInputSchema>;

/** The domain form of an entered year. */
export function toYearlyParameters(input: YearFiguresInput): YearlyParameters {
  const amount = (id: YearFigureId) => ({
    cents: eurosToCents(input[id].value),
    legalRef: yearFigureRules[id].legalRef,
    source: input[id].source,
    publishedOn: input[id].publishedOn,
  });
  const thresholds = Object.entries(input.publishedThresholds ?? {}).filter((entry): entry is [SalaryThresholdId, number] => entry[1] !== undefined);
  return {
    year: input.year,
    pensionCeiling: amount('pensionCeiling'),
    chancenkarteFundsPerMonth: amount('chancenkarteFundsPerMonth'),
    qualificationMeasureFundsPerMonth: amount('qualificationMeasureFundsPerMonth'),
    studyFundsPerMonth: amount('studyFundsPerMonth'),
    westbalkanAnnualQuota: {
      value: input.westbalkanAnnualQuota.value,
      legalRef: yearFigureRules.westbalkanAnnualQuota.legalRef,
      source: input.westbalkanAnnualQuota.source,
      publishedOn: input.westbalkanAnnualQuota.publishedOn,
    },
    ...(thresholds.length === 0
      ? {}
      : {
          publishedThresholdsCents: Object.fromEntries(thresholds.map(([id, euros]) => [id, eurosToCents(euros)])),
          publishedThresholdsSource: input.publishedThresholdsSource,
        }),
  };
}
