
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { caseDocuments } from './documents';
import { casePersons, cases } from './cases';
import { users } from './identity';
import { organisations } from './organisations';

/**
 * The portal's link between an applicant account and exactly one person of one case (ADR 0016).
 * Created only by redeeming a portal invitation, never by matching e-mail addresses.
 */
export const portalAccounts = pgTable(
  'portal_accounts',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => casePersons.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    invitedBy: uuid('invited_by').references(() => users.id),
  },
  (table) => [uniqueIndex('portal_accounts_person_key').on(table.personId), index('portal_accounts_case_idx').on(table.caseId)],
);

/** One-time, expiring invitations to the portal for one person of a case; the link carries the token. */
export const portalInvitations = pgTable(
  'portal_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => casePersons.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    language: text('language').notNull().default('de'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('portal_invitations_person_idx').on(table.personId)],
);

/**
 * "Beratung anfragen" from a Wegweiser result: no account, a versioned consent to pass the answers
 * to the welcome centre responsible for the place. Lands in that organisation's inbox.
 */
export const contactRequests = pgTable(
  'contact_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    language: text('language').notNull(),
    placeAgs: text('place_ags').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    message: text('message'),
    /** The Wegweiser answers (profile) and the evaluation's rule set at the time of the request. */
    profile: jsonb('profile').$type<Record<string, unknown>>().notNull(),
    ruleSetId: text('rule_set_id'),
    consentTextVersion: text('consent_text_version').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull(),
    /** open → accepted (a case was created) | declined (with a reason). */
    status: text('status').notNull().default('open'),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    handledBy: uuid('handled_by').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('contact_requests_org_status_idx').on(table.organisationId, table.status, table.createdAt)],
);

/** Messages between the person (portal) and the case staff: one thread per case. */
export const caseMessages = pgTable(
  'case_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** The person of the case who wrote or is addressed (the main person or a family member of age). */
    personId: uuid('person_id').references(() => casePersons.id, { onDelete: 'set null' }),
    /** `person` (written in the portal) or `staff`. */
    side: text('side').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id),
    body: text('body').notNull(),
    documentId: uuid('document_id').references(() => caseDocuments.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** When the other side first read it (the read receipt). */
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [index('case_messages_case_idx').on(table.caseId, table.createdAt)],
);

/** Documents the navigator or the authority asks the person for (beside the Wegweiser checklist). */
export const caseDocumentRequests = pgTable(
  'case_document_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: uuid('person_id').references(() => casePersons.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    note: text('note'),
    requestedBy: uuid('requested_by').references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (table) => [index('case_document_requests_case_idx').on(table.caseId)],
);

/**
 * §81a requests started by an employer in the portal: they create a case at the Ausländerbehörde
 * responsible for the place of work. The employer sees the status of the procedure and nothing else.
 */
export const employerRequests = pgTable(
  'employer_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerOrganisationId: uuid('employer_organisation_id')
      .notNull()
      .references(() => organisations.id),
    requestedBy: uuid('requested_by').references(() => users.id),
    abhOrganisationId: uuid('abh_organisation_id')
      .notNull()
      .references(() => organisations.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    placeOfWorkAgs: text('place_of_work_ags').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('employer_requests_employer_idx').on(table.employerOrganisationId, table.createdAt),
    uniqueIndex('employer_requests_case_key').on(table.caseId),
  ],
);

