import { getTask, updateTaskStatus, type TaskWithAssignee } from '../db/repositories/case-records.repository';
import { AppError } from '../errors';
import { loadAccessibleCase, recordCaseChanges } from './case-access';
import type { CommandContext } from './context';

/** Marks a task open, done or cancelled; setting the status it already has changes nothing. */
export async function changeTaskStatus(
  ctx: CommandContext,
  caseId: string,
  taskId: string,
  status: 'open' | 'done' | 'cancelled',
): Promise<TaskWithAssignee> {
  return ctx.db.transaction(async (tx) => {
    await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const task = await getTask(tx, caseId, taskId);
    if (!task) throw new AppError('NOT_FOUND', 'No such task in this case.');
    if (task.status === status) return task;
    const completedAt = status === 'done' ? ctx.clock.now() : null;
    await updateTaskStatus(tx, taskId, status, completedAt);
    await recordCaseChanges(tx, ctx, caseId, [{ kind: 'task_status_changed', data: { taskId, from: task.status, to: status } }]);
    return { ...task, status, completedAt };
  });
}
