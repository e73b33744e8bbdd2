import type { ObstacleReport } from '../../../contract/obstacle-reports';
import { obstacleCategories, type ObstacleCategory } from '../../../domain/journey/obstacles';
import { journeyStages, type JourneyStage } from '../../../domain/journey/stages';
import { journeyStageNames, obstacleCategoryNames } from '../../../domain/steering/obstacle-words';
import { obstacleReportStatuses, type ObstacleReportStatus } from '../../../domain/steering/vocabulary';
import type { ObstacleReportRow } from '../../db/repositories/obstacle-reports.repository';

export const isCategory = (value: string): value is ObstacleCategory => (obstacleCategories as readonly string[]).includes(value);
export const isStage = (value: string | null): value is JourneyStage => value !== null && (journeyStages as readonly string[]).includes(value);
const isStatus = (value: string): value is ObstacleReportStatus => (obstacleReportStatuses as readonly string[]).includes(value);

/** A stage Lotse does not know (never written by it) is named as unknown rather than shown as a code. */
export const stageNameOf = (stage: string | null) => (isStage(stage) ? journeyStageNames[stage] : { de: 'Unbekannt', en: 'Unknown' });

export function presentObstacleReport(row: ObstacleReportRow): ObstacleReport {
  const category = isCategory(row.category) ? row.category : 'other';
  return {
    id: row.id,
    category,
    categoryName: obstacleCategoryNames[category],
    description: row.description,
    legalReference: row.legalReference,
    organisationName: row.organisationName,
    status: isStatus(row.status) ? row.status : 'pending',
    moderationReason: row.moderationReason,
    moderatedAt: row.moderatedAt ? row.moderatedAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}
