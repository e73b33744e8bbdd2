import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { organisations, users } from '../schema/index';

export type UserRow = typeof users.$inferSelect;
export type UserInsert = typeof users.$inferInsert;

/** A user with the organisation summary every response about a person carries. */
export type UserWithOrganisation = UserRow & {
  organisation: { id: string; name: string; kind: string } | null;
};

const organisationSummary = {
  id: organisations.id,
  name: organisations.name,
  kind: organisations.kind,
};

export async function findUserByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row;
}

export async function findUserByOidcSubject(db: Database, issuer: string, subject: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)))
    .limit(1);
  return row;
}

export async function getUserWithOrganisation(db: Database, id: string): Promise<UserWithOrganisation | undefined> {
  const [row] = await db
    .select({ user: users, organisation: organisationSummary })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, id))
    .limit(1);
  return row ? { ...row.user, organisation: row.organisation } : undefined;
}

export async function findUsersWithOrganisation(
  db: Database,
  filter: { organisationId?: string | undefined },
): Promise<UserWithOrganisation[]> {
  const rows = await db
    .select({ user: users, organisation: organisationSummary })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(filter.organisationId ? eq(users.organisationId, filter.organisationId) : undefined)
    .orderBy(asc(users.email));
  return rows.map((row) => ({ ...row.user, organisation: row.organisation }));
}

/** Inserts or updates by e-mail (the seed's natural key). */
export async function upsertUserByEmail(db: Database, values: UserInsert): Promise<UserRow> {
  const normalised = { ...values, email: values.email.toLowerCase() };
  const { id: _id, email: _email, createdAt: _createdAt, ...updatable } = normalised;
  const [row] = await db
    .insert(users)
    .values(normalised)
    .onConflictDoUpdate({ target: users.email, set: { ...updatable, updatedAt: sql`now()` } })
    .returning();
  if (!row) throw new Error('user upsert returned no row');
  return row;
}

/**
 * Links a single sign-on identity to a user that has none yet; returns false when the user is
 * already linked (also by a concurrent request), so an existing link is never overwritten.
 */
export async function linkOidcSubject(db: Database, userId: string, issuer: string, subject: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ oidcIssuer: issuer, oidcSubject: subject, updatedAt: sql`now()` })
    .where(and(eq(users.id, userId), isNull(users.oidcSubject)))
    .returning({ id: users.id });
  return rows.length > 0;
}
