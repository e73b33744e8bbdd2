import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { caseDocuments } from './documents';
import { casePersons, cases } from './cases';
import { users } from './identity';
import { organisations } from './organisations';

/**
 * Consent declarations (Art. 6(1)(a) GDPR) of one person of a case: which recipients may use which
 * data categories for which purposes, under which wording (`text_version`). Never deleted: a
 * withdrawal sets `withdrawn_at`, and the record proves what was allowed when.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => casePersons.id, { onDelete: 'cascade' }),
    purposes: text('purposes').array().notNull(),
    recipientOrganisationIds: uuid('recipient_organisation_ids').array().notNull(),
    dataCategories: text('data_categories').array().notNull(),
    legalBasis: text('legal_basis').notNull(),
    textVersion: text('text_version').notNull(),
    /** The language the wording was shown in (de, en). */
    language: text('language').notNull(),
    /** portal (given by the person) | staff_recorded (signed form uploaded by staff) */
    method: text('method').notNull(),
    formDocumentId: uuid('form_document_id').references(() => caseDocuments.id),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
  },
  (table) => [index('consents_case_idx').on(table.caseId), index('consents_person_idx').on(table.personId)],
);

/**
 * A referral of a case to a partner organisation for one purpose, under one consent. `due_at` is
 * the end of the recipient's working time (domain/referrals/deadlines.ts); `paused_at` is set while
 * it waits for the sender, `paused_working_ms` sums the working time of all pauses.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => consents.id),
    fromOrganisationId: uuid('from_organisation_id')
      .notNull()
      .references(() => organisations.id),
    fromUserId: uuid('from_user_id')
      .notNull()
      .references(() => users.id),
    toOrganisationId: uuid('to_organisation_id')
      .notNull()
      .references(() => organisations.id),
    purpose: text('purpose').notNull(),
    message: text('message').notNull(),
    state: text('state').notNull().default('open'),
    stateBeforeQuery: text('state_before_query'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    remindAt: timestamp('remind_at', { withTimezone: true }).notNull(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    pausedWorkingMs: bigint('paused_working_ms', { mode: 'number' }).notNull().default(0),
    answer: text('answer'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by').references(() => users.id),
    /** Reason of a rejection, revocation or expiry. */
    reason: text('reason'),
    idempotencyKey: text('idempotency_key'),
    /** SHA-256 of the canonical request: the same key with another body is refused. */
    requestHash: text('request_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    // NULL keys are distinct, so only keyed submissions are deduplicated (per sender).
    uniqueIndex('referrals_idempotency_key').on(table.fromUserId, table.idempotencyKey),
    index('referrals_to_state_idx').on(table.toOrganisationId, table.state, table.dueAt),
    index('referrals_from_state_idx').on(table.fromOrganisationId, table.state, table.dueAt),
    index('referrals_case_idx').on(table.caseId),
    index('referrals_consent_idx').on(table.consentId),
  ],
);

/** The timeline of a referral. `data` holds ids and codes; the texts live on the referral row. */
export const referralEvents = pgTable(
  'referral_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    /** A question, reply or answer text belongs to the event it came with. */
    text: text('text'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [index('referral_events_referral_idx').on(table.referralId, table.id)],
);

/** In-app notifications. `data` holds ids and codes; the web app words them. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    referralId: uuid('referral_id').references(() => referrals.id, { onDelete: 'cascade' }),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [index('notifications_user_idx').on(table.userId, table.createdAt.desc())],
);

/**
 * E-mails to send, written in the transaction of what caused them; a worker sends them through
 * SMTP when configured. Without SMTP they stay `pending`, nothing is lost. No personal data of
 * the case person in subject or body: they point to the referral in Lotse.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** pending | sent | failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [index('email_outbox_pending_idx').on(table.nextAttemptAt).where(sql`${table.status} = 'pending'`)],
);

/**
 * Background work shared by every app instance: a worker claims due rows with
 * `FOR UPDATE SKIP LOCKED`, so two instances never run the same job. `dedupe_key` keeps one
 * pending job per thing (e.g. the reminder of one referral).
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    /** pending | done | failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    lockedBy: text('locked_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('jobs_dedupe_key').on(table.dedupeKey),
    index('jobs_pending_idx').on(table.runAt).where(sql`${table.status} = 'pending'`),
  ],
);

/** Due-date rules of a receiving organisation: for one purpose, or (purpose null) for all. */
export const referralDeadlineRules = pgTable(
  'referral_deadline_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    purpose: text('purpose'),
    workingDays: integer('working_days').notNull(),
    reminderWorkingHours: integer('reminder_working_hours').notNull(),
    /** Who is told when a referral to this organisation runs late; null: all its staff. */
    escalationUserId: uuid('escalation_user_id').references(() => users.id),
  },
  (table) => [uniqueIndex('referral_deadline_rules_key').on(table.organisationId, sql`coalesce(${table.purpose}, '')`)],
);

/** A legal hold on a case: while one is active, nothing of the case is erased or anonymised. */
export const legalHolds = pgTable(
  'legal_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
    setBy: uuid('set_by').references(() => users.id),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    releasedBy: uuid('released_by').references(() => users.id),
  },
  (table) => [index('legal_holds_case_idx').on(table.caseId)],
);

/** Persons whose data was anonymised (Art. 17 GDPR): on request or after the retention period. */
export const personErasures = pgTable(
  'person_erasures',
  {
    personId: uuid('person_id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** request | retention */
    cause: text('cause').notNull(),
    erasedAt: timestamp('erased_at', { withTimezone: true }).notNull(),
    erasedBy: uuid('erased_by').references(() => users.id),
  },
  (table) => [index('person_erasures_case_idx').on(table.caseId)],
);
