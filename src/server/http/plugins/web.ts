import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../errors';
import { publicAccess } from '../../policies/route-policy';

const apiPrefixes = ['/api/', '/hsds/'];

/**
 * Serves the built web app from `dist/web`; every other GET path answers with index.html so
 * the browser router can handle it. Unknown API paths stay JSON 404s.
 */
export const webPlugin = fp(async (app: FastifyInstance, options: { root: string }) => {
  const root = resolve(options.root);
  const hasBuild = existsSync(join(root, 'index.html'));
  await app.register(fastifyStatic, { root, serve: false, cacheControl: false });

  app.get('/*', { config: { policy: publicAccess }, schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (apiPrefixes.some((prefix) => path.startsWith(prefix)) || path === '/api') {
      throw new AppError('NOT_FOUND', `No route GET ${path}.`);
    }
    if (!hasBuild) throw new AppError('NOT_FOUND', 'The web app is not built; run `npm run build:web`.');
    const file = path.replace(/^\/+/, '');
    // Hashed assets never change; everything else must be revalidated.
    if (file.startsWith('assets/') && existsSync(join(root, file))) {
      return reply.header('cache-control', 'public, max-age=31536000, immutable').sendFile(file);
    }
    if (file !== '' && !file.endsWith('.html') && existsSync(join(root, file)) && !file.includes('..')) {
      return reply.header('cache-control', 'no-cache').sendFile(file);
    }
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
  });
});
