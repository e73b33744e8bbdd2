import {
  minimumObstaclesForTexts,
  type ObstacleTextsFilter,
  type ObstacleTextsResponse,
  type PracticeDescription,
} from '../../../contract/obstacle-reports';
import { obstacleCategories } from '../../../domain/journey/obstacles';
import { monthName, obstacleCategoryNames } from '../../../domain/steering/obstacle-words';
import { berlinDate } from '../../clock';
import { countObstaclesByCategory, findPracticeDescriptions } from '../../db/repositories/obstacle-reports.repository';
import { AppError } from '../../errors';
import { requireActor } from '../case-access';
import type { CommandContext } from '../context';
import { graphPeriod } from '../get-network-graph';
import { stageNameOf } from './present';

/**
 * The anonymised practice descriptions of a selection (dashboards' drill-down, Praxis-Check):
 * cleared free texts of case obstacles and accepted reports, per category. A category with fewer
 * than 5 obstacles in the selection gives no texts at all (too few to stay anonymous). Texts are
 * cleared of personal data by the steering body, so reading them is not a read of personal data.
 *
 * Scope: steering and admin see the network; a case worker sees the obstacles of cases whose
 * responsible authority is their own organisation (and the reports of that organisation).
 */
export async function loadPracticeDescriptions(ctx: CommandContext, filter: ObstacleTextsFilter): Promise<ObstacleTextsResponse> {
  const actor = requireActor(ctx);
  const network = actor.roles.includes('steering') || actor.roles.includes('admin');
  if (!network) {
    if (!actor.organisationId) throw new AppError('FORBIDDEN', 'Only staff of an authority see its obstacles.');
    if (filter.authority !== undefined && filter.authority !== actor.organisationId) {
      throw new AppError('FORBIDDEN', 'A case worker sees the obstacles of their own authority only.');
    }
  }
  const period = graphPeriod(filter, berlinDate(ctx.clock.now()));
  const selection = { ...period, category: filter.category, land: filter.land, authority: network ? filter.authority : (actor.organisationId ?? undefined) };
  const [counts, rows] = await Promise.all([countObstaclesByCategory(ctx.db, selection), findPracticeDescriptions(ctx.db, selection)]);
  const categories = obstacleCategories.filter((category) => filter.category === undefined || category === filter.category);
  return {
    period,
    scope: network ? { kind: 'network', organisationName: null } : { kind: 'organisation', organisationName: actor.organisation?.name ?? null },
    categories: categories.map((category) => {
      const enough = (counts.get(category) ?? 0) >= minimumObstaclesForTexts;
      const items: PracticeDescription[] = enough
        ? rows
            .filter((row) => row.category === category)
            .map((row) => ({
              source: row.source,
              text: row.text,
              month: row.month,
              monthName: monthName(row.month),
              stageName: row.source === 'case' ? stageNameOf(row.stage) : null,
              legalReference: row.legalReference,
            }))
        : [];
      return { category, categoryName: obstacleCategoryNames[category], enough, items };
    }),
  };
}
