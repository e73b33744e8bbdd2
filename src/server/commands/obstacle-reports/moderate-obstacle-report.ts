import type { ObstacleReport, ObstacleReportList } from '../../../contract/obstacle-reports';
import { recordAudit } from '../../audit/record-audit';
import { findObstacleReports, getObstacleReport, setObstacleReportDecision } from '../../db/repositories/obstacle-reports.repository';
import { AppError } from '../../errors';
import { requireActor } from '../case-access';
import type { CommandContext } from '../context';
import { presentObstacleReport } from './present';

/** The purpose under which the steering body reads what members reported (it may hold personal data until moderated). */
export const moderationPurpose = 'obstacle_moderation';

/** Reported obstacles for moderation (steering; admin reads). The read is audited: a description may name someone. */
export async function listObstacleReports(ctx: CommandContext, status: string | undefined): Promise<ObstacleReportList> {
  requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const rows = await findObstacleReports(tx, status);
    await recordAudit(tx, ctx, {
      action: 'obstacle_report.list_read',
      subjectType: 'obstacle_report',
      purpose: moderationPurpose,
      details: { status: status ?? 'all', reports: rows.length },
    });
    return { items: rows.map(presentObstacleReport) };
  });
}

/**
 * Accepts a report (it counts and may be quoted in the Praxis-Check) or rejects it with a reason;
 * the same call corrects an earlier decision. Audited with the decision before and after.
 */
export async function decideObstacleReport(
  ctx: CommandContext,
  id: string,
  input: { decision: 'accepted' | 'rejected'; reason?: string | undefined },
): Promise<ObstacleReport> {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await getObstacleReport(tx, id, { forUpdate: true });
    if (!before) throw new AppError('NOT_FOUND', 'No such obstacle report.');
    const reason = input.reason !== undefined && input.reason.length > 0 ? input.reason : null;
    await setObstacleReportDecision(tx, id, { status: input.decision, moderationReason: reason, moderatedBy: actor.userId, moderatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      action: before.status === 'pending' ? 'obstacle_report.decided' : 'obstacle_report.decision_corrected',
      subjectType: 'obstacle_report',
      subjectId: id,
      purpose: moderationPurpose,
      details: { from: before.status, to: input.decision, withReason: reason !== null },
    });
    const after = await getObstacleReport(tx, id);
    if (!after) throw new Error('decideObstacleReport: the report is gone');
    return presentObstacleReport(after);
  });
}
