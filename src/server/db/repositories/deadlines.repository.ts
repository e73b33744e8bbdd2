import { and, asc, between, eq, isNotNull, lt, or, type SQL } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import { casePersons, caseTasks, cases, procedureSteps, users } from '../schema/index';
import { caseScopeCondition, type CaseScopeFilter } from './case-list.repository';
import type { UserRef } from './cases.repository';

/** Due in [from, to] (inclusive), or overdue: due before `overdueBefore` (today). */
export type DueWindow = { from: string; to: string; overdueBefore: string };

type CaseColumns = { caseId: string; caseReference: string; givenName: string; familyName: string };
export type DueStepRow = CaseColumns & { procedureId: string; stepId: string; actor: string; dueOn: string };
export type DueTaskRow = CaseColumns & { taskId: string; title: string; dueOn: string; assignee: UserRef | null };

const mainPerson = alias(casePersons, 'main_person');
const assignee = alias(users, 'assignee');
const caseColumns = { caseId: cases.id, caseReference: cases.reference, givenName: mainPerson.givenName, familyName: mainPerson.familyName };
const mainPersonJoin = and(eq(mainPerson.caseId, cases.id), eq(mainPerson.relation, 'main'));

function dueIn(column: PgColumn, window: DueWindow): SQL {
  return or(between(column, window.from, window.to), lt(column, window.overdueBefore)) as SQL;
}

/**
 * Open §81a steps with a due date in the window, on cases the scope reaches (the case list's
 * access rule, `caseScopeCondition`); served by `procedure_steps_due_idx`. At most `limit` rows.
 */
export async function findDueProcedureSteps(db: Database, scope: CaseScopeFilter, window: DueWindow, limit: number): Promise<DueStepRow[]> {
  const rows = await db
    .select({ ...caseColumns, procedureId: procedureSteps.procedureId, stepId: procedureSteps.stepId, actor: procedureSteps.actor, dueOn: procedureSteps.dueOn })
    .from(procedureSteps)
    .innerJoin(cases, eq(cases.id, procedureSteps.caseId))
    .innerJoin(mainPerson, mainPersonJoin)
    .where(and(eq(procedureSteps.status, 'open'), isNotNull(procedureSteps.dueOn), dueIn(procedureSteps.dueOn, window), caseScopeCondition(scope)))
    .orderBy(asc(procedureSteps.dueOn), asc(cases.reference), asc(procedureSteps.stepId))
    .limit(limit);
  return rows.flatMap((row) => (row.dueOn === null ? [] : [{ ...row, dueOn: row.dueOn }]));
}

/** Open case tasks due in the window on cases the scope reaches (every task, not only the caller's). */
export async function findDueTasks(db: Database, scope: CaseScopeFilter, window: DueWindow, limit: number): Promise<DueTaskRow[]> {
  return db
    .select({ ...caseColumns, taskId: caseTasks.id, title: caseTasks.title, dueOn: caseTasks.dueOn, assignee: { id: assignee.id, name: assignee.name } })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .innerJoin(mainPerson, mainPersonJoin)
    .leftJoin(assignee, eq(assignee.id, caseTasks.assigneeUserId))
    .where(and(eq(caseTasks.status, 'open'), dueIn(caseTasks.dueOn, window), caseScopeCondition(scope)))
    .orderBy(asc(caseTasks.dueOn), asc(cases.reference), asc(caseTasks.createdAt))
    .limit(limit);
}
