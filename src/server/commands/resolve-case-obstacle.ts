import { getObstacle, resolveObstacle, type ObstacleWithCreator } from '../db/repositories/case-records.repository';
import { AppError } from '../errors';
import { loadAccessibleCase, recordCaseChanges } from './case-access';
import type { CommandContext } from './context';

/** Marks an obstacle resolved; resolving it twice is a CONFLICT (the first resolution stands). */
export async function resolveCaseObstacle(ctx: CommandContext, caseId: string, obstacleId: string): Promise<ObstacleWithCreator> {
  return ctx.db.transaction(async (tx) => {
    const { actor } = await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const obstacle = await getObstacle(tx, caseId, obstacleId);
    if (!obstacle) throw new AppError('NOT_FOUND', 'No such obstacle in this case.');
    const at = ctx.clock.now();
    if (!(await resolveObstacle(tx, obstacleId, at, actor.userId))) {
      throw new AppError('CONFLICT', 'This obstacle is already resolved.', { obstacleId: 'already resolved' });
    }
    await recordCaseChanges(tx, ctx, caseId, [{ kind: 'obstacle_resolved', data: { obstacleId, category: obstacle.category } }]);
    return { ...obstacle, resolvedAt: at, resolvedBy: actor.userId };
  });
}
