import { and, arrayContains, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { accessTokens, accountLinks, auditLog, sessions, users } from '../schema/index';
import type { UserRow } from './users.repository';

/** All SQL of the user administration: accounts, their sessions and tokens, one-time links. */

export type AccountLinkRow = typeof accountLinks.$inferSelect;
export type AccessTokenListRow = Omit<typeof accessTokens.$inferSelect, 'tokenHash'>;

/** When each of these people last signed in (from the audit log's `auth.sign_in` entries). */
export async function findLastSignIns(db: Database, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: auditLog.subjectId, epoch: sql<number | null>`extract(epoch from max(${auditLog.at}))`.mapWith(Number) })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'user'), inArray(auditLog.subjectId, [...userIds]), eq(auditLog.action, 'auth.sign_in')))
    .groupBy(auditLog.subjectId);
  return new Map(rows.flatMap((row) => (row.userId && row.epoch ? [[row.userId, new Date(row.epoch * 1000).toISOString()] as const] : [])));
}

/** Inserts an account; undefined when the e-mail address is taken already. */
export async function insertUserAccount(tx: Database, values: typeof users.$inferInsert): Promise<UserRow | undefined> {
  const [row] = await tx
    .insert(users)
    .values({ ...values, email: values.email.toLowerCase() })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return row;
}

/** The account row, locked for the rest of the transaction (two changes to one person queue up). */
export async function lockUser(tx: Database, id: string): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

/**
 * The ids of the active admins, locked: two admins removing each other at the same moment
 * cannot both succeed (the second sees the first one's change and finds no other admin).
 */
export async function lockActiveAdminIds(tx: Database): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.isActive, true), arrayContains(users.roles, ['admin'])))
    .orderBy(users.id)
    .for('update');
  return rows.map((row) => row.id);
}

export async function updateUserAccount(
  tx: Database,
  id: string,
  changes: Partial<Pick<typeof users.$inferInsert, 'roles' | 'organisationId' | 'isActive' | 'passwordHash'>>,
  now: Date,
): Promise<void> {
  await tx.update(users).set({ ...changes, updatedAt: now }).where(eq(users.id, id));
}

/** Ends every session of the person; the number ended. */
export async function deleteSessionsOfUser(tx: Database, userId: string): Promise<number> {
  const rows = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ tokenHash: sessions.tokenHash });
  return rows.length;
}

/** Revokes every token of the person that is not revoked yet; the number revoked. */
export async function revokeTokensOfUser(tx: Database, userId: string, now: Date): Promise<number> {
  const rows = await tx
    .update(accessTokens)
    .set({ revokedAt: now })
    .where(and(eq(accessTokens.userId, userId), isNull(accessTokens.revokedAt)))
    .returning({ id: accessTokens.id });
  return rows.length;
}

export async function insertAccountLink(tx: Database, values: typeof accountLinks.$inferInsert): Promise<AccountLinkRow> {
  const [row] = await tx.insert(accountLinks).values(values).returning();
  if (!row) throw new Error('account link insert returned no row');
  return row;
}

/** Lets every open link of the person run out now (a new link replaces them, deactivation ends them). */
export async function expireOpenLinksOfUser(tx: Database, userId: string, now: Date): Promise<number> {
  const rows = await tx
    .update(accountLinks)
    .set({ expiresAt: now })
    .where(and(eq(accountLinks.userId, userId), isNull(accountLinks.usedAt), gt(accountLinks.expiresAt, now)))
    .returning({ id: accountLinks.id });
  return rows.length;
}

/** The link with this token hash; `lock` when it is about to be used (a second use waits and then sees it used). */
export async function findAccountLink(db: Database, tokenHash: string, options: { lock: boolean }): Promise<AccountLinkRow | undefined> {
  const query = db.select().from(accountLinks).where(eq(accountLinks.tokenHash, tokenHash)).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function markAccountLinkUsed(tx: Database, id: string, now: Date): Promise<void> {
  await tx.update(accountLinks).set({ usedAt: now }).where(eq(accountLinks.id, id));
}

const tokenColumns = {
  id: accessTokens.id,
  userId: accessTokens.userId,
  name: accessTokens.name,
  createdAt: accessTokens.createdAt,
  lastUsedAt: accessTokens.lastUsedAt,
  expiresAt: accessTokens.expiresAt,
  revokedAt: accessTokens.revokedAt,
};

/** The person's tokens, newest first, without their hashes. */
export function findAccessTokensOfUser(db: Database, userId: string): Promise<AccessTokenListRow[]> {
  return db.select(tokenColumns).from(accessTokens).where(eq(accessTokens.userId, userId)).orderBy(desc(accessTokens.createdAt), desc(accessTokens.id));
}

export async function getAccessTokenOfUser(db: Database, id: string, userId: string): Promise<AccessTokenListRow | undefined> {
  const [row] = await db.select(tokenColumns).from(accessTokens).where(and(eq(accessTokens.id, id), eq(accessTokens.userId, userId))).limit(1);
  return row;
}

/** Whether the person has any open link of this purpose (an invitation not yet accepted). */
export async function hasOpenLink(db: Database, userId: string, purpose: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: accountLinks.id })
    .from(accountLinks)
    .where(and(eq(accountLinks.userId, userId), eq(accountLinks.purpose, purpose), isNull(accountLinks.usedAt), sql`${accountLinks.expiresAt} > ${now.toISOString()}::timestamptz`))
    .limit(1);
  return row !== undefined;
}
