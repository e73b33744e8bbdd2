import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { accessTokens, organisations, sessions, users } from '../schema/index';

export type SessionRow = typeof sessions.$inferSelect;

/** The columns of a user an authenticated request needs; never the password hash. */
export type ActorUserRow = {
  id: string;
  email: string;
  name: string;
  roles: string[];
  organisationId: string | null;
  locale: string;
  organisation: { id: string; name: string; kind: string } | null;
};

export type ActiveSession = {
  lastSeenAt: Date;
  csrfToken: string;
  authMethod: string;
  user: ActorUserRow;
};

const organisationSummary = { id: organisations.id, name: organisations.name, kind: organisations.kind };

const actorUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  roles: users.roles,
  organisationId: users.organisationId,
  locale: users.locale,
};

function buildActiveSessionQuery(db: Database) {
  return db
    .select({
      lastSeenAt: sessions.lastSeenAt,
      csrfToken: sessions.csrfToken,
      authMethod: sessions.authMethod,
      user: actorUserColumns,
      organisation: organisationSummary,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql<Date>`${sql.placeholder('now')}::timestamptz`),
        eq(users.isActive, true),
      ),
    )
    .limit(1)
    .prepare('lotse_find_active_session');
}

// This lookup runs on every authenticated request: prepared once per database, Drizzle does
// not rebuild the SQL and PostgreSQL does not re-plan the join each time (see bench/results).
const activeSessionQueries = new WeakMap<Database, ReturnType<typeof buildActiveSessionQuery>>();

export async function insertSession(db: Database, values: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(values);
}

/** One query per authenticated request: the session, its user and the user's organisation. */
export async function findActiveSession(db: Database, tokenHash: string, now: Date): Promise<ActiveSession | undefined> {
  let query = activeSessionQueries.get(db);
  if (!query) {
    query = buildActiveSessionQuery(db);
    activeSessionQueries.set(db, query);
  }
  const [row] = await query.execute({ tokenHash, now: now.toISOString() });
  if (!row) return undefined;
  const { user, organisation, ...session } = row;
  return { ...session, user: { ...user, organisation } };
}

export async function touchSession(db: Database, tokenHash: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Database, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Database, now: Date, idleSince: Date): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)))
    .returning({ tokenHash: sessions.tokenHash });
  return deleted.length;
}

export type AccessTokenRow = typeof accessTokens.$inferSelect;

export async function insertAccessToken(db: Database, values: typeof accessTokens.$inferInsert): Promise<AccessTokenRow> {
  const [row] = await db.insert(accessTokens).values(values).returning();
  if (!row) throw new Error('access token insert returned no row');
  return row;
}

export async function findActiveAccessToken(
  db: Database,
  tokenHash: string,
  now: Date,
): Promise<{ token: AccessTokenRow; user: ActorUserRow } | undefined> {
  const [row] = await db
    .select({ token: accessTokens, user: actorUserColumns, organisation: organisationSummary })
    .from(accessTokens)
    .innerJoin(users, eq(users.id, accessTokens.userId))
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(
      and(
        eq(accessTokens.tokenHash, tokenHash),
        isNull(accessTokens.revokedAt),
        or(isNull(accessTokens.expiresAt), gt(accessTokens.expiresAt, now)),
        eq(users.isActive, true),
      ),
    )
    .limit(1);
  return row ? { token: row.token, user: { ...row.user, organisation: row.organisation } } : undefined;
}

export async function touchAccessToken(db: Database, id: string, now: Date): Promise<void> {
  await db.update(accessTokens).set({ lastUsedAt: now }).where(eq(accessTokens.id, id));
}

export async function revokeAccessToken(db: Database, id: string, userId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(accessTokens)
    .set({ revokedAt: now })
    .where(and(eq(accessTokens.id, id), eq(accessTokens.userId, userId), isNull(accessTokens.revokedAt)))
    .returning({ id: accessTokens.id });
  return rows.length > 0;
}

