import { createHash, randomUUID } from 'node:crypto';
import type { Database } from '../db/client';

/** What a store answers for stored content: the key to fetch it by, and what it is. */
export type StoredFile = { storageKey: string; sha256: string; size: number };

/**
 * Where file contents live; metadata (case_documents) refers to them by `storageKey` only, so a
 * store can be replaced without touching the records. Keys are opaque and never reused.
 */
export interface FileStorage {
  /** Stores the bytes under a new key. */
  put(bytes: Buffer): Promise<StoredFile>;
  /** The bytes, or undefined when the key is unknown (or its content was removed). */
  get(storageKey: string): Promise<Buffer | undefined>;
  /** Removes the content; unknown keys are ignored. */
  delete(storageKey: string): Promise<void>;
}

/**
 * Opens the store for one unit of work. `db` is the caller's transaction: a store inside the
 * database joins it, so content and metadata commit or roll back together; an external store
 * (S3, file system) ignores it and must tolerate content whose metadata was rolled back.
 */
export type FileStorageFactory = (db: Database) => FileStorage;

/** A fresh storage key and the content's hash and size: the same for every store. */
export function describeContent(bytes: Uint8Array): StoredFile {
  return { storageKey: randomUUID(), sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength };
}
