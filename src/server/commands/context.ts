import type { Role } from '../../domain/identity/roles';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/client';

/** Who is acting: resolved once per request by the HTTP layer, passed to every command. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  roles: Role[];
  organisationId: string | null;
  organisation: { id: string; name: string; kind: string } | null;
  locale: string;
  authMethod: 'password' | 'oidc' | 'token';
  sessionTokenHash?: string;
  accessTokenId?: string;
};

export type CommandContext = {
  db: Database;
  clock: Clock;
  config: Config;
  actor: Actor | null;
  requestId: string | null;
};
