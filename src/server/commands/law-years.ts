/**
 * The yearly figures of residence law: what is in force, and entering or correcting a year
 * (admin). A new year takes effect without a restart (law/law-state.ts).
 */
import {
  deriveThresholds,
  publishedThresholdIds,
  RuleDataError,
  ruleSetDefinitions,
  toYearlyParameters,
  yearFigureDescriptions,
  yearFigureIds,
  yearFigureRules,
  type YearFiguresInput,
  type YearlyParameters,
} from '../../domain/pathway/index';
import type { LawState, LawYear, LawYearsResponse } from '../../contract/law';
import { recordAudit } from '../audit/record-audit';
import { berlinDate } from '../clock';
import { listLawYears, lockLawYear, saveLawYear } from '../db/repositories/law-years.repository';
import { AppError } from '../errors';
import { engineFor, invalidateLawData, lawDataFor, mergeYears, type LawYear as MergedYear } from '../law/law-state';
import type { CommandContext } from './context';

const thresholdNames = {
  blueCardStandard: { de: 'Blaue Karte EU', en: 'EU Blue Card' },
  blueCardReduced: { de: 'Blaue Karte EU, abgesenkte Schwelle (Engpassberufe, Berufsanfänger, IT ohne Abschluss)', en: 'EU Blue Card, reduced threshold (shortage occupations, new entrants, IT without degree)' },
  firstTitleAge45: { de: 'Erster Titel nach §18a/§18b ab 45 Jahren', en: 'First §18a/§18b title from age 45' },
  experienceBased: { de: 'Erfahrungssäule (§6 BeschV)', en: 'Experience-based employment (§6 BeschV)' },
} as const;

/** The public legal state: what the Wegweiser evaluates under today. */
export async function getLawState(ctx: Pick<CommandContext, 'db' | 'clock'>): Promise<LawState> {
  const { engine } = await lawDataFor(ctx.db);
  const today = berlinDate(ctx.clock.now());
  return {
    today,
    coveredFrom: engine.coveredFrom,
    figureYears: [...engine.figureYears],
    todayFiguresMissing: !engine.figureYears.includes(Number(today.slice(0, 4))),
    ruleSets: engine.ruleSets.map((ruleSet) => ({
      description: ruleSet.description,
      validFrom: ruleSet.validFrom,
      ...(ruleSet.validUntil === undefined ? {} : { validUntil: ruleSet.validUntil }),
    })),
  };
}

function presentYear(entry: MergedYear): LawYear {
  const parameters = entry.parameters;
  const ruleSet = ruleSetDefinitions[ruleSetDefinitions.length - 1];
  if (!ruleSet) throw new Error('no rule set');
  const derived = deriveThresholds(ruleSet, parameters);
  return {
    year: parameters.year,
    origin: entry.origin,
    revision: entry.row?.revision ?? null,
    enteredAt: entry.row?.enteredAt.toISOString() ?? null,
    enteredBy: entry.row?.enteredByName ?? null,
    note: entry.row?.note ?? null,
    figures: yearFigureIds.map((id) => {
      const figure = parameters[id];
      const value = 'cents' in figure ? figure.cents / 100 : figure.value;
      return {
        id,
        name: yearFigureDescriptions[id].name,
        legalRef: figure.legalRef,
        unit: yearFigureRules[id].unit,
        value,
        source: figure.source,
        publishedOn: figure.publishedOn ?? null,
      };
    }),
    thresholds: publishedThresholdIds.map((id) => ({
      id,
      name: thresholdNames[id],
      legalRef: derived[id].legalRef,
      percent: derived[id].basisPoints / 100,
      derivedEur: derived[id].cents / 100,
      publishedEur: parameters.publishedThresholdsCents?.[id] === undefined ? null : parameters.publishedThresholdsCents[id] / 100,
    })),
    publishedThresholdsSource: parameters.publishedThresholdsSource ?? null,
  };
}

/** Every year in force, with sources and who entered it (admin and steering). */
export async function listLawYearFigures(ctx: Pick<CommandContext, 'db'>): Promise<LawYearsResponse> {
  const years = mergeYears(await listLawYears(ctx.db));
  const last = years[years.length - 1]?.parameters.year ?? new Date().getFullYear();
  return {
    years: years.map(presentYear),
    nextYear: last + 1,
    figureRules: yearFigureIds.map((id) => ({ id, name: yearFigureDescriptions[id].name, ...yearFigureRules[id] })),
  };
}

/** Which problem of the rule data belongs to which form field (for a 400 naming the field). */
function fieldOf(problem: string): string {
  const threshold = publishedThresholdIds.find((id) => problem.includes(` ${id} = `));
  if (threshold) return `figures.publishedThresholds.${threshold}`;
  if (problem.includes('does not follow')) return 'figures.year';
  return 'figures';
}

/** Enters a new year's figures or corrects a year; validated against all other years, audited. */
export async function setLawYear(ctx: CommandContext, year: number, input: YearFiguresInput, expectedRevision: number | null): Promise<LawYear> {
  if (input.year !== year) throw new AppError('VALIDATION_FAILED', 'The year in the body differs from the year in the path', { 'figures.year': `must be ${year}` });
  const parameters: YearlyParameters = toYearlyParameters(input);
  const saved = await ctx.db.transaction(async (tx) => {
    const current = await lockLawYear(tx, year);
    if ((current?.revision ?? null) !== expectedRevision) {
      throw new AppError('CONFLICT', `The figures for ${year} were changed meanwhile (revision ${current?.revision ?? 'none'}); reload and enter them again.`, {
        expectedRevision: 'stale',
      });
    }
    const before = mergeYears(await listLawYears(tx));
    const candidate = [...before.filter((entry) => entry.parameters.year !== year).map((entry) => entry.parameters), parameters].sort((a, b) => a.year - b.year);
    const last = before[before.length - 1]?.parameters.year;
    if (last !== undefined && year > last + 1) {
      throw new AppError('VALIDATION_FAILED', `Enter ${last + 1} first: years must follow each other.`, { 'figures.year': `enter ${last + 1} first` });
    }
    try {
      engineFor(candidate);
    } catch (error) {
      if (!(error instanceof RuleDataError)) throw error;
      const fields: Record<string, string> = {};
      for (const problem of error.problems) fields[fieldOf(problem)] = problem;
      throw new AppError('VALIDATION_FAILED', 'The figures are inconsistent with the law', fields);
    }
    const previous = before.find((entry) => entry.parameters.year === year);
    const revision = await saveLawYear(tx, {
      year,
      figures: parameters,
      enteredBy: ctx.actor?.userId ?? null,
      enteredAt: ctx.clock.now(),
      note: input.note ?? null,
    });
    await recordAudit(tx, ctx, {
      action: previous ? 'law_year.corrected' : 'law_year.entered',
      subjectType: 'law_year',
      subjectId: String(year),
      details: { year, revision, previous: previous?.parameters ?? null, figures: parameters },
    });
    return revision;
  });
  invalidateLawData(ctx.db);
  const entry = mergeYears(await listLawYears(ctx.db)).find((item) => item.parameters.year === year);
  if (!entry || entry.row?.revision !== saved) throw new Error('saved law year not found');
  return presentYear(entry);
}
