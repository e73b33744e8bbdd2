import type { Actor } from '../commands/context';
import type { RoutePolicy } from '../policies/route-policy';
import type { AppDeps } from './app-deps';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every route (see plugins/authorisation.ts). */
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export {};

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
}
