import type { EvaluationDetails, TitleResult } from '../../../contract/pathways';

export type Document = TitleResult['documents'][number];

/** The titles by outcome, each group in the engine's ranking order. */
export function groupTitles(evaluation: EvaluationDetails) {
  const rank = (title: TitleResult, index: number) => title.rank ?? index + 1;
  const ranked = evaluation.titles.map((title, index) => ({ title, order: rank(title, index) })).sort((a, b) => a.order - b.order);
  const of = (outcome: TitleResult['outcome']) => ranked.filter(({ title }) => title.outcome === outcome).map(({ title }) => title);
  return { open: of('eligible'), needsInfo: of('needs_info'), closed: of('not_eligible') };
}

/** The documents of several paths, each once, in first-seen order. */
export function checklist(titles: readonly TitleResult[]): Document[] {
  const seen = new Map<string, Document>();
  for (const title of titles) for (const document of title.documents) if (!seen.has(document.id)) seen.set(document.id, document);
  return [...seen.values()];
}

export type NearMiss = { kind: 'salary' | 'funds'; shortfallEur: number; wouldOpen: boolean; title: TitleResult };

/**
 * A path that fails on one amount only: a salary threshold (`values.salaryEur`/`thresholdEur`)
 * or the monthly funds (`values.requiredPerMonthEur`). `wouldOpen` says whether the amount is
 * all that is missing, or whether open questions remain as well.
 */
export function nearMiss(title: TitleResult): NearMiss | null {
  if (title.outcome === 'eligible') return null;
  const notMet = title.conditions.filter((condition) => condition.status === 'not_met');
  if (notMet.length !== 1) return null;
  const [missing] = notMet as [TitleResult['conditions'][number]];
  const values = missing.values ?? {};
  const shortfall = values.shortfallEur;
  if (typeof shortfall !== 'number' || shortfall <= 0) return null;
  const kind = 'requiredPerMonthEur' in values ? 'funds' : 'salaryEur' in values || 'thresholdEur' in values ? 'salary' : null;
  if (!kind) return null;
  const wouldOpen = title.conditions.every((condition) => condition === missing || condition.status === 'met');
  return { kind, shortfallEur: shortfall, wouldOpen, title };
}
