import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../../../contract/errors';
import { notificationListQuerySchema, notificationListResponseSchema, notificationParamsSchema, notificationSchema } from '../../../../contract/notifications';
import { findNotifications, readAllNotifications, readNotification } from '../../../commands/find-notifications';
import type { NotificationRow } from '../../../db/repositories/notifications.repository';
import { signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';

const tags = ['notifications'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema };

const present = (row: NotificationRow) => ({
  id: row.id,
  kind: row.kind,
  referralId: row.referralId,
  data: row.data,
  createdAt: row.createdAt.toISOString(),
  readAt: row.readAt ? row.readAt.toISOString() : null,
});

/** The caller's in-app notifications. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/notifications',
    { schema: { tags, summary: 'The caller’s notifications, newest first, and the number unread', querystring: notificationListQuerySchema, response: { 200: notificationListResponseSchema, ...errors } }, config: { policy: signedIn } },
    async (request) => {
      const { items, unread } = await findNotifications(contextOf(request), request.query.unread === 'true');
      return { items: items.map(present), unread };
    },
  );
  app.post(
    '/api/v1/notifications/:notificationId/read',
    { schema: { tags, summary: 'Mark one notification read', params: notificationParamsSchema, response: { 200: notificationSchema, ...errors } }, config: { policy: signedIn } },
    async (request) => present(await readNotification(contextOf(request), request.params.notificationId)),
  );
  app.post(
    '/api/v1/notifications/read-all',
    { schema: { tags, summary: 'Mark all notifications read', response: { 200: z.object({ marked: z.number().int() }), ...errors } }, config: { policy: signedIn } },
    async (request) => ({ marked: await readAllNotifications(contextOf(request)) }),
  );
};
