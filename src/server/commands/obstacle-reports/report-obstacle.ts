import type { ObstacleReport } from '../../../contract/obstacle-reports';
import type { LegalReferenceInput } from '../../../contract/knowledge';
import type { ObstacleCategory } from '../../../domain/journey/obstacles';
import { formatLegalReference } from '../../../domain/knowledge/legal-reference';
import { recordAudit } from '../../audit/record-audit';
import { getObstacleReport, insertObstacleReport } from '../../db/repositories/obstacle-reports.repository';
import { requireActor } from '../case-access';
import type { CommandContext } from '../context';
import { presentObstacleReport } from './present';

export type ReportObstacleInput = { category: ObstacleCategory; description: string; legalReference?: LegalReferenceInput | undefined };

/**
 * "Hemmnis melden": a member of the network reports an obstacle without a case. It waits for the
 * steering body's moderation (status pending) and counts only once accepted.
 */
export async function reportObstacle(ctx: CommandContext, input: ReportObstacleInput): Promise<ObstacleReport> {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const id = await insertObstacleReport(tx, {
      category: input.category,
      description: input.description,
      legalReference: input.legalReference ? formatLegalReference(input.legalReference) : null,
      reportedBy: actor.userId,
      organisationId: actor.organisationId,
      createdAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx, { action: 'obstacle_report.created', subjectType: 'obstacle_report', subjectId: id, details: { category: input.category } });
    const row = await getObstacleReport(tx, id);
    if (!row) throw new Error('reportObstacle: the new report is gone');
    return presentObstacleReport(row);
  });
}
