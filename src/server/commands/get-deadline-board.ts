import type { DeadlinesQuery } from '../../contract/procedures';
import { addCalendarDays, isoWeekday } from '../../domain/calendar/index';
import { requireIsoDate } from '../../domain/shared/calendar-date';
import { recordAudit } from '../audit/record-audit';
import { findDueProcedureSteps, findDueTasks, type DueStepRow, type DueTaskRow } from '../db/repositories/deadlines.repository';
import { AppError } from '../errors';
import { actorAsCaseSubject, caseScope } from '../policies/case.policy';
import { casePurpose, requireActor, todayOf } from './case-access';
import type { CommandContext } from './context';

/** Per kind: more rows than this and the board says `truncated`. */
const BOARD_LIMIT = 500;
/** The longest range one request may ask for. */
const MAX_RANGE_DAYS = 366;

export type DeadlineBoardData = {
  from: string;
  to: string;
  today: string;
  steps: DueStepRow[];
  tasks: DueTaskRow[];
  truncated: boolean;
};

/** Monday of the week (ISO, Monday to Sunday) that contains `date`. */
export const mondayOf = (date: string): string => addCalendarDays(date, 1 - isoWeekday(requireIsoDate(date)));

/** The range asked for: default this week in Germany, Monday to Sunday; `to` defaults to `from` + 6 days. */
export function boardRange(query: DeadlinesQuery, today: string): { from: string; to: string } {
  const from = query.from ?? (query.to ? addCalendarDays(query.to, -6) : mondayOf(today));
  const to = query.to ?? addCalendarDays(from, 6);
  if (to > addCalendarDays(from, MAX_RANGE_DAYS - 1)) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', { 'query.to': `the range spans at most ${MAX_RANGE_DAYS} days` });
  }
  return { from, to };
}

/**
 * The deadline board: open §81a steps and open case tasks due in the range, and everything
 * overdue, across the cases the caller may see (the case list's scope). Audited with the counts
 * and case ids, never names.
 */
export async function getDeadlineBoard(ctx: CommandContext, query: DeadlinesQuery): Promise<DeadlineBoardData> {
  const actor = requireActor(ctx);
  const scope = caseScope(actorAsCaseSubject(actor));
  if (scope === 'none') throw new AppError('FORBIDDEN', 'Your role has no access to cases.');
  const today = todayOf(ctx);
  const { from, to } = boardRange(query, today);
  const window = { from, to, overdueBefore: today };
  return ctx.db.transaction(async (tx) => {
    const steps = await findDueProcedureSteps(tx, scope, window, BOARD_LIMIT + 1);
    const tasks = await findDueTasks(tx, scope, window, BOARD_LIMIT + 1);
    const truncated = steps.length > BOARD_LIMIT || tasks.length > BOARD_LIMIT;
    const shown = { steps: steps.slice(0, BOARD_LIMIT), tasks: tasks.slice(0, BOARD_LIMIT) };
    const overdue = [...shown.steps, ...shown.tasks].filter((item) => item.dueOn < today).length;
    await recordAudit(tx, ctx, {
      action: 'deadlines.read',
      subjectType: 'user',
      subjectId: actor.userId,
      purpose: casePurpose,
      details: {
        from,
        to,
        count: shown.steps.length + shown.tasks.length,
        procedureSteps: shown.steps.length,
        tasks: shown.tasks.length,
        overdue,
        truncated,
        caseIds: [...new Set([...shown.steps, ...shown.tasks].map((item) => item.caseId))],
      },
    });
    return { from, to, today, ...shown, truncated };
  });
}
