/** What the pathway report selects from an evaluation, apart from how it is typeset (pathway-report-pdf.ts). */
import type { ConditionResult, Evaluation, LocalizedText, TitleEvaluation } from '../../domain/pathway/index';

/** The shortfall of the closest salary condition, if that is what keeps a title closed. */
export function salaryShortfall(title: TitleEvaluation): number | undefined {
  const shortfalls = title.conditions
    .filter((condition) => condition.status === 'not_met' && typeof condition.values?.shortfallEur === 'number')
    .map((condition) => condition.values?.shortfallEur as number);
  return shortfalls.length > 0 ? Math.min(...shortfalls) : undefined;
}

type NearMiss = { kind: 'salary' | 'funds'; shortfallEur: number; wouldOpen: boolean };

/** As on the web page (result-summary.ts): a path that fails on one amount only. */
export function nearMiss(title: TitleEvaluation): NearMiss | null {
  if (title.outcome === 'eligible') return null;
  const notMet = title.conditions.filter((condition) => condition.status === 'not_met');
  if (notMet.length !== 1) return null;
  const [missing] = notMet as [ConditionResult];
  const values = missing.values ?? {};
  const shortfall = values.shortfallEur;
  if (typeof shortfall !== 'number' || shortfall <= 0) return null;
  const kind = 'requiredPerMonthEur' in values ? 'funds' : 'salaryEur' in values || 'thresholdEur' in values ? 'salary' : null;
  if (!kind) return null;
  return { kind, shortfallEur: shortfall, wouldOpen: title.conditions.every((condition) => condition === missing || condition.status === 'met') };
}

/** The titles by outcome, each group in the engine's ranking order (as on the web page). */
export function groupTitles(evaluation: Evaluation) {
  const ranked = evaluation.titles.map((title, index) => ({ title, order: title.rank ?? index + 1 })).sort((a, b) => a.order - b.order);
  const of = (outcome: TitleEvaluation['outcome']) => ranked.filter(({ title }) => title.outcome === outcome).map(({ title }) => title);
  return { open: of('eligible'), needsInfo: of('needs_info'), closed: of('not_eligible') };
}

/** Documents of several paths, each once, in the order they first appear. */
export function checklist(titles: readonly TitleEvaluation[]): TitleEvaluation['documents'] {
  const seen = new Map<string, TitleEvaluation['documents'][number]>();
  for (const title of titles) for (const document of title.documents) if (!seen.has(document.id)) seen.set(document.id, document);
  return [...seen.values()];
}

export type EvaluationNotice = { code?: string; year?: number; text: LocalizedText };

/** Notices the engine may attach to an evaluation (e.g. a year's figures not yet entered); read defensively. */
export function evaluationNotices(evaluation: unknown): EvaluationNotice[] {
  const notices = (evaluation as { notices?: unknown } | null)?.notices;
  if (!Array.isArray(notices)) return [];
  return notices.flatMap((notice: unknown) => {
    const { code, year, text } = (notice ?? {}) as { code?: unknown; year?: unknown; text?: { de?: unknown; en?: unknown } };
    if (!text || typeof text.de !== 'string' || typeof text.en !== 'string') return [];
    return [{ ...(typeof code === 'string' ? { code } : {}), ...(typeof year === 'number' ? { year } : {}), text: { de: text.de, en: text.en } }];
  });
}
