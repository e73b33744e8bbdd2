import { caseStageSchema, type CaseStage } from '../../../contract/cases';
import type { CaseListParams } from '../../api/cases';

export const sortOrders = ['updated', 'created', 'name'] as const;
export const navigatorFilters = ['all', 'me', 'none'] as const;
export type SortOrder = (typeof sortOrders)[number];
export type NavigatorFilter = (typeof navigatorFilters)[number];

/** The list's filters as the form and the address bar know them. */
export type ListFilters = {
  q: string;
  stage: CaseStage | '';
  overdue: boolean;
  navigator: NavigatorFilter;
  sort: SortOrder;
  page: number;
};

export const defaultFilters: ListFilters = { q: '', stage: '', overdue: false, navigator: 'all', sort: 'updated', page: 1 };

export const pageSize = 25;

const pick = <T extends string>(choices: readonly T[], value: string | null, fallback: T): T =>
  choices.find((choice) => choice === value) ?? fallback;

/** Reads the filters from the address bar; anything unknown falls back to the default. */
export function filtersFromSearch(search: URLSearchParams): ListFilters {
  const stage = caseStageSchema.safeParse(search.get('stage'));
  const page = Number(search.get('page'));
  return {
    q: (search.get('q') ?? '').slice(0, 100),
    stage: stage.success ? stage.data : '',
    overdue: search.get('overdue') === 'true',
    navigator: pick(navigatorFilters, search.get('navigator'), 'all'),
    sort: pick(sortOrders, search.get('sort'), 'updated'),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** The filters as a query string for the address bar, leaving out the defaults ("" when none). */
export function searchFromFilters(filters: ListFilters): string {
  const search = new URLSearchParams();
  const q = filters.q.trim();
  if (q) search.set('q', q);
  if (filters.stage) search.set('stage', filters.stage);
  if (filters.overdue) search.set('overdue', 'true');
  if (filters.navigator !== 'all') search.set('navigator', filters.navigator);
  if (filters.sort !== 'updated') search.set('sort', filters.sort);
  if (filters.page > 1) search.set('page', String(filters.page));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The filters as the API's query; a search without any letter or digit is no search. */
export function toListParams(filters: ListFilters): CaseListParams {
  const q = filters.q.trim();
  return {
    page: filters.page,
    pageSize,
    q: /[\p{L}\p{N}]/u.test(q) ? q : undefined,
    stage: filters.stage || undefined,
    overdue: filters.overdue || undefined,
    navigator: filters.navigator === 'all' ? undefined : filters.navigator,
    sort: filters.sort,
  };
}

/** The number of pages for a total (at least one, so "page 1 of 1" for an empty list). */
export const pageCount = (total: number, size: number = pageSize): number => Math.max(1, Math.ceil(total / size));
