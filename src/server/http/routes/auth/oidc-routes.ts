import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sessionCookieName } from '../../../../contract/auth';
import { errorResponseSchema } from '../../../../contract/errors';
import { finishOidcSignIn, OidcSignInError } from '../../../commands/finish-oidc-sign-in';
import { startOidcSignIn } from '../../../commands/start-oidc-sign-in';
import { AppError } from '../../../errors';
import { publicAccess } from '../../../policies/route-policy';
import { sha256Hex } from '../../../security/tokens';
import { contextOf } from '../../app-deps';
import { setSessionCookies } from '../../plugins/authentication';

const tags = ['auth'];

/** Binds a started sign-in to the browser that started it (see StartedOidcSignIn.state). */
const stateCookieName = 'lotse_oidc_state';
const stateCookiePath = '/api/v1/auth/oidc';

/** The sign-in page shows a generic notice; details stay in the log. */
const failedRedirect = '/anmelden?sso=failed';

// Each start writes a row; keyed by address only (there is no account yet), and generous,
// because a whole office behind one NAT address may sign in at nine o'clock.
const rateLimit = { max: 60, timeWindow: '1 minute', hook: 'preHandler' as const };

const redirectResponse = z.null().describe('302 redirect (Location header)');

const startQuerySchema = z.object({
  returnTo: z.string().max(2048).optional().describe('Relative path to open after sign-in; anything else becomes /'),
});

// Not strict: providers add parameters of their own (Keycloak `session_state`, RFC 9207 `iss`).
// All are optional so that an incomplete response is refused by redirect, not answered with JSON.
const callbackQuerySchema = z.object({
  code: z.string().max(4096).optional(),
  state: z.string().max(512).optional(),
  iss: z.string().max(2048).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(2048).optional(),
  session_state: z.string().max(512).optional(),
});

export const oidcRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/auth/oidc/start',
    {
      schema: {
        tags,
        summary: 'Start single sign-on: redirects to the identity provider',
        querystring: startQuerySchema,
        response: { 302: redirectResponse, 429: errorResponseSchema, 501: errorResponseSchema },
      },
      config: { policy: publicAccess, rateLimit },
    },
    async (request, reply) => {
      requireConfigured(request);
      try {
        const started = await startOidcSignIn(contextOf(request), { returnTo: request.query.returnTo });
        reply.setCookie(stateCookieName, started.state, {
          path: stateCookiePath,
          httpOnly: true,
          // Lax is sent on the provider's top-level redirect back to the callback; Strict would not be.
          sameSite: 'lax',
          secure: request.protocol === 'https',
          maxAge: started.maxAgeSeconds,
        });
        return reply.redirect(started.authorizationUrl, 302);
      } catch (error) {
        logFailure(request, 'start', error);
        return reply.redirect(failedRedirect, 302);
      }
    },
  );

  app.get(
    '/api/v1/auth/oidc/callback',
    {
      schema: {
        tags,
        summary: 'Single sign-on callback: the identity provider redirects here',
        querystring: callbackQuerySchema,
        response: { 302: redirectResponse, 400: errorResponseSchema, 429: errorResponseSchema, 501: errorResponseSchema },
      },
      config: { policy: publicAccess, rateLimit },
    },
    async (request, reply) => {
      requireConfigured(request);
      const boundState = request.cookies[stateCookieName];
      reply.clearCookie(stateCookieName, { path: stateCookiePath });
      const previous = request.cookies[sessionCookieName];
      try {
        const { session, returnTo } = await finishOidcSignIn(contextOf(request), {
          // The raw query, not the parsed one: every parameter the provider sent takes part in validation.
          query: new URLSearchParams(rawQuery(request.url)),
          boundState,
          previousSessionTokenHash: previous ? sha256Hex(previous) : undefined,
        });
        setSessionCookies(request, reply, session);
        return reply.redirect(returnTo, 302);
      } catch (error) {
        logFailure(request, 'callback', error);
        return reply.redirect(failedRedirect, 302);
      }
    },
  );
};

function requireConfigured(request: FastifyRequest): void {
  if (!request.server.deps.config.oidc) {
    throw new AppError('NOT_CONFIGURED', 'Single sign-on is not configured on this installation.');
  }
}

function rawQuery(url: string): string {
  const index = url.indexOf('?');
  return index === -1 ? '' : url.slice(index + 1);
}

/**
 * Logs a reason code and the provider's protocol error code only: no e-mail, subject, code or
 * state, and no error message, which may quote any of them (or a failed query's parameters).
 */
function logFailure(request: FastifyRequest, step: 'start' | 'callback', error: unknown): void {
  if (error instanceof OidcSignInError) {
    request.log.warn({ event: 'oidc_sign_in_refused', step, reason: error.reason, protocolError: error.protocolError }, 'single sign-on refused');
    return;
  }
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const name = error instanceof Error ? error.name : typeof error;
  request.log.error({ event: 'oidc_sign_in_failed', step, reason: 'unexpected', errorName: name, errorCode: code }, 'single sign-on failed');
}
