import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from '@fastify/type-provider-zod';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { AppError } from '../errors';
import type { AppDeps } from './app-deps';
import './fastify-types';
import { authenticationPlugin } from './plugins/authentication';
import { errorsPlugin } from './plugins/errors';
import { openapiPlugin } from './plugins/openapi';
import { securityPlugin } from './plugins/security';
import { webPlugin } from './plugins/web';
import { adminRoutes } from './routes/admin/admin-routes';
import { networkAdminRoutes } from './routes/admin/network-admin-routes';
import { userAdminRoutes } from './routes/admin/user-admin-routes';
import { caseRecordRoutes } from './routes/cases/case-record-routes';
import { caseRoutes } from './routes/cases/case-routes';
import { documentRoutes } from './routes/cases/document-routes';
import { documentReviewRoutes } from './routes/cases/document-review-routes';
import { myCaseRoutes } from './routes/portal/my-case-routes';
import { inboxRoutes } from './routes/cases/inbox-routes';
import { contactRequestRoutes } from './routes/portal-entry/contact-request-routes';
import { portalInvitationRoutes } from './routes/portal-entry/portal-invitation-routes';
import { procedureRoutes } from './routes/cases/procedure-routes';
import { qualificationRoutes } from './routes/cases/qualification-routes';
import { articleRoutes } from './routes/knowledge/article-routes';
import { searchRoutes } from './routes/knowledge/search-routes';
import { courseRoutes } from './routes/learning/course-routes';
import { learningRoutes } from './routes/learning/learning-routes';
import { oidcRoutes } from './routes/auth/oidc-routes';
import { sessionRoutes } from './routes/auth/session-routes';
import { tokenRoutes } from './routes/auth/token-routes';
import { organisationRoutes } from './routes/directory/organisation-routes';
import { lawRoutes } from './routes/law/law-routes';
import { pathwayRoutes } from './routes/pathways/pathway-routes';
import { placeRoutes } from './routes/places/place-routes';
import { responsibilityRoutes } from './routes/network/responsibility-routes';
import { hsdsRoutes } from './routes/hsds/hsds-routes';
import { networkGraphRoutes } from './routes/network/graph-routes';
import { obstacleReportRoutes } from './routes/obstacle-reports/obstacle-report-routes';
import { praxisCheckRoutes } from './routes/praxis-check/praxis-check-routes';
import { shortageImportRoutes, shortageStatsRoutes } from './routes/shortage/shortage-routes';
import { statsRoutes } from './routes/steering/stats-routes';
import { systemRoutes } from './routes/system/system-routes';
import { consentRoutes } from './routes/referrals/consent-routes';
import { dataSubjectRoutes } from './routes/referrals/data-subject-routes';
import { notificationRoutes } from './routes/referrals/notification-routes';
import { referralRoutes } from './routes/referrals/referral-routes';
import { messageAttachmentRoutes } from './routes/messages/message-attachment-routes';
import { messageRoutes } from './routes/messages/message-routes';
import { portalPrivacyRoutes } from './routes/portal/portal-privacy-routes';
import { employerRoutes } from './routes/employer/employer-routes';

export type BuildAppOptions = {
  /** Folder of the built web app; omitted in API-only tests. */
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
};

/**
 * Logs carry method, path and status, never query strings, bodies, cookies or the
 * Authorization header: those can hold personal data or secrets.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: {
      req: (request: { method: string; url: string; id: string }) => ({
        id: request.id,
        method: request.method,
        // One-time account links carry their secret in the path: it never reaches the log.
        path: request.url.split('?')[0]?.replace(/\/(account\/links|konto\/link)\/[^/]+/, '/$1/…'),
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

/** Composes the HTTP application; the caller owns the database and closes it. */
export async function buildApp(deps: AppDeps, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? loggerOptions(deps.config.log.level),
    genReqId: () => randomUUID(),
    // Behind a trusted proxy, keep its request id so logs can be correlated across hops.
    requestIdHeader: deps.config.http.trustProxy ? 'x-request-id' : false,
    trustProxy: deps.config.http.trustProxy,
    bodyLimit: deps.config.http.bodyLimitBytes,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorsPlugin);
  await app.register(securityPlugin);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('RATE_LIMITED', `Too many attempts; try again in ${Math.ceil(context.ttl / 1000)} seconds.`),
  });
  await app.register(authenticationPlugin, { db: deps.database.db, clock: deps.clock, config: deps.config });
  await app.register(openapiPlugin, { version: deps.version });

  await app.register(systemRoutes);
  await app.register(sessionRoutes);
  await app.register(oidcRoutes);
  await app.register(tokenRoutes);
  await app.register(organisationRoutes);
  await app.register(lawRoutes);
  await app.register(pathwayRoutes);
  await app.register(placeRoutes);
  await app.register(responsibilityRoutes);
  await app.register(hsdsRoutes);
  await app.register(networkGraphRoutes);
  await app.register(praxisCheckRoutes);
  await app.register(statsRoutes);
  await app.register(adminRoutes);
  await app.register(networkAdminRoutes);
  await app.register(userAdminRoutes);
  await app.register(shortageImportRoutes);
  await app.register(shortageStatsRoutes);
  await app.register(caseRoutes);
  await app.register(caseRecordRoutes);
  await app.register(qualificationRoutes);
  await app.register(documentRoutes);
  await app.register(documentReviewRoutes);
  await app.register(myCaseRoutes);
  await app.register(inboxRoutes);
  await app.register(employerRoutes);
  await app.register(procedureRoutes);
  await app.register(consentRoutes);
  await app.register(referralRoutes);
  await app.register(notificationRoutes);
  await app.register(dataSubjectRoutes);
  await app.register(messageRoutes);
  await app.register(messageAttachmentRoutes);
  await app.register(portalPrivacyRoutes);
  await app.register(articleRoutes);
  await app.register(searchRoutes);
  await app.register(courseRoutes);
  await app.register(learningRoutes);
  await app.register(contactRequestRoutes);
  await app.register(portalInvitationRoutes);
  await app.register(obstacleReportRoutes);
  if (options.webRoot) await app.register(webPlugin, { root: options.webRoot });
  return app;
}
