import { eq, lt } from 'drizzle-orm';
import type { Database } from '../client';
import { oidcStates } from '../schema/index';

export type OidcStateRow = typeof oidcStates.$inferSelect;

/** How long a started single sign-on may take before it is refused and pruned. */
export const OIDC_STATE_TTL_MS = 10 * 60_000;

export async function insertOidcState(db: Database, values: typeof oidcStates.$inferInsert): Promise<void> {
  await db.insert(oidcStates).values(values);
}

/**
 * Deletes the pending sign-in and returns it, in one statement: of two callbacks racing with
 * the same state only one gets the row, so an authorization response can be used once only.
 * An expired row is deleted as well but not returned.
 */
export async function takeOidcState(db: Database, state: string, now: Date): Promise<OidcStateRow | undefined> {
  const [row] = await db.delete(oidcStates).where(eq(oidcStates.state, state)).returning();
  if (!row || row.createdAt.getTime() <= now.getTime() - OIDC_STATE_TTL_MS) return undefined;
  return row;
}

/** Removes abandoned sign-ins (the user never came back from the provider). */
export async function deleteStaleOidcStates(db: Database, now: Date): Promise<number> {
  const deleted = await db
    .delete(oidcStates)
    .where(lt(oidcStates.createdAt, new Date(now.getTime() - OIDC_STATE_TTL_MS)))
    .returning({ state: oidcStates.state });
  return deleted.length;
}
