import { and, asc, count, desc, eq, gte, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
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
  /** Defaults to CASE_COUNT_CAP. */
  countCap?: number;
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

/** The filters of the list, without the scope. */
function filterConditions(filter: CaseListFilter): SQL[] {
  const conditions: SQL[] = [];
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
  return conditions;
}

/**
 * The scope as disjoint parts, each served by one index range (owner or navigator, then stage
 * and sort key): an OR of both would make PostgreSQL collect and sort every match of the scope.
 */
function scopeParts(scope: CaseScopeFilter): SQL[] {
  const asNavigator = eq(cases.navigatorUserId, scope.userId);
  if (!scope.staffOrganisationId) return [asNavigator];
  return [eq(cases.ownerOrganisationId, scope.staffOrganisationId), and(asNavigator, ne(cases.ownerOrganisationId, scope.staffOrganisationId)) as SQL];
}

/** Totals are counted up to this many (or to the end of the requested page, if further). */
export const CASE_COUNT_CAP = 1_000;

export type CasePageRow = CaseSummaryRow & { openTasks: number; overdueTasks: number };

/**
 * The sort key of each scope part, as selected columns (`k1`, `k2`) and their order. For the name
 * sort the part reads main persons in name order (case_persons_main_name_idx).
 */
function sortKey(sort: CaseListFilter['sort']) {
  if (sort === 'name') {
    return {
      keys: { k1: sql<string>`lower(${mainPerson.familyName})`.as('k1'), k2: sql<string>`lower(${mainPerson.givenName})`.as('k2') },
      partOrder: [asc(sql`lower(${mainPerson.familyName})`), asc(sql`lower(${mainPerson.givenName})`), asc(cases.id)],
      unionOrder: sql`k1 ASC, k2 ASC, id ASC`,
      outerOrder: [asc(sql`lower(${mainPerson.familyName})`), asc(sql`lower(${mainPerson.givenName})`), asc(cases.id)],
    };
  }
  const column = sort === 'created' ? cases.createdAt : cases.updatedAt;
  return {
    keys: { k1: sql<Date>`${column}`.as('k1'), k2: sql<string>`''`.as('k2') },
    partOrder: [desc(column), desc(cases.id)],
    unionOrder: sql`k1 DESC, id DESC`,
    outerOrder: [desc(column), desc(cases.id)],
  };
}

/**
 * One page of the case list with each row's open and overdue task counts, and the total, in one
 * statement. Each scope part reads at most offset + limit ids in index order (short index scans
 * instead of sorting every match), the union picks the page, and only the page's rows are joined
 * with names. The total counts up to CASE_COUNT_CAP (beyond that it is a lower bound,
 * `totalIsLowerBound`): counting tens of thousands of matches per view costs more than the page.
 */
export async function findCasePage(
  db: Database,
  scope: CaseScopeFilter,
  filter: CaseListFilter,
  today: string,
): Promise<{ rows: CasePageRow[]; total: number; totalIsLowerBound: boolean }> {
  const filters = filterConditions(filter);
  const parts = scopeParts(scope).map((part) => and(part, ...filters) as SQL);
  const reach = filter.offset + filter.limit;
  const cap = Math.max(filter.countCap ?? CASE_COUNT_CAP, reach);
  const order = sortKey(filter.sort);
  const needsPerson = filter.sort === 'name';
  const pagePart = (where: SQL) => {
    const base = db.select({ id: cases.id, ...order.keys }).from(cases);
    const joined = needsPerson ? base.innerJoin(mainPerson, and(eq(mainPerson.caseId, cases.id), eq(mainPerson.relation, 'main'))) : base;
    return sql`(${joined.where(where).orderBy(...order.partOrder).limit(reach)})`;
  };
  const pageIds = sql`SELECT id FROM (${sql.join(parts.map(pagePart), sql` UNION ALL `)}) AS parts
    ORDER BY ${order.unionOrder} LIMIT ${filter.limit} OFFSET ${filter.offset}`;
  const countPart = (where: SQL) => sql`(SELECT count(*) FROM (${db.select({ one: sql`1` }).from(cases).where(where).limit(cap + 1)}) AS capped)`;
  const total = sql<number>`(${sql.join(parts.map(countPart), sql` + `)})`.mapWith(Number);
  const rows = await db
    .select({
      ...summaryColumns,
      openTasks: sql<number>`(SELECT count(*) FROM ${caseTasks} WHERE ${caseTasks.caseId} = ${cases.id} AND ${caseTasks.status} = 'open')`.mapWith(Number),
      overdueTasks: sql<number>`(SELECT count(*) FROM ${caseTasks} WHERE ${caseTasks.caseId} = ${cases.id} AND ${caseTasks.status} = 'open'
        AND ${caseTasks.dueOn} < ${today})`.mapWith(Number),
      total,
    })
    .from(cases)
    .innerJoin(mainPerson, and(eq(mainPerson.caseId, cases.id), eq(mainPerson.relation, 'main')))
    .leftJoin(navigator, eq(navigator.id, cases.navigatorUserId))
    .where(inArray(cases.id, sql`(${pageIds})`))
    .orderBy(...order.outerOrder);
  if (rows.length === 0 && filter.offset > 0) {
    // Past the end: the page is empty, the total still tells the client where the end is.
    const [counted] = await db.select({ total }).from(sql`(SELECT 1) AS one`);
    const n = counted?.total ?? 0;
    return { rows: [], total: Math.min(n, cap), totalIsLowerBound: n > cap };
  }
  const counted = rows[0]?.total ?? 0;
  return {
    rows: rows.map(({ total: _total, ...row }) => row),
    total: Math.min(counted, cap),
    totalIsLowerBound: counted > cap,
  };
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
