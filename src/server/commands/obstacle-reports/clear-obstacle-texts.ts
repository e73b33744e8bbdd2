import type { ClearanceStatus, ObstacleTextReview, ObstacleTextReviewList } from '../../../contract/obstacle-reports';
import { obstacleCategoryNames, monthName } from '../../../domain/steering/obstacle-words';
import { recordAudit } from '../../audit/record-audit';
import { findObstacleTexts, upsertObstacleTextClearance, type ObstacleTextRow } from '../../db/repositories/obstacle-reports.repository';
import { AppError } from '../../errors';
import { requireActor } from '../case-access';
import type { CommandContext } from '../context';
import { moderationPurpose } from './moderate-obstacle-report';
import { isCategory, stageNameOf } from './present';

const statusOf = (decision: string | null): ClearanceStatus => (decision === 'cleared' ? 'cleared' : decision === 'withheld' ? 'withheld' : 'open');

function present(row: ObstacleTextRow): ObstacleTextReview {
  const category = isCategory(row.category) ? row.category : 'other';
  return {
    obstacleId: row.obstacleId,
    category,
    categoryName: obstacleCategoryNames[category],
    stageName: stageNameOf(row.stage),
    authorityName: row.authorityName,
    month: row.month,
    monthName: monthName(row.month),
    text: row.text,
    status: statusOf(row.decision),
    clearedText: row.clearedText,
    decidedAt: row.decidedAt,
  };
}

/**
 * Free texts of case obstacles for the steering body's review. Reading them is a read of possibly
 * personal data: audited with its purpose; only category, stage, authority and month go with a text.
 */
export async function listObstacleTexts(ctx: CommandContext, status: ClearanceStatus | undefined): Promise<ObstacleTextReviewList> {
  requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const rows = await findObstacleTexts(tx, { status });
    await recordAudit(tx, ctx, {
      action: 'obstacle_text.list_read',
      subjectType: 'case_obstacle',
      purpose: moderationPurpose,
      details: { status: status ?? 'all', obstacleIds: rows.map((row) => row.obstacleId) },
    });
    return { items: rows.map(present) };
  });
}

/**
 * "Frei von Personenbezug" (optionally shortened) or "nicht verwenden"; a later call changes the
 * decision. A cleared text may only be shorter than the original (details taken out), never longer.
 */
export async function clearObstacleText(
  ctx: CommandContext,
  obstacleId: string,
  input: { decision: 'cleared' | 'withheld'; clearedText?: string | undefined },
): Promise<ObstacleTextReview> {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const [before] = await findObstacleTexts(tx, { obstacleId });
    if (!before) throw new AppError('NOT_FOUND', 'No case obstacle with a free text of that id.');
    if (input.decision === 'withheld' && input.clearedText !== undefined) {
      throw new AppError('VALIDATION_FAILED', 'A text that is not used has no cleared text.', { clearedText: 'only with decision cleared' });
    }
    const original = before.text.trim();
    const clearedText = input.decision === 'cleared' ? (input.clearedText ?? original) : null;
    if (clearedText !== null && clearedText.length > original.length) {
      throw new AppError('VALIDATION_FAILED', 'The cleared text may only shorten the original.', {
        clearedText: `at most as long as the original (${original.length} characters)`,
      });
    }
    await upsertObstacleTextClearance(tx, { obstacleId, decision: input.decision, clearedText, decidedBy: actor.userId, decidedAt: ctx.clock.now() });
    await recordAudit(tx, ctx, {
      action: before.decision === null ? 'obstacle_text.decided' : 'obstacle_text.decision_corrected',
      subjectType: 'case_obstacle',
      subjectId: obstacleId,
      purpose: moderationPurpose,
      details: { from: statusOf(before.decision), to: input.decision, shortened: clearedText !== null && clearedText !== original },
    });
    const [after] = await findObstacleTexts(tx, { obstacleId });
    if (!after) throw new Error('clearObstacleText: the obstacle is gone');
    return present(after);
  });
}
