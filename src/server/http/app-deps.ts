import type { FastifyRequest } from 'fastify';
import type { Clock } from '../clock';
import type { CommandContext } from '../commands/context';
import type { Config } from '../config';
import type { DatabaseHandle } from '../db/client';

/** What the HTTP layer composes: configuration, database, clock. */
export type AppDeps = {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  version: string;
};

/** The command context for a request: its database, clock, actor and request id. */
export function contextOf(request: FastifyRequest): CommandContext {
  const deps = request.server.deps;
  return {
    db: deps.database.db,
    clock: deps.clock,
    config: deps.config,
    actor: request.actor,
    requestId: request.id,
  };
}
