import { z } from 'zod';

/** In-app notifications (referral received, reminder, escalation, answer, question, withdrawal). */

const timestamp = z.iso.datetime({ offset: true });

export const notificationKinds = [
  'referral.received',
  'referral.reminder',
  'referral.escalated',
  'referral.answered',
  'referral.queried',
  'referral.replied',
  'referral.rejected',
  'referral.revoked',
  'referral.expired',
] as const;

export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    referralId: z.uuid().nullable(),
    data: z.record(z.string(), z.unknown()),
    createdAt: timestamp,
    readAt: timestamp.nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.strictObject({ unread: z.enum(['true', 'false']).optional() });
export const notificationListResponseSchema = z.object({ items: z.array(notificationSchema), unread: z.number().int() });
export type NotificationListResponse = z.infer<typeof notificationListResponseSchema>;
export const notificationParamsSchema = z.object({ notificationId: z.uuid() });
