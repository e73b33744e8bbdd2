import type { Config } from '../config';
import type { Database } from '../db/client';
import { databaseFileStorage } from './database-file-storage';
import type { FileStorage } from './file-storage';

export { describeContent, type FileStorage, type FileStorageFactory, type StoredFile } from './file-storage';

/**
 * The one place that picks the file store. Today there is one, the database; another (S3, a
 * directory) is added here behind a configuration setting, and no command changes.
 */
export function openFileStorage(_config: Config, db: Database): FileStorage {
  return databaseFileStorage(db);
}
