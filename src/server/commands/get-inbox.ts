import { recordAudit } from '../audit/record-audit';
import {
  countOpenTasks,
  findInboxTasks,
  findNewlyNavigatedCases,
  type InboxTaskRow,
} from '../db/repositories/case-list.repository';
import { findDueProcedureSteps, type DueStepRow } from '../db/repositories/deadlines.repository';
import { actorAsCaseSubject, caseScope } from '../policies/case.policy';
import { casePurpose, requireActor, todayOf } from './case-access';
import type { CommandContext } from './context';
import type { CaseSummary } from './find-cases';

/** How long a case counts as newly assigned to its navigator. */
const NEWLY_ASSIGNED_DAYS = 7;
const LIST_LIMIT = 100;

export type Inbox = {
  today: string;
  dueToday: InboxTaskRow[];
  overdue: InboxTaskRow[];
  newlyAssigned: (CaseSummary & { navigatorAssignedAt: Date })[];
  /** Open §81a steps due today or overdue on cases in the caller's scope; absent for roles without cases. */
  procedureSteps?: DueStepRow[];
};

/**
 * The caller's inbox: open tasks due today and overdue (assigned to them, or on a case they
 * navigate), and cases they became navigator of in the last week. "Today" is the date in Germany.
 * Referrals join the inbox with the referral feature.
 */
export async function getInbox(ctx: CommandContext): Promise<Inbox> {
  const actor = requireActor(ctx);
  const today = todayOf(ctx);
  const scope = caseScope(actorAsCaseSubject(actor));
  if (scope === 'none') return { today, dueToday: [], overdue: [], newlyAssigned: [] };
  const since = new Date(ctx.clock.now().getTime() - NEWLY_ASSIGNED_DAYS * 86_400_000);
  return ctx.db.transaction(async (tx) => {
    const dueToday = await findInboxTasks(tx, scope, { on: today }, LIST_LIMIT);
    const overdue = await findInboxTasks(tx, scope, { before: today }, LIST_LIMIT);
    const navigated = await findNewlyNavigatedCases(tx, actor.userId, since, LIST_LIMIT);
    const procedureSteps = await findDueProcedureSteps(tx, scope, { from: today, to: today, overdueBefore: today }, LIST_LIMIT);
    const counts = await countOpenTasks(
      tx,
      navigated.map((row) => row.id),
      today,
    );
    const newlyAssigned = navigated.map((row) => ({
      ...row,
      navigatorAssignedAt: row.navigatorAssignedAt ?? since,
      openTasks: counts.get(row.id)?.open ?? 0,
      overdueTasks: counts.get(row.id)?.overdue ?? 0,
    }));
    const caseIds = [...new Set([...dueToday, ...overdue, ...procedureSteps].map((item) => item.caseId).concat(navigated.map((row) => row.id)))];
    await recordAudit(tx, ctx, {
      action: 'inbox.read',
      subjectType: 'user',
      subjectId: actor.userId,
      purpose: casePurpose,
      details: { dueToday: dueToday.length, overdue: overdue.length, newlyAssigned: newlyAssigned.length, procedureSteps: procedureSteps.length, caseIds },
    });
    return { today, dueToday, overdue, newlyAssigned, procedureSteps };
  });
}
