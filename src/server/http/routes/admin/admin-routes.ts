import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { auditVerifyResponseSchema } from '../../../../contract/admin';
import { errorResponseSchema } from '../../../../contract/errors';
import { verifyAuditChain } from '../../../commands/verify-audit-chain';
import { rolesOnly } from '../../../policies/route-policy';

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
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
