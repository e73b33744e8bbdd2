import type { CreateTaskBody } from '../../contract/cases';
import type { Role } from '../../domain/identity/roles';
import { getTask, insertTask, type TaskWithAssignee } from '../db/repositories/case-records.repository';
import type { CaseRow } from '../db/repositories/cases.repository';
import { getUserWithOrganisation } from '../db/repositories/users.repository';
import type { Database } from '../db/client';
import { AppError } from '../errors';
import { canAccessCase, caseScope } from '../policies/case.policy';
import { loadAccessibleCase, recordCaseChanges, todayOf } from './case-access';
import type { CommandContext } from './context';

/**
 * Adds a task with a due date (not before today in Germany). The assignee defaults to the caller
 * and must be someone who can work on the case, so a task never points at a person who cannot see it.
 */
export async function addCaseTask(ctx: CommandContext, caseId: string, input: CreateTaskBody): Promise<TaskWithAssignee> {
  const today = todayOf(ctx);
  if (input.dueOn < today) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { dueOn: `must not be before today (${today})` });
  }
  return ctx.db.transaction(async (tx) => {
    const { actor, row } = await loadAccessibleCase(tx, ctx, caseId, { forUpdate: true });
    const assigneeUserId = input.assigneeUserId === undefined ? actor.userId : input.assigneeUserId;
    if (assigneeUserId !== null && assigneeUserId !== actor.userId) await assertCanWorkOn(tx, assigneeUserId, row);
    const task = await insertTask(tx, {
      caseId,
      title: input.title,
      assigneeUserId,
      dueOn: input.dueOn,
      status: 'open',
      createdBy: actor.userId,
      createdAt: ctx.clock.now(),
    });
    await recordCaseChanges(tx, ctx, caseId, [{ kind: 'task_added', data: { taskId: task.id, assigneeUserId, dueOn: task.dueOn } }]);
    const loaded = await getTask(tx, caseId, task.id);
    if (!loaded) throw new Error('task vanished after insert');
    return loaded;
  });
}

async function assertCanWorkOn(tx: Database, userId: string, row: CaseRow): Promise<void> {
  const user = await getUserWithOrganisation(tx, userId);
  const scope = user?.isActive ? caseScope({ userId: user.id, roles: user.roles as Role[], organisationId: user.organisationId }) : 'none';
  if (!canAccessCase(scope, row)) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { assigneeUserId: 'not someone who can work on this case' });
  }
}
