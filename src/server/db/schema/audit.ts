import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained audit log. An entry is inserted with the action it records (same
 * transaction) and sealed into the chain shortly after by the sealer (ADR 0011): it then gets
 * `seq`, `prevHash` and `hash` = SHA-256 over the previous hash and its canonical JSON, so any
 * change to a past row breaks the chain (`npx lotse audit verify`). A trigger rejects DELETE and
 * every UPDATE except the one that seals an unsealed row without touching its content.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    /** Insertion order; `seq` is the order in the chain. */
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    seq: bigint('seq', { mode: 'number' }),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorOrganisationId: uuid('actor_organisation_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    purpose: text('purpose'),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (table) => [
    index('audit_subject_idx').on(table.subjectType, table.subjectId),
    index('audit_actor_idx').on(table.actorUserId),
    uniqueIndex('audit_seq_key').on(table.seq),
    // What the sealer picks up next: small, since entries are sealed within a second.
    index('audit_unsealed_idx').on(table.id).where(sql`${table.seq} IS NULL`),
  ],
);
