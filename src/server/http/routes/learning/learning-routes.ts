import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import { errorResponseSchema } from '../../../../contract/errors';
import { certificateCodeParamsSchema, certificateVerificationSchema, myLearningSchema, xapiQuerySchema, xapiResponseSchema } from '../../../../contract/learning';
import { exportLearningXapi } from '../../../commands/export-learning-xapi';
import { getMyLearning } from '../../../commands/get-my-learning';
import { verifyCertificate } from '../../../commands/verify-certificate';
import { publicAccess, signedIn } from '../../../policies/route-policy';
import { contextOf } from '../../app-deps';
import { presentMyLearning } from '../../presenters/learning';

const tags = ['learning'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

/** "My learning", the xAPI export and the public certificate check. */
export const learningRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/learning/me',
    {
      schema: { tags, summary: 'My learning: onboarding paths of my roles, courses in progress, certificates', response: { 200: myLearningSchema, ...errors } },
      config: { policy: signedIn },
    },
    async (request) => presentMyLearning(await getMyLearning(contextOf(request))),
  );

  app.get(
    '/api/v1/learning/xapi',
    {
      schema: {
        tags,
        summary: 'Learning activity as xAPI 1.0.3 statements: my own; an admin may ask for one person (userId) or everyone (scope=all)',
        querystring: xapiQuerySchema,
        response: { 200: xapiResponseSchema, ...errors },
      },
      // Statements are built by our own domain code and typed; re-validating thousands on the way out is waste.
      serializerCompiler: () => (data: unknown) => JSON.stringify(data),
      config: { policy: signedIn },
    },
    async (request) => ({ statements: await exportLearningXapi(contextOf(request), request.query) }),
  );

  app.get(
    '/api/v1/certificates/:code',
    {
      schema: {
        tags,
        summary: 'Check a certificate’s verification code (public): holder, course and date, nothing else',
        params: certificateCodeParamsSchema,
        response: { 200: certificateVerificationSchema, ...errors, 429: errorResponseSchema },
      },
      // Public and answering "exists or not": limited, so codes cannot be tried in bulk.
      config: { policy: publicAccess, rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const check = await verifyCertificate(contextOf(request), request.params.code);
      return reply.header('cache-control', 'no-store').send({
        code: check.code,
        holderName: check.holderName,
        course: { title: check.courseTitle, version: check.courseVersion },
        issuedOn: check.issuedOn,
      });
    },
  );
};
