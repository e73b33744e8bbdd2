import type { CreateObstacleBody } from '../../contract/cases';
import { insertObstacle, type ObstacleWithCreator } from '../db/repositories/case-records.repository';
import { loadAccessibleCase, recordCaseChanges } from './case-access';
import type { CommandContext } from './context';

/** Tags an obstacle ("Hemmnis") from the fixed taxonomy; the steering statistics count them. */
export async function addCaseObstacle(ctx: CommandContext, caseId: string, input: CreateObstacleBody): Promise<ObstacleWithCreator> {
  return ctx.db.transaction(async (tx) => {
    const { actor } = await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const obstacle = await insertObstacle(tx, {
      caseId,
      category: input.category,
      text: input.text ?? null,
      createdBy: actor.userId,
      createdAt: ctx.clock.now(),
    });
    await recordCaseChanges(tx, ctx, caseId, [{ kind: 'obstacle_added', data: { obstacleId: obstacle.id, category: obstacle.category } }]);
    return { ...obstacle, creator: { id: actor.userId, name: actor.name } };
  });
}
