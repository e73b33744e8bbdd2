import type { Database } from '../db/client';
import { deleteStoredFile, getStoredFileContent, insertStoredFile } from '../db/repositories/stored-files.repository';
import { describeContent, type FileStorage } from './file-storage';

/**
 * The default store: contents in the `stored_files` table, inside the caller's transaction. Backups
 * and several app instances need nothing else; a 10 MiB limit per file keeps rows manageable.
 */
export function databaseFileStorage(db: Database): FileStorage {
  return {
    put: async (bytes) => {
      const stored = describeContent(bytes);
      await insertStoredFile(db, { storageKey: stored.storageKey, content: bytes, sha256: stored.sha256, sizeBytes: stored.size });
      return stored;
    },
    get: (storageKey) => getStoredFileContent(db, storageKey),
    delete: (storageKey) => deleteStoredFile(db, storageKey),
  };
}
