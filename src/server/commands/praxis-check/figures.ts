import type { PraxisCheckFigures, PraxisCheckPractice, PraxisCheckScope } from '../../../contract/praxis-check';
import type { StatsResponse } from '../../../contract/steering';
import { landNames } from '../../../domain/calendar/land-names';
import type { Land } from '../../../domain/identity/organisation-kinds';
import { obstacleCategories } from '../../../domain/journey/index';
import { titleMetadata } from '../../../domain/pathway/index';
import { countryGroupNames, protectList, type CountryGroup } from '../../../domain/steering/index';
import { loadSteeringFigures } from '../steering/figures';
import {
  countObstaclesByCategory,
  findAcceptedObstacleReports,
  findClearedObstacleTexts,
  findOrganisationName,
  type PraxisCheckReportRow,
} from '../../db/repositories/praxis-check.repository';
import type { CommandContext } from '../context';

type Bilingual = { de: string; en: string };

/** The obstacle categories in words (the case file's taxonomy, domain/journey/obstacles.ts). */
export const obstacleCategoryNames: Readonly<Record<string, Bilingual>> = {
  no_visa_appointment: { de: 'Kein Termin bei der Auslandsvertretung', en: 'No appointment at the mission abroad' },
  missing_document: { de: 'Unterlagen fehlen', en: 'Documents missing' },
  recognition_delay: { de: 'Anerkennung dauert', en: 'Recognition is taking long' },
  ba_delay: { de: 'Zustimmung der Bundesagentur dauert', en: 'Federal Employment Agency approval is taking long' },
  no_language_course: { de: 'Kein Platz im Sprachkurs', en: 'No place in a language course' },
  housing: { de: 'Keine Wohnung', en: 'No housing' },
  childcare: { de: 'Keine Kinderbetreuung', en: 'No childcare' },
  employer_withdrew: { de: 'Arbeitgeber ist abgesprungen', en: 'Employer withdrew' },
  other: { de: 'Sonstiges', en: 'Other' },
};
const categoryName = (category: string): Bilingual => obstacleCategoryNames[category] ?? { de: 'Sonstiges', en: 'Other' };

/** The scope stored with a report (period in its own columns). */
export function scopeOf(report: PraxisCheckReportRow): PraxisCheckScope {
  const scope = report.scope;
  return {
    from: report.periodFrom,
    to: report.periodTo,
    land: (scope.land as PraxisCheckScope['land']) ?? undefined,
    authority: scope.authority ?? undefined,
    title: (scope.title as PraxisCheckScope['title']) ?? undefined,
    countryGroup: (scope.countryGroup as PraxisCheckScope['countryGroup']) ?? undefined,
  };
}

/** The filters of a report in words, for the list, the cover page and the CSV. */
export async function scopeWords(ctx: CommandContext, scope: PraxisCheckScope): Promise<{ key: string; label: Bilingual; value: Bilingual }[]> {
  const words: { key: string; label: Bilingual; value: Bilingual }[] = [];
  if (scope.land) words.push({ key: 'land', label: { de: 'Land', en: 'Land' }, value: landNames[scope.land as Land] });
  if (scope.authority) {
    const name = (await findOrganisationName(ctx.db, scope.authority)) ?? '–';
    words.push({ key: 'authority', label: { de: 'Ausländerbehörde', en: 'Immigration authority' }, value: { de: name, en: name } });
  }
  if (scope.title) {
    const name = titleMetadata.find((title) => title.id === scope.title)?.name ?? { de: 'Aufenthaltstitel', en: 'Residence title' };
    words.push({ key: 'title', label: { de: 'Angestrebter Aufenthaltstitel', en: 'Residence title sought' }, value: name });
  }
  if (scope.countryGroup) words.push({ key: 'countryGroup', label: { de: 'Herkunftsregion', en: 'Region of origin' }, value: countryGroupNames[scope.countryGroup as CountryGroup] });
  return words;
}

/** The views of the dashboards a Praxis-Check carries, in their order. */
export const praxisCheckViews = ['overview', 'stage-durations', 'referral-deadlines', 'procedure-deadlines', 'obstacles'] as const;

/** The dashboards' figures for one view, for the report's period and filters. */
function loadView(ctx: CommandContext, view: (typeof praxisCheckViews)[number], scope: PraxisCheckScope): Promise<StatsResponse> {
  return loadSteeringFigures(ctx, view, { from: scope.from, to: scope.to, land: scope.land, authority: scope.authority, title: scope.title, countryGroup: scope.countryGroup, format: undefined, language: undefined });
}

const monthOf = (instant: Date) => instant.toISOString().slice(0, 7);

/**
 * Everything a Praxis-Check shows of the figures: the dashboards' views for the report's period
 * and scope, the obstacles with counts (case obstacles and accepted reports, both suppressed
 * below 5) and the anonymised descriptions of practice (cleared case texts, accepted reports).
 */
export async function praxisCheckFigures(ctx: CommandContext, report: PraxisCheckReportRow): Promise<PraxisCheckFigures> {
  const scope = scopeOf(report);
  // One view after the other: the first brings the fact tables up to date for the others.
  const views: StatsResponse[] = [];
  for (const view of praxisCheckViews) views.push(await loadView(ctx, view, scope));
  const asOf = views[0]?.asOf ?? ctx.clock.now().toISOString();
  const [caseCounts, cleared, reports] = await Promise.all([
    countObstaclesByCategory(ctx.db, scope, scope),
    findClearedObstacleTexts(ctx.db, scope, scope),
    findAcceptedObstacleReports(ctx.db, scope, scope),
  ]);
  const reportCounts = new Map<string, number>();
  for (const row of reports) reportCounts.set(row.category, (reportCounts.get(row.category) ?? 0) + 1);
  const categories = obstacleCategories.filter((category) => (caseCounts.get(category) ?? 0) + (reportCounts.get(category) ?? 0) > 0);
  const casesProtected = protectList(categories.map((category) => caseCounts.get(category) ?? 0)).items;
  const reportsProtected = protectList(categories.map((category) => reportCounts.get(category) ?? 0)).items;
  const obstacles = categories.map((category, index) => {
    const cases = casesProtected[index] ?? { value: null, suppressed: true };
    const fromReports = reportsProtected[index] ?? { value: null, suppressed: true };
    return { category, name: categoryName(category), cases: cases.value, reports: fromReports.value, suppressed: cases.suppressed || fromReports.suppressed };
  });
  const practice: PraxisCheckPractice[] = [
    ...cleared.map((row) => ({ source: 'case' as const, category: row.category, categoryName: categoryName(row.category), text: row.text.trim(), legalReference: null, month: monthOf(row.createdAt) })),
    ...reports.map((row) => ({
      source: 'report' as const,
      category: row.category,
      categoryName: categoryName(row.category),
      text: row.description.trim(),
      legalReference: row.legalReference?.trim() || null,
      month: monthOf(row.createdAt),
    })),
  ];
  return { asOf, views, obstacles, practice };
}
