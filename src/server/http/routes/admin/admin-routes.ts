import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { auditVerifyResponseSchema, usersResponseSchema } from '../../../../contract/admin';
import { errorResponseSchema } from '../../../../contract/errors';
import { findUsers } from '../../../commands/find-users';
import { verifyAuditChain } from '../../../commands/verify-audit-chain';
import { rolesOnly } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentUser } from '../../presenters/user';

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['administration'],
        summary: 'User accounts (admin: all; steering and case workers: their organisation)',
        response: { 200: usersResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
      config: { policy: rolesOnly('admin', 'steering', 'caseworker') },
    },
    async (request) => {
      const users = await findUsers(contextOf(request));
      return { items: users.map(presentUser), total: users.length };
    },
  );

  app.get(
    '/api/v1/audit/verify',
    {
      schema: {
        tags: ['administration'],
        summary: 'Verify the hash chain of the audit log',
        response: { 200: auditVerifyResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema },
      },
      config: { policy: rolesOnly('admin') },
    },
    async (request) => verifyAuditChain(request.server.deps.database.db),
  );
};
