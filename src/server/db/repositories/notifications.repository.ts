import { and, arrayOverlaps, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { emailOutbox, notifications, users } from '../schema/index';

export type NotificationRow = typeof notifications.$inferSelect;
export type OutboxRow = typeof emailOutbox.$inferSelect;

export async function insertNotifications(tx: Database, rows: (typeof notifications.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(notifications).values(rows);
}

export async function findNotifications(db: Database, userId: string, options: { unreadOnly: boolean; limit: number }): Promise<{ items: NotificationRow[]; unread: number }> {
  const items = await db
    .select()
    .from(notifications)
    .where(options.unreadOnly ? and(eq(notifications.userId, userId), isNull(notifications.readAt)) : eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit);
  const [counted] = await db
    .select({ unread: sql<number>`count(*)`.mapWith(Number) })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return { items, unread: counted?.unread ?? 0 };
}

/** Marks the user's own notification read; undefined when it is not theirs. */
export async function markNotificationRead(tx: Database, userId: string, id: string, at: Date): Promise<NotificationRow | undefined> {
  const [row] = await tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  return row;
}

export async function markAllNotificationsRead(tx: Database, userId: string, at: Date): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** Active staff users of organisations (recipients of notifications), with their e-mail and language. */
export function findActiveUsersOfOrganisations(db: Database, organisationIds: readonly string[], roles: readonly string[]) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: users.id, email: users.email, locale: users.locale, organisationId: users.organisationId })
    .from(users)
    .where(and(inArray(users.organisationId, [...organisationIds]), eq(users.isActive, true), arrayOverlaps(users.roles, [...roles])));
}

export function findUsersByIds(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: users.id, email: users.email, locale: users.locale, organisationId: users.organisationId })
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.isActive, true)));
}

export async function insertOutboxEmails(tx: Database, rows: (typeof emailOutbox.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(emailOutbox).values(rows);
}

/**
 * Claims pending e-mails that are due, locked so that another instance skips them (SKIP LOCKED);
 * the caller sends and marks them in the same transaction.
 */
export function claimOutboxEmails(tx: Database, now: Date, limit: number): Promise<OutboxRow[]> {
  return tx
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'pending'), sql`${emailOutbox.nextAttemptAt} <= ${now.toISOString()}::timestamptz`))
    .orderBy(emailOutbox.nextAttemptAt)
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function markOutboxEmail(tx: Database, id: string, changes: Partial<typeof emailOutbox.$inferInsert>): Promise<void> {
  await tx.update(emailOutbox).set(changes).where(eq(emailOutbox.id, id));
}
