import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import { storedFiles } from '../schema/index';

/** File contents of the database file store (src/server/storage/database-file-storage.ts). */

export async function insertStoredFile(tx: Database, values: { storageKey: string; content: Buffer; sha256: string; sizeBytes: number }): Promise<void> {
  await tx.insert(storedFiles).values(values);
}

/** The content as a Buffer: node-postgres returns one, PGlite a Uint8Array (wrapped, not copied). */
export async function getStoredFileContent(db: Database, storageKey: string): Promise<Buffer | undefined> {
  const [row] = await db.select({ content: storedFiles.content }).from(storedFiles).where(eq(storedFiles.storageKey, storageKey)).limit(1);
  if (!row) return undefined;
  const content = row.content as Uint8Array;
  return Buffer.isBuffer(content) ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}

export async function deleteStoredFile(tx: Database, storageKey: string): Promise<void> {
  await tx.delete(storedFiles).where(eq(storedFiles.storageKey, storageKey));
}
