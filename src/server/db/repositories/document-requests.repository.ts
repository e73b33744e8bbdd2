import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../client';
import { caseDocumentRequests, caseDocuments, contactRequests, users } from '../schema/index';
import type { UserRef } from './cases.repository';

export type DocumentRequestRow = typeof caseDocumentRequests.$inferSelect;
export type DocumentRequestWithRequester = DocumentRequestRow & { requester: UserRef | null };

/** The document requests of a case (withdrawn ones included), oldest first. */
export async function findDocumentRequests(db: Database, caseId: string): Promise<DocumentRequestWithRequester[]> {
  const rows = await db
    .select({ request: caseDocumentRequests, requester: { id: users.id, name: users.name } })
    .from(caseDocumentRequests)
    .leftJoin(users, eq(users.id, caseDocumentRequests.requestedBy))
    .where(eq(caseDocumentRequests.caseId, caseId))
    .orderBy(asc(caseDocumentRequests.requestedAt), asc(caseDocumentRequests.id))
    .limit(500);
  return rows.map((row) => ({ ...row.request, requester: row.requester }));
}

export async function getDocumentRequest(db: Database, caseId: string, requestId: string): Promise<DocumentRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(caseDocumentRequests)
    .where(and(eq(caseDocumentRequests.caseId, caseId), eq(caseDocumentRequests.id, requestId)))
    .limit(1);
  return row;
}

export async function insertDocumentRequest(tx: Database, values: typeof caseDocumentRequests.$inferInsert): Promise<DocumentRequestRow> {
  const [row] = await tx.insert(caseDocumentRequests).values(values).returning();
  if (!row) throw new Error('document request insert returned no row');
  return row;
}

/** Marks a request withdrawn; false when it already was. */
export async function withdrawDocumentRequest(tx: Database, requestId: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(caseDocumentRequests)
    .set({ withdrawnAt: at })
    .where(and(eq(caseDocumentRequests.id, requestId), isNull(caseDocumentRequests.withdrawnAt)))
    .returning({ id: caseDocumentRequests.id });
  return rows.length > 0;
}

/** Records the staff review of a document (accepted, or rejected with a reason). */
export async function updateDocumentReview(
  tx: Database,
  documentId: string,
  review: { status: 'accepted' | 'rejected'; reason: string | null; at: Date; by: string },
): Promise<void> {
  await tx
    .update(caseDocuments)
    .set({ reviewStatus: review.status, reviewReason: review.reason, reviewedAt: review.at, reviewedBy: review.by })
    .where(and(eq(caseDocuments.id, documentId), isNull(caseDocuments.deletedAt)));
}

/** The Wegweiser answers of the newest accepted contact request that became this case, if any. */
export async function findWegweiserAnswersOfCase(db: Database, caseId: string): Promise<Record<string, unknown> | null> {
  const [row] = await db
    .select({ profile: contactRequests.profile })
    .from(contactRequests)
    .where(eq(contactRequests.caseId, caseId))
    .orderBy(desc(contactRequests.createdAt))
    .limit(1);
  return row?.profile ?? null;
}
