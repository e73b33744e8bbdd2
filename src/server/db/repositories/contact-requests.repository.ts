import { and, count, desc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { contactRequests } from '../schema';

export type ContactRequestRow = typeof contactRequests.$inferSelect;

export async function insertContactRequest(tx: Database, values: typeof contactRequests.$inferInsert): Promise<ContactRequestRow> {
  const [row] = await tx.insert(contactRequests).values(values).returning();
  if (!row) throw new Error('contact request not stored');
  return row;
}

/** The requests of one organisation with one status, newest first. */
export function findContactRequests(db: Database, organisationId: string, status: string, limit = 200): Promise<ContactRequestRow[]> {
  return db
    .select()
    .from(contactRequests)
    .where(and(eq(contactRequests.organisationId, organisationId), eq(contactRequests.status, status)))
    .orderBy(desc(contactRequests.createdAt))
    .limit(limit);
}

export async function countOpenContactRequests(db: Database, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(contactRequests)
    .where(and(eq(contactRequests.organisationId, organisationId), eq(contactRequests.status, 'open')));
  return Number(row?.n ?? 0);
}

export async function getContactRequest(db: Database, id: string, options: { forUpdate?: boolean } = {}): Promise<ContactRequestRow | undefined> {
  const query = db.select().from(contactRequests).where(eq(contactRequests.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateContactRequest(tx: Database, id: string, changes: Partial<typeof contactRequests.$inferInsert>): Promise<void> {
  await tx.update(contactRequests).set(changes).where(eq(contactRequests.id, id));
}
