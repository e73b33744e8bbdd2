import { bigint, customType, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases, casePersons } from './cases';
import { users } from './identity';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * File contents behind the storage interface (src/server/storage). The database is the default
 * store, so backups and several app instances need nothing else; another store (S3, file system)
 * keeps the same `storage_key` contract.
 */
export const storedFiles = pgTable('stored_files', {
  storageKey: text('storage_key').primaryKey(),
  content: bytea('content').notNull(),
  sha256: text('sha256').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A document of a case, typed by the Wegweiser checklist (`checklist_item_id`). */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => casePersons.id, { onDelete: 'set null' }),
    checklistItemId: text('checklist_item_id'),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** The staff review: `received` until someone accepts or rejects it (then with a reason). */
    reviewStatus: text('review_status').notNull().default('received'),
    reviewReason: text('review_reason'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    /** The document request (case_document_requests) this upload answers, if any. */
    requestId: uuid('request_id'),
  },
  (table) => [index('case_documents_case_idx').on(table.caseId)],
);
