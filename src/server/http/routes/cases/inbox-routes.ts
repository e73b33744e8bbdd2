import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { inboxWithReferralsResponseSchema } from '../../../../contract/inbox-referrals';
import { errorResponseSchema } from '../../../../contract/errors';
import { getInbox } from '../../../commands/get-inbox';
import { getInboxReferrals } from '../../../commands/get-inbox-referrals';
import { inboxRoles } from '../../../policies/case.policy';
import { rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentInbox } from '../../presenters/case';
import { presentInboxReferrals } from '../../presenters/referral';

export const inboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/inbox',
    {
      schema: {
        tags: ['cases'],
        summary: 'The caller’s inbox: tasks due today (Europe/Berlin) and overdue, newly assigned cases',
        response: { 200: inboxWithReferralsResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
      config: { policy: rolesOnly(...inboxRoles) },
    },
    async (request) => ({
      ...presentInbox(await getInbox(contextOf(request))),
      referrals: presentInboxReferrals(await getInboxReferrals(contextOf(request)), request.actor, request.server.deps.clock.now()),
    }),
  );
};
