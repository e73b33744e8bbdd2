import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import { preparedPerDatabase } from '../prepared';
import { caseEvents, caseNotes, caseObstacles, caseTasks, users } from '../schema/index';
import type { UserRef } from './cases.repository';

export type TaskRow = typeof caseTasks.$inferSelect;
export type TaskWithAssignee = TaskRow & { assignee: UserRef | null };
export type NoteWithAuthor = typeof caseNotes.$inferSelect & { author: UserRef | null };
export type ObstacleRow = typeof caseObstacles.$inferSelect;
export type ObstacleWithCreator = ObstacleRow & { creator: UserRef | null };
export type EventWithActor = typeof caseEvents.$inferSelect & { actor: UserRef | null };

const person = alias(users, 'person');
const personRef = { id: person.id, name: person.name };

// --- tasks ---------------------------------------------------------------------------------

export async function insertTask(tx: Database, values: typeof caseTasks.$inferInsert): Promise<TaskRow> {
  const [row] = await tx.insert(caseTasks).values(values).returning();
  if (!row) throw new Error('task insert returned no row');
  return row;
}

export async function getTask(db: Database, caseId: string, taskId: string): Promise<TaskWithAssignee | undefined> {
  const [row] = await db
    .select({ task: caseTasks, assignee: personRef })
    .from(caseTasks)
    .leftJoin(person, eq(person.id, caseTasks.assigneeUserId))
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.id, taskId)))
    .limit(1);
  return row ? { ...row.task, assignee: row.assignee } : undefined;
}

export async function updateTaskStatus(tx: Database, taskId: string, status: string, completedAt: Date | null): Promise<void> {
  await tx.update(caseTasks).set({ status, completedAt }).where(eq(caseTasks.id, taskId));
}

/** Open tasks first by due date, then finished ones. */
const tasksOfCase = preparedPerDatabase((db) =>
  db
    .select({ task: caseTasks, assignee: personRef })
    .from(caseTasks)
    .leftJoin(person, eq(person.id, caseTasks.assigneeUserId))
    .where(eq(caseTasks.caseId, sql.placeholder('caseId')))
    .orderBy(sql`${caseTasks.status} = 'open' DESC`, asc(caseTasks.dueOn), asc(caseTasks.createdAt))
    .limit(500)
    .prepare('lotse_case_tasks'),
);

export async function findTasksOfCase(db: Database, caseId: string): Promise<TaskWithAssignee[]> {
  const rows = await tasksOfCase(db).execute({ caseId });
  return rows.map((row) => ({ ...row.task, assignee: row.assignee }));
}

// --- notes ---------------------------------------------------------------------------------

export async function insertNote(tx: Database, values: typeof caseNotes.$inferInsert): Promise<typeof caseNotes.$inferSelect> {
  const [row] = await tx.insert(caseNotes).values(values).returning();
  if (!row) throw new Error('note insert returned no row');
  return row;
}

const notesOfCase = preparedPerDatabase((db) =>
  db
    .select({ note: caseNotes, author: personRef })
    .from(caseNotes)
    .leftJoin(person, eq(person.id, caseNotes.authorUserId))
    .where(eq(caseNotes.caseId, sql.placeholder('caseId')))
    .orderBy(desc(caseNotes.createdAt), desc(caseNotes.id))
    .limit(200)
    .prepare('lotse_case_notes'),
);

export async function findNotesOfCase(db: Database, caseId: string): Promise<NoteWithAuthor[]> {
  const rows = await notesOfCase(db).execute({ caseId });
  return rows.map((row) => ({ ...row.note, author: row.author }));
}

// --- obstacles -----------------------------------------------------------------------------

export async function insertObstacle(tx: Database, values: typeof caseObstacles.$inferInsert): Promise<ObstacleRow> {
  const [row] = await tx.insert(caseObstacles).values(values).returning();
  if (!row) throw new Error('obstacle insert returned no row');
  return row;
}

export async function getObstacle(db: Database, caseId: string, obstacleId: string): Promise<ObstacleWithCreator | undefined> {
  const [row] = await db
    .select({ obstacle: caseObstacles, creator: personRef })
    .from(caseObstacles)
    .leftJoin(person, eq(person.id, caseObstacles.createdBy))
    .where(and(eq(caseObstacles.caseId, caseId), eq(caseObstacles.id, obstacleId)))
    .limit(1);
  return row ? { ...row.obstacle, creator: row.creator } : undefined;
}

/** Resolves an open obstacle; false when it was already resolved (also by a concurrent request). */
export async function resolveObstacle(tx: Database, obstacleId: string, at: Date, userId: string): Promise<boolean> {
  const rows = await tx
    .update(caseObstacles)
    .set({ resolvedAt: at, resolvedBy: userId })
    .where(and(eq(caseObstacles.id, obstacleId), isNull(caseObstacles.resolvedAt)))
    .returning({ id: caseObstacles.id });
  return rows.length > 0;
}

/** Unresolved first, newest first. */
const obstaclesOfCase = preparedPerDatabase((db) =>
  db
    .select({ obstacle: caseObstacles, creator: personRef })
    .from(caseObstacles)
    .leftJoin(person, eq(person.id, caseObstacles.createdBy))
    .where(eq(caseObstacles.caseId, sql.placeholder('caseId')))
    .orderBy(sql`${caseObstacles.resolvedAt} IS NULL DESC`, desc(caseObstacles.createdAt))
    .limit(200)
    .prepare('lotse_case_obstacles'),
);

export async function findObstaclesOfCase(db: Database, caseId: string): Promise<ObstacleWithCreator[]> {
  const rows = await obstaclesOfCase(db).execute({ caseId });
  return rows.map((row) => ({ ...row.obstacle, creator: row.creator }));
}

// --- timeline ------------------------------------------------------------------------------

export async function insertEvents(tx: Database, values: (typeof caseEvents.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await tx.insert(caseEvents).values(values);
}

const eventsOfCase = preparedPerDatabase((db) =>
  db
    .select({ event: caseEvents, actor: personRef })
    .from(caseEvents)
    .leftJoin(person, eq(person.id, caseEvents.actorUserId))
    .where(eq(caseEvents.caseId, sql.placeholder('caseId')))
    .orderBy(desc(caseEvents.at), desc(caseEvents.id))
    .limit(sql.placeholder('limit'))
    .prepare('lotse_case_events'),
);

export async function findEventsOfCase(db: Database, caseId: string, limit = 200): Promise<EventWithActor[]> {
  const rows = await eventsOfCase(db).execute({ caseId, limit });
  return rows.map((row) => ({ ...row.event, actor: row.actor }));
}
