import { and, asc, count, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import { casePersons, caseTasks, cases, users } from '../schema/index';
import type { UserRef } from './cases.repository';

/** The cases someone can reach (see policies/case.policy.ts): their organisation's, or as navigator. */
export type CaseScopeFilter = { userId: string; staffOrganisationId: string | null };

export type CaseListFilter = {
  stage?: string | undefined;
  /** Already reduced to lower-case words of letters and digits. */
  nameWords?: string[] | undefined;
  overdueOn?: string | undefined;
  navigator?: { userId: string } | 'none' | undefined;
  sort: 'updated' | 'created' | 'name';
  limit: number;
  offset: number;
};

export type CaseSummaryRow = {
  id: string;
  reference: string;
  stage: string;
  createdAt: Date;
  updatedAt: Date;
  navigatorAssignedAt: Date | null;
  givenName: string;
  familyName: string;
  navigator: UserRef | null;
};

const mainPerson = alias(casePersons, 'main_person');
const navigator = alias(users, 'navigator');

const summaryColumns = {
  id: cases.id,
  reference: cases.reference,
  stage: cases.stage,
  createdAt: cases.createdAt,
  updatedAt: cases.updatedAt,
  navigatorAssignedAt: cases.navigatorAssignedAt,
  givenName: mainPerson.givenName,
  familyName: mainPerson.familyName,
  navigator: { id: navigator.id, name: navigator.name },
};

/** SQL for "the cases this scope can reach"; served by the owner and navigator indexes. */
export function caseScopeCondition(scope: CaseScopeFilter): SQL {
  const asNavigator = eq(cases.navigatorUserId, scope.userId);
  if (!scope.staffOrganisationId) return asNavigator;
  return or(eq(cases.ownerOrganisationId, scope.staffOrganisationId), asNavigator) as SQL;
}

function listConditions(scope: CaseScopeFilter, filter: CaseListFilter): SQL {
  const conditions: SQL[] = [caseScopeCondition(scope)];
  if (filter.stage) conditions.push(eq(cases.stage, filter.stage));
  if (filter.navigator === 'none') conditions.push(isNull(cases.navigatorUserId));
  else if (filter.navigator) conditions.push(eq(cases.navigatorUserId, filter.navigator.userId));
  if (filter.overdueOn) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${caseTasks} WHERE ${caseTasks.caseId} = ${cases.id}
      AND ${caseTasks.status} = 'open' AND ${caseTasks.dueOn} < ${filter.overdueOn})`);
  }
  if (filter.nameWords && filter.nameWords.length > 0) {
    // Words are letters and digits only, so they cannot break the tsquery syntax; each is a prefix.
    const query = filter.nameWords.map((word) => `${word}:*`).join(' & ');
    conditions.push(sql`${cases.id} IN (SELECT ${casePersons.caseId} FROM ${casePersons}
      WHERE ${casePersons.search} @@ to_tsquery('simple'::regconfig, ${query}))`);
  }
  return and(...conditions) as SQL;
}

function listOrder(sort: CaseListFilter['sort']): SQL[] {
  if (sort === 'created') return [desc(cases.createdAt), desc(cases.id)];
  // Matches case_persons_main_name_idx, so a page by name reads names in order instead of sorting all.
  if (sort === 'name') return [asc(sql`lower(${mainPerson.familyName})`), asc(sql`lower(${mainPerson.givenName})`), asc(mainPerson.caseId)];
  return [desc(cases.updatedAt), desc(cases.id)];
}

/**
 * One page of the case list and its total. The page joins names for its rows only; the total
 * counts on `cases` alone (the main person is one per case), so neither touches every match twice.
 */
export async function findCasePage(
  db: Database,
  scope: CaseScopeFilter,
  filter: CaseListFilter,
): Promise<{ rows: CaseSummaryRow[]; total: number }> {
  const where = listConditions(scope, filter);
  const rows = await db
    .select(summaryColumns)
    .from(cases)
    .innerJoin(mainPerson, and(eq(mainPerson.caseId, cases.id), eq(mainPerson.relation, 'main')))
    .leftJoin(navigator, eq(navigator.id, cases.navigatorUserId))
    .where(where)
    .orderBy(...listOrder(filter.sort))
    .limit(filter.limit)
    .offset(filter.offset);
  // A first page that is not full is the whole result: no count needed.
  if (filter.offset === 0 && rows.length < filter.limit) return { rows, total: rows.length };
  const [counted] = await db.select({ total: count() }).from(cases).where(where);
  return { rows, total: counted?.total ?? 0 };
}

/** Open and overdue task counts for a page of cases, in one grouped query. */
export async function countOpenTasks(
  db: Database,
  caseIds: string[],
  today: string,
): Promise<Map<string, { open: number; overdue: number }>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select({
      caseId: caseTasks.caseId,
      open: count(),
      overdue: sql<number>`count(*) FILTER (WHERE ${caseTasks.dueOn} < ${today})`.mapWith(Number),
    })
    .from(caseTasks)
    .where(and(inArray(caseTasks.caseId, caseIds), eq(caseTasks.status, 'open')))
    .groupBy(caseTasks.caseId);
  return new Map(rows.map((row) => [row.caseId, { open: row.open, overdue: row.overdue }]));
}

/** Cases whose navigator the user became at or after `since`, newest first. */
export async function findNewlyNavigatedCases(db: Database, userId: string, since: Date, limit: number): Promise<CaseSummaryRow[]> {
  return db
    .select(summaryColumns)
    .from(cases)
    .innerJoin(mainPerson, and(eq(mainPerson.caseId, cases.id), eq(mainPerson.relation, 'main')))
    .leftJoin(navigator, eq(navigator.id, cases.navigatorUserId))
    .where(and(eq(cases.navigatorUserId, userId), gte(cases.navigatorAssignedAt, since)))
    .orderBy(desc(cases.navigatorAssignedAt), desc(cases.id))
    .limit(limit);
}

export type InboxTaskRow = typeof caseTasks.$inferSelect & {
  assignee: UserRef | null;
  case: { id: string; reference: string; givenName: string; familyName: string };
};

const assignee = alias(users, 'assignee');

/**
 * Open tasks of the inbox: assigned to the user, or on a case they navigate, on cases still within
 * their scope; `due` selects due today (`on`) or overdue (`before`).
 */
export async function findInboxTasks(
  db: Database,
  scope: CaseScopeFilter,
  due: { on: string } | { before: string },
  limit: number,
): Promise<InboxTaskRow[]> {
  const dueCondition = 'on' in due ? eq(caseTasks.dueOn, due.on) : lt(caseTasks.dueOn, due.before);
  const rows = await db
    .select({
      task: caseTasks,
      assignee: { id: assignee.id, name: assignee.name },
      case: { id: cases.id, reference: cases.reference, givenName: mainPerson.givenName, familyName: mainPerson.familyName },
    })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .innerJoin(mainPerson, and(eq(mainPerson.caseId, cases.id), eq(mainPerson.relation, 'main')))
    .leftJoin(assignee, eq(assignee.id, caseTasks.assigneeUserId))
    .where(
      and(
        eq(caseTasks.status, 'open'),
        dueCondition,
        or(eq(caseTasks.assigneeUserId, scope.userId), eq(cases.navigatorUserId, scope.userId)),
        caseScopeCondition(scope),
      ),
    )
    .orderBy(asc(caseTasks.dueOn), asc(caseTasks.createdAt))
    .limit(limit);
  return rows.map((row) => ({ ...row.task, assignee: row.assignee, case: row.case }));
}
