import type { Role } from '../../domain/identity/roles';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Database } from '../db/client';
import {
  type ActorUserRow,
  findActiveAccessToken,
  findActiveSession,
  touchAccessToken,
  touchSession,
} from '../db/repositories/sessions.repository';
import { accessTokenPrefix, sha256Hex } from '../security/tokens';
import type { Actor } from './context';

// Writing last-seen on every request would double the queries of a read; once a minute is enough
// for idle expiry measured in minutes.
const TOUCH_INTERVAL_MS = 60_000;

type Deps = { db: Database; clock: Clock; config: Config };

export type SessionActor = Actor & { csrfToken: string };

/** Resolves a session cookie to its actor, or null when missing, expired or idle too long. */
export async function authenticateSession(deps: Deps, sessionToken: string): Promise<SessionActor | null> {
  const now = deps.clock.now();
  const tokenHash = sha256Hex(sessionToken);
  const found = await findActiveSession(deps.db, tokenHash, now);
  if (!found) return null;
  const idleLimit = deps.config.session.idleMinutes * 60_000;
  const idleFor = now.getTime() - found.lastSeenAt.getTime();
  if (idleFor > idleLimit) return null;
  if (idleFor > TOUCH_INTERVAL_MS) await touchSession(deps.db, tokenHash, now);
  return {
    ...toActor(found.user, found.authMethod === 'oidc' ? 'oidc' : 'password'),
    sessionTokenHash: tokenHash,
    csrfToken: found.csrfToken,
  };
}

/** Resolves a personal access token (Authorization: Bearer lotse_pat_…). */
export async function authenticateAccessToken(deps: Deps, token: string): Promise<Actor | null> {
  if (!token.startsWith(accessTokenPrefix)) return null;
  const now = deps.clock.now();
  const found = await findActiveAccessToken(deps.db, sha256Hex(token), now);
  if (!found) return null;
  const lastUsed = found.token.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - lastUsed > TOUCH_INTERVAL_MS) await touchAccessToken(deps.db, found.token.id, now);
  return { ...toActor(found.user, 'token'), accessTokenId: found.token.id };
}

function toActor(user: ActorUserRow, authMethod: Actor['authMethod']): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles as Role[],
    organisationId: user.organisationId,
    organisation: user.organisation,
    locale: user.locale,
    authMethod,
  };
}
