import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { preparedPerDatabase } from '../prepared';
import { caseDocuments, users } from '../schema/index';
import type { UserRef } from './cases.repository';

export type DocumentRow = typeof caseDocuments.$inferSelect;
export type DocumentWithUploader = DocumentRow & { uploader: UserRef | null };

const uploaderRef = { id: users.id, name: users.name };
const notDeleted = isNull(caseDocuments.deletedAt);

export async function insertDocument(tx: Database, values: typeof caseDocuments.$inferInsert): Promise<DocumentRow> {
  const [row] = await tx.insert(caseDocuments).values(values).returning();
  if (!row) throw new Error('document insert returned no row');
  return row;
}

/** A document of the case that is not deleted. */
export async function getDocument(db: Database, caseId: string, documentId: string): Promise<DocumentWithUploader | undefined> {
  const [row] = await db
    .select({ document: caseDocuments, uploader: uploaderRef })
    .from(caseDocuments)
    .leftJoin(users, eq(users.id, caseDocuments.uploadedBy))
    .where(and(eq(caseDocuments.caseId, caseId), eq(caseDocuments.id, documentId), notDeleted))
    .limit(1);
  return row ? { ...row.document, uploader: row.uploader } : undefined;
}

/** The documents of a case that are not deleted, newest first (uses case_documents_case_idx). */
const documentsOfCase = preparedPerDatabase((db) =>
  db
    .select({ document: caseDocuments, uploader: uploaderRef })
    .from(caseDocuments)
    .leftJoin(users, eq(users.id, caseDocuments.uploadedBy))
    .where(and(eq(caseDocuments.caseId, sql.placeholder('caseId')), notDeleted))
    .orderBy(desc(caseDocuments.uploadedAt), desc(caseDocuments.id))
    .limit(500)
    .prepare('lotse_case_documents'),
);

export async function findDocumentsOfCase(db: Database, caseId: string): Promise<DocumentWithUploader[]> {
  const rows = await documentsOfCase(db).execute({ caseId });
  return rows.map((row) => ({ ...row.document, uploader: row.uploader }));
}

/** Marks a document deleted; false when it already was (also by a concurrent request). */
export async function markDocumentDeleted(tx: Database, documentId: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(caseDocuments)
    .set({ deletedAt: at })
    .where(and(eq(caseDocuments.id, documentId), notDeleted))
    .returning({ id: caseDocuments.id });
  return rows.length > 0;
}
