import { findNotifications as queryNotifications, markAllNotificationsRead, markNotificationRead, type NotificationRow } from '../db/repositories/notifications.repository';
import { AppError } from '../errors';
import { requireActor } from './case-access';
import type { CommandContext } from './context';

/** The caller's own notifications (ids and codes only: not audited as a personal-data read). */
export function findNotifications(ctx: CommandContext, unreadOnly: boolean): Promise<{ items: NotificationRow[]; unread: number }> {
  const actor = requireActor(ctx);
  return queryNotifications(ctx.db, actor.userId, { unreadOnly, limit: 100 });
}

export async function readNotification(ctx: CommandContext, notificationId: string): Promise<NotificationRow> {
  const actor = requireActor(ctx);
  const row = await ctx.db.transaction((tx) => markNotificationRead(tx, actor.userId, notificationId, ctx.clock.now()));
  if (!row) throw new AppError('NOT_FOUND', 'No such notification.');
  return row;
}

export function readAllNotifications(ctx: CommandContext): Promise<number> {
  const actor = requireActor(ctx);
  return ctx.db.transaction((tx) => markAllNotificationsRead(tx, actor.userId, ctx.clock.now()));
}
