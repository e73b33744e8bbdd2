import type { CaseListQuery } from '../../contract/cases';
import { recordAudit } from '../audit/record-audit';
import { countOpenTasks, findCasePage, type CaseListFilter, type CaseSummaryRow } from '../db/repositories/case-list.repository';
import { AppError } from '../errors';
import { actorAsCaseSubject, caseScope } from '../policies/case.policy';
import { casePurpose, requireActor, todayOf } from './case-access';
import type { CommandContext } from './context';

export type CaseSummary = CaseSummaryRow & { openTasks: number; overdueTasks: number };

/** Lower-case words of letters and digits: what the name search matches as prefixes. */
export function nameWordsOf(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

/**
 * The cases the caller can reach, filtered, sorted and paged; one statement for the page and its
 * total, one for the task counts of the page. The read is audited with the ids shown (never the
 * search text, which is a name).
 */
export async function findCases(
  ctx: CommandContext,
  query: CaseListQuery,
): Promise<{ items: CaseSummary[]; total: number; page: number; pageSize: number }> {
  const actor = requireActor(ctx);
  const scope = caseScope(actorAsCaseSubject(actor));
  if (scope === 'none') throw new AppError('FORBIDDEN', 'Your role has no access to cases.');
  const today = todayOf(ctx);
  const navigator: CaseListFilter['navigator'] =
    query.navigator === undefined || query.navigator === 'none'
      ? query.navigator
      : { userId: query.navigator === 'me' ? actor.userId : query.navigator };
  const filter: CaseListFilter = {
    stage: query.stage,
    nameWords: query.q ? nameWordsOf(query.q) : undefined,
    overdueOn: query.overdue ? today : undefined,
    navigator,
    sort: query.sort,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  return ctx.db.transaction(async (tx) => {
    const { rows, total } = await findCasePage(tx, scope, filter);
    const counts = await countOpenTasks(
      tx,
      rows.map((row) => row.id),
      today,
    );
    const items = rows.map((row) => ({ ...row, openTasks: counts.get(row.id)?.open ?? 0, overdueTasks: counts.get(row.id)?.overdue ?? 0 }));
    await recordAudit(tx, ctx, {
      action: 'case.list_read',
      subjectType: 'case',
      purpose: casePurpose,
      details: {
        count: items.length,
        total,
        caseIds: items.map((item) => item.id),
        filters: { stage: query.stage ?? null, overdue: query.overdue ?? null, navigator: query.navigator ?? null, hasNameSearch: query.q !== undefined, sort: query.sort },
      },
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  });
}
