import type { CaseListQuery } from '../../contract/cases';
import { recordAudit } from '../audit/record-audit';
import { findCasePage, type CaseListFilter, type CasePageRow } from '../db/repositories/case-list.repository';
import { AppError } from '../errors';
import { actorAsCaseSubject, caseScope } from '../policies/case.policy';
import { casePurpose, requireActor, todayOf } from './case-access';
import type { CommandContext } from './context';

export type CaseSummary = CasePageRow;

/** Lower-case words of letters and digits: what the name search matches as prefixes. */
export function nameWordsOf(q: string): string[] {
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 8);
}

/**
 * The cases the caller can reach, filtered, sorted and paged: one statement for the page, its task
 * counts and the total. The read is audited with the ids shown (never the
 * search text, which is a name).
 */
export async function findCases(
  ctx: CommandContext,
  query: CaseListQuery,
): Promise<{ items: CaseSummary[]; total: number; totalIsLowerBound: boolean; page: number; pageSize: number }> {
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
  // Like the case page: no transaction, and the audit entry is written before the data leaves.
  const { rows: items, total, totalIsLowerBound } = await findCasePage(ctx.db, scope, filter, today);
  await recordAudit(ctx.db, ctx, {
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
  return { items, total, totalIsLowerBound, page: query.page, pageSize: query.pageSize };
}
