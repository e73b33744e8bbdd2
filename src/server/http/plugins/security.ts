import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * A strict Content-Security-Policy: only our own scripts, no inline script, no framing.
 * Inline styles stay allowed because the KoliBri web components set style attributes at run
 * time; they cannot execute code.
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  objectSrc: ["'none'"],
  // Browsers would otherwise rewrite http://localhost requests in the demo to https.
  upgradeInsecureRequests: null,
};

const helmetOptions: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
  // HSTS only matters behind HTTPS; a reverse proxy in production should set it too.
  strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: true },
  crossOriginEmbedderPolicy: false,
  referrerPolicy: { policy: 'no-referrer' },
  frameguard: { action: 'deny' },
};

/**
 * The headers helmet computes for our options. They do not depend on the request, so they are
 * computed once: running helmet per request cost a tenth of an authenticated read (bench).
 */
export function securityHeaders(options: HelmetOptions = helmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  let error: unknown;
  helmet(options)({} as IncomingMessage, response, (failure?: unknown) => {
    error = failure;
  });
  if (error) throw error;
  return headers;
}

export const securityPlugin = fp(async (app: FastifyInstance) => {
  const headers = securityHeaders();
  // onRequest, so a route may still replace one (the API docs send their own CSP with hashes).
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(headers);
  });
});
