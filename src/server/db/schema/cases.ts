import { sql } from 'drizzle-orm';
import {
  bigint,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './identity';
import { organisations } from './organisations';

/** Numbers the human-readable case references (`RN-2026-000123`); gaps after a rollback are harmless. */
export const caseReferenceSequence = pgSequence('case_reference_seq', { startWith: 1, increment: 1 });

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The job a case is about; amounts in euros as in the Wegweiser profile. */
export type CaseJob = { title: string; isco?: string; annualGrossSalaryEur?: number };
export type CaseContact = { email?: string; phone?: string };

/**
 * A case: one person's (and their family's) way through the network. `version` counts changes to
 * this row (optimistic concurrency, If-Match); sub-records (tasks, notes, …) do not change it.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    ownerOrganisationId: uuid('owner_organisation_id')
      .notNull()
      .references(() => organisations.id),
    navigatorUserId: uuid('navigator_user_id').references(() => users.id),
    navigatorAssignedAt: timestamp('navigator_assigned_at', { withTimezone: true }),
    stage: text('stage').notNull().default('information'),
    stageBeforeClosing: text('stage_before_closing'),
    closeReason: text('close_reason'),
    targetTitleId: text('target_title_id'),
    /** The Wegweiser evaluation the case was created from (personal data: read only under the case policy). */
    evaluation: jsonb('evaluation').$type<Record<string, unknown>>(),
    evaluationRuleSetId: text('evaluation_rule_set_id'),
    employerOrganisationId: uuid('employer_organisation_id').references(() => organisations.id),
    job: jsonb('job').$type<CaseJob>(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('cases_reference_key').on(table.reference),
    // The list, one index range per scope part (own organisation; navigated elsewhere), with and
    // without a stage filter. The id completes the order, so a page is a plain index scan with
    // LIMIT instead of a sort of every match (see case-list.repository.ts); NULLS FIRST because
    // that is what ORDER BY … DESC means, and an index in another null order is not used for it.
    index('cases_owner_stage_updated_idx').on(table.ownerOrganisationId, table.stage, table.updatedAt.desc().nullsFirst(), table.id.desc().nullsFirst()),
    index('cases_owner_updated_idx').on(table.ownerOrganisationId, table.updatedAt.desc().nullsFirst(), table.id.desc().nullsFirst()),
    index('cases_owner_created_idx').on(table.ownerOrganisationId, table.createdAt.desc().nullsFirst(), table.id.desc().nullsFirst()),
    index('cases_navigator_updated_idx').on(table.navigatorUserId, table.updatedAt.desc().nullsFirst(), table.id.desc().nullsFirst()),
    index('cases_navigator_stage_updated_idx').on(table.navigatorUserId, table.stage, table.updatedAt.desc().nullsFirst(), table.id.desc().nullsFirst()),
  ],
);

/**
 * The main person (relation `main`, exactly one per case) and family members, each with their own
 * journey stage. `search` is generated for the name search (prefix match on any name word).
 */
export const casePersons = pgTable(
  'case_persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    relation: text('relation').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    /** ISO 3166-1 alpha-3. */
    citizenship: text('citizenship').notNull(),
    contact: jsonb('contact').$type<CaseContact>().notNull().default({}),
    languages: text('languages').array().notNull().default([]),
    stage: text('stage').notNull().default('information'),
    stageBeforeClosing: text('stage_before_closing'),
    closeReason: text('close_reason'),
    targetTitleId: text('target_title_id'),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, "given_name" || ' ' || "family_name")`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('case_persons_case_idx').on(table.caseId),
    uniqueIndex('case_persons_main_key').on(table.caseId).where(sql`${table.relation} = 'main'`),
    // The list sorted by name: main persons in name order.
    index('case_persons_main_name_idx')
      .on(sql`lower(${table.familyName})`, sql`lower(${table.givenName})`, table.caseId)
      .where(sql`${table.relation} = 'main'`),
    index('case_persons_search_idx').using('gin', table.search),
  ],
);

/** Organisations involved in a case (owner, navigator's, employer, responsible authority `authority`); informational, not an access grant. */
export const caseOrganisations = pgTable(
  'case_organisations',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.caseId, table.organisationId, table.role] }),
    index('case_organisations_organisation_idx').on(table.organisationId),
  ],
);

export const caseTasks = pgTable(
  'case_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** open | done | cancelled */
    status: text('status').notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (table) => [
    index('case_tasks_case_idx').on(table.caseId, table.dueOn),
    // Open tasks only: the inbox of an assignee.
    index('case_tasks_open_assignee_due_idx').on(table.assigneeUserId, table.dueOn).where(sql`${table.status} = 'open'`),
  ],
);

export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('case_notes_case_idx').on(table.caseId, table.createdAt.desc())],
);

/** Obstacles ("Hemmnisse"); categories from `domain/journey/obstacles.ts`. */
export const caseObstacles = pgTable(
  'case_obstacles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    text: text('text'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id),
  },
  (table) => [index('case_obstacles_case_idx').on(table.caseId), index('case_obstacles_category_idx').on(table.category)],
);

/** The timeline of a case: what changed, when, by whom. `data` holds ids and codes, never personal data. */
export const caseEvents = pgTable(
  'case_events',
  {
    /** Ascending in insertion order: events of one transaction share `at`. */
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [index('case_events_case_at_idx').on(table.caseId, table.at.desc())],
);
