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

/** What varies between list queries other than values: one prepared statement per shape. */
type ListShape = {
  parts: 1 | 2;
  stage: boolean;
  navigator: 'none' | 'user' | 'any';
  overdue: boolean;
  name: boolean;
  sort: CaseListFilter['sort'];
};

const param = (name: string) => sql.placeholder(name);

/** The filters of the list, without the scope; values are placeholders. */
function filterConditions(shape: ListShape): SQL[] {
  const conditions: SQL[] = [];
  if (shape.stage) conditions.push(eq(cases.stage, param('stage')));
  if (shape.navigator === 'none') conditions.push(isNull(cases.navigatorUserId));
  else if (shape.navigator === 'user') conditions.push(eq(cases.navigatorUserId, param('navigatorUserId')));
  if (shape.overdue) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${caseTasks} WHERE ${caseTasks.caseId} = ${cases.id}
      AND ${caseTasks.status} = 'open' AND ${caseTasks.dueOn} < ${param('overdueOn')})`);
  }
  if (shape.name) {
    conditions.push(sql`${cases.id} IN (SELECT ${casePersons.caseId} FROM ${casePersons}
      WHERE ${casePersons.search} @@ to_tsquery('simple'::regconfig, ${param('nameQuery')}))`);
  }
  return conditions;
}

/**
 * The scope as disjoint parts, each served by one index range (owner or navigator, then stage
 * and sort key): an OR of both would make PostgreSQL collect and sort every match of the scope.
 */
function scopeParts(shape: ListShape): SQL[] {
  const asNavigator = eq(cases.navigatorUserId, param('userId'));
  if (shape.parts === 1) return [asNavigator];
  return [eq(cases.ownerOrganisationId, param('organisationId')), and(asNavigator, ne(cases.ownerOrganisationId, param('organisationId'))) as SQL];
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
 * Built once per shape and database as a named prepared statement (building this SQL costs more
 * than running it).
 */
function buildListQueries(db: Database, shape: ListShape, name: string) {
  const parts = scopeParts(shape).map((part) => and(part, ...filterConditions(shape)) as SQL);
  const order = sortKey(shape.sort);
  const pagePart = (where: SQL) => {
    const base = db.select({ id: cases.id, ...order.keys }).from(cases);
    const joined = shape.sort === 'name' ? base.innerJoin(mainPerson, and(eq(mainPerson.caseId, cases.id), eq(mainPerson.relation, 'main'))) : base;
    return sql`(${joined.where(where).orderBy(...order.partOrder).limit(param('reach'))})`;
  };
  const pageIds = sql`SELECT id FROM (${sql.join(parts.map(pagePart), sql` UNION ALL `)}) AS parts
    ORDER BY ${order.unionOrder} LIMIT ${param('limit')} OFFSET ${param('offset')}`;
  const countPart = (where: SQL) =>
    sql`(SELECT count(*) FROM (${db.select({ one: sql`1` }).from(cases).where(where).limit(param('capPlusOne'))}) AS capped)`;
  const total = sql<number>`(${sql.join(parts.map(countPart), sql` + `)})`.mapWith(Number);
  const page = db
    .select({
      ...summaryColumns,
      openTasks: sql<number>`(SELECT count(*) FROM ${caseTasks} WHERE ${caseTasks.caseId} = ${cases.id} AND ${caseTasks.status} = 'open')`.mapWith(Number),
      overdueTasks: sql<number>`(SELECT count(*) FROM ${caseTasks} WHERE ${caseTasks.caseId} = ${cases.id} AND ${caseTasks.status} = 'open'
        AND ${caseTasks.dueOn} < ${param('today')})`.mapWith(Number),
      total,
    })
    .from(cases)
    .innerJoin(mainPerson, and(eq(mainPerson.caseId, cases.id), eq(mainPerson.relation, 'main')))
    .leftJoin(navigator, eq(navigator.id, cases.navigatorUserId))
    .where(inArray(cases.id, sql`(${pageIds})`))
    .orderBy(...order.outerOrder)
    .prepare(`lotse_case_list_${name}`);
  const count = db.select({ total }).from(sql`(SELECT 1) AS one`).prepare(`lotse_case_count_${name}`);
  return { page, count };
}

const listQueries = new WeakMap<Database, Map<string, ReturnType<typeof buildListQueries>>>();

function listQueriesFor(db: Database, shape: ListShape) {
  const name = [shape.parts, shape.stage ? 's' : '', shape.navigator, shape.overdue ? 'o' : '', shape.name ? 'q' : '', shape.sort].join('_');
  let byShape = listQueries.get(db);
  if (!byShape) {
    byShape = new Map();
    listQueries.set(db, byShape);
  }
  let queries = byShape.get(name);
  if (!queries) {
    queries = buildListQueries(db, shape, name);
    byShape.set(name, queries);
  }
  return queries;
}

export async function findCasePage(
  db: Database,
  scope: CaseScopeFilter,
  filter: CaseListFilter,
  today: string,
): Promise<{ rows: CasePageRow[]; total: number; totalIsLowerBound: boolean }> {
  const nameWords = filter.nameWords ?? [];
  const shape: ListShape = {
    parts: scope.staffOrganisationId ? 2 : 1,
    stage: Boolean(filter.stage),
    navigator: filter.navigator === 'none' ? 'none' : filter.navigator ? 'user' : 'any',
    overdue: Boolean(filter.overdueOn),
    name: nameWords.length > 0,
    sort: filter.sort,
  };
  const reach = filter.offset + filter.limit;
  const cap = Math.max(filter.countCap ?? CASE_COUNT_CAP, reach);
  const values = {
    userId: scope.userId,
    organisationId: scope.staffOrganisationId,
    stage: filter.stage,
    navigatorUserId: typeof filter.navigator === 'object' ? filter.navigator.userId : undefined,
    overdueOn: filter.overdueOn,
    // Words are letters and digits only, so they cannot break the tsquery syntax; each is a prefix.
    nameQuery: nameWords.map((word) => `${word}:*`).join(' & '),
    reach,
    limit: filter.limit,
    offset: filter.offset,
    capPlusOne: cap + 1,
    today,
  };
  const queries = listQueriesFor(db, shape);
  const rows = await queries.page.execute(values);
  if (rows.length === 0 && filter.offset > 0) {
    // Past the end: the page is empty, the total still tells the client where the end is.
    const [counted] = await queries.count.execute(values);
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
