import { and, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
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
// --- notes ---------------------------------------------------------------------------------

export async function insertNote(tx: Database, values: typeof caseNotes.$inferInsert): Promise<typeof caseNotes.$inferSelect> {
  const [row] = await tx.insert(caseNotes).values(values).returning();
  if (!row) throw new Error('note insert returned no row');
  return row;
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
// --- timeline ------------------------------------------------------------------------------

export async function insertEvents(tx: Database, values: (typeof caseEvents.$inferInsert)[]): Promise<void> {
  if (values.length > 0) await tx.insert(caseEvents).values(values);
}

