import type { StatsFilterValues, SteeringView } from '../../api/steering';
import { paths, steeringViewPath } from '../../routes/paths';

/** The dashboard views with their German page address (the API view behind each). */
export const dashboardViews = [
  { slug: 'ueberblick', view: 'overview', labelKey: 'overview' },
  { slug: 'verweildauer', view: 'stage-durations', labelKey: 'stageDurations' },
  { slug: 'weiterleitungen', view: 'referral-deadlines', labelKey: 'referralDeadlines' },
  { slug: 'fristen-81a', view: 'procedure-deadlines', labelKey: 'procedureDeadlines' },
  // Not `/steuerung/hemmnisse`: that address is the moderation of reported obstacles (paths.obstacleModeration).
  { slug: 'hemmnisse-auswertung', view: 'obstacles', labelKey: 'obstacles' },
] as const satisfies readonly { slug: string; view: SteeringView; labelKey: string }[];

export type DashboardView = (typeof dashboardViews)[number];
export type ViewLabelKey = DashboardView['labelKey'] | 'shortage' | 'praxisCheck';

/** The tabs: the dashboard views, then the pages of the steering area built elsewhere. */
export const steeringTabs: readonly { path: string; labelKey: ViewLabelKey; slug?: string }[] = [
  ...dashboardViews.map((view) => ({ path: steeringViewPath(view.slug), labelKey: view.labelKey, slug: view.slug })),
  { path: paths.shortage, labelKey: 'shortage' },
  { path: paths.praxisCheck, labelKey: 'praxisCheck' },
];

export const viewBySlug = (slug: string | undefined): DashboardView | undefined => dashboardViews.find((view) => view.slug === slug);

export const filterNames = ['from', 'to', 'land', 'authority', 'title', 'countryGroup'] as const;
export type FilterName = (typeof filterNames)[number];
export type FilterDraft = Record<FilterName, string>;

export const emptyDraft: FilterDraft = { from: '', to: '', land: '', authority: '', title: '', countryGroup: '' };

/** The filters kept in the page address (`?from=…&land=RP`). */
export function draftFromSearch(search: URLSearchParams): FilterDraft {
  const draft = { ...emptyDraft };
  for (const name of filterNames) draft[name] = search.get(name) ?? '';
  return draft;
}

/** The page address's query for a set of filters (empty ones left out), in a fixed order. */
export function searchFromDraft(draft: FilterDraft): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of filterNames) if (draft[name]) search.set(name, draft[name]);
  return search;
}

export const filterValues = (draft: FilterDraft): StatsFilterValues => Object.fromEntries(filterNames.filter((name) => draft[name]).map((name) => [name, draft[name]]));

export type PeriodPreset = 'last12Months' | 'currentYear' | 'previousYear';
export const periodPresets: readonly PeriodPreset[] = ['last12Months', 'currentYear', 'previousYear'];

const iso = (date: Date): string =>
  `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The period of a preset, counted from `today` (the reader's calendar day). */
export function presetPeriod(preset: PeriodPreset, today: Date): { from: string; to: string } {
  const year = today.getFullYear();
  switch (preset) {
    case 'last12Months': {
      const from = new Date(year - 1, today.getMonth(), today.getDate() + 1);
      return { from: iso(from), to: iso(today) };
    }
    case 'currentYear':
      return { from: `${year}-01-01`, to: iso(today) };
    case 'previousYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** A date as YYYY-MM-DD in the range the API accepts. */
export const isIsoDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && value >= '2000-01-01' && value <= '2099-12-31';
