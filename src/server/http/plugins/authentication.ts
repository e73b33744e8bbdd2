import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { csrfCookieName, csrfHeaderName, sessionCookieName } from '../../../contract/auth';
import { authenticateAccessToken, authenticateSession } from '../../commands/authenticate';
import type { Clock } from '../../clock';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import { AppError } from '../../errors';
import { decideRouteAccess } from '../../policies/route-policy';
import { safeEqual } from '../../security/tokens';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

// Routes registered by plugins we do not write (interactive API docs) and only serve static files.
const exemptPrefixes = ['/api/docs'];

export type AuthenticationOptions = { db: Database; clock: Clock; config: Config };

/**
 * Resolves the actor (session cookie or Bearer token), enforces CSRF for cookie-authenticated
 * state changes, and applies the route's policy. Runs after validation (validate → authenticate
 * → load → authorise). Registration of a route without a policy fails the app's start.
 */
export const authenticationPlugin = fp(async (app: FastifyInstance, options: AuthenticationOptions) => {
  await app.register(cookie);
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    if (route.config?.policy) return;
    if (exemptPrefixes.some((prefix) => route.url.startsWith(prefix))) return;
    throw new Error(`Route ${String(route.method)} ${route.url} has no policy; declare config.policy (deny by default).`);
  });

  app.addHook('preHandler', async (request: FastifyRequest) => {
    const policy = request.routeOptions.config.policy;
    if (!policy) return;
    // Public routes (static files among them) never act on behalf of anyone: skipping the
    // session lookup keeps them free of database work.
    if (policy.access === 'public' && !policy.identifies) return;
    request.actor = await resolveActor(request, options);
    const decision = decideRouteAccess(policy, request.actor);
    if (decision === 'unauthenticated') throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    if (decision === 'forbidden') throw new AppError('FORBIDDEN', 'Your role may not do this.');
  });
});

async function resolveActor(request: FastifyRequest, options: AuthenticationOptions) {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const actor = await authenticateAccessToken(options, authorization.slice('Bearer '.length).trim());
    if (!actor) throw new AppError('UNAUTHENTICATED', 'The access token is unknown, expired or revoked.');
    return actor;
  }
  const sessionToken = request.cookies[sessionCookieName];
  if (!sessionToken) return null;
  const actor = await authenticateSession(options, sessionToken);
  if (!actor) return null;
  if (!safeMethods.has(request.method)) {
    const header = request.headers[csrfHeaderName];
    const cookieValue = request.cookies[csrfCookieName];
    // Double submit: the header must equal the readable cookie, and both the session's token.
    const isValid =
      typeof header === 'string' && cookieValue !== undefined && safeEqual(header, cookieValue) && safeEqual(header, actor.csrfToken);
    if (!isValid) throw new AppError('CSRF_FAILED', `Send the ${csrfHeaderName} header with the value of the ${csrfCookieName} cookie.`);
  }
  const { csrfToken: _csrf, ...rest } = actor;
  return rest;
}

/** Sets the session and CSRF cookies after sign-in. */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { sessionToken: string; csrfToken: string; expiresAt: Date },
): void {
  const secure = request.protocol === 'https';
  // Max-Age (relative to the server's clock), not Expires: with LOTSE_CLOCK set to another date an
  // absolute expiry would lie in the browser's past or far future, and the cookie would be dropped.
  const maxAge = Math.max(0, Math.floor((session.expiresAt.getTime() - request.server.deps.clock.now().getTime()) / 1000));
  const common = { path: '/', sameSite: 'lax' as const, secure, maxAge };
  reply.setCookie(sessionCookieName, session.sessionToken, { ...common, httpOnly: true });
  reply.setCookie(csrfCookieName, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, { path: '/' });
  reply.clearCookie(csrfCookieName, { path: '/' });
}
