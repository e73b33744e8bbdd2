import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { caseObstacles, casePersons, cases } from './cases';
import { users } from './identity';
import { organisations } from './organisations';

/**
 * Steering (ADR 0017): the dashboards read pre-aggregated fact tables that the worker rebuilds
 * (at most 5 minutes old, `stats_refreshes` says when); the Praxis-Check keeps versioned
 * reports; obstacles reported without a case wait for moderation; the shortage analysis is
 * imported with its source; recognised qualifications are recorded per person of a case.
 */

/** When the fact tables were last rebuilt (one row per fact set). */
export const statsRefreshes = pgTable('stats_refreshes', {
  id: text('id').primaryKey(),
  refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
  durationMs: integer('duration_ms').notNull(),
});

/**
 * One row per case: the dimensions every dashboard filters by (responsible Ausländerbehörde,
 * its Land, target title, country group of the main person) and the moments that matter.
 */
export const statsCases = pgTable(
  'stats_cases',
  {
    caseId: uuid('case_id').primaryKey(),
    ownerOrganisationId: uuid('owner_organisation_id').notNull(),
    /** The responsible Ausländerbehörde (the §81a procedure's, the owner if an ABH, else the one recorded on the case). */
    authorityOrganisationId: uuid('authority_organisation_id'),
    land: text('land'),
    targetTitleId: text('target_title_id'),
    citizenship: text('citizenship'),
    countryGroup: text('country_group').notNull(),
    familySize: integer('family_size').notNull(),
    stage: text('stage').notNull(),
    closeReason: text('close_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    visaDecidedAt: timestamp('visa_decided_at', { withTimezone: true }),
    enteredAt: timestamp('entered_at', { withTimezone: true }),
  },
  (table) => [
    index('stats_cases_created_idx').on(table.createdAt),
    index('stats_cases_authority_idx').on(table.authorityOrganisationId, table.createdAt),
    index('stats_cases_closed_idx').on(table.closedAt),
    index('stats_cases_visa_idx').on(table.visaDecidedAt),
    index('stats_cases_entered_idx').on(table.enteredAt),
    index('stats_cases_open_idx').on(table.authorityOrganisationId, table.stage).where(sql`stage <> 'closed'`),
  ],
);

/** One row per stay of a case in a journey stage (left_at null: still there). */
export const statsStageVisits = pgTable(
  'stats_stage_visits',
  {
    caseId: uuid('case_id').notNull(),
    stage: text('stage').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    leftAt: timestamp('left_at', { withTimezone: true }),
    authorityOrganisationId: uuid('authority_organisation_id'),
    land: text('land'),
    targetTitleId: text('target_title_id'),
    countryGroup: text('country_group').notNull(),
  },
  (table) => [index('stats_stage_visits_left_idx').on(table.leftAt), index('stats_stage_visits_case_idx').on(table.caseId)],
);

/** One row per referral with the dimensions of its case (48h rule monitoring). */
export const statsReferrals = pgTable(
  'stats_referrals',
  {
    referralId: uuid('referral_id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    fromOrganisationId: uuid('from_organisation_id').notNull(),
    toOrganisationId: uuid('to_organisation_id').notNull(),
    purpose: text('purpose').notNull(),
    state: text('state').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    escalated: boolean('escalated').notNull(),
    authorityOrganisationId: uuid('authority_organisation_id'),
    land: text('land'),
    targetTitleId: text('target_title_id'),
    countryGroup: text('country_group').notNull(),
  },
  (table) => [index('stats_referrals_sent_idx').on(table.sentAt)],
);

/** One row per §81a procedure step with a deadline, with the dimensions of its case. */
export const statsProcedureSteps = pgTable(
  'stats_procedure_steps',
  {
    procedureId: uuid('procedure_id').notNull(),
    stepId: text('step_id').notNull(),
    caseId: uuid('case_id').notNull(),
    status: text('status').notNull(),
    startedOn: date('started_on'),
    dueOn: date('due_on'),
    completedOn: date('completed_on'),
    authorityOrganisationId: uuid('authority_organisation_id'),
    land: text('land'),
    targetTitleId: text('target_title_id'),
    countryGroup: text('country_group').notNull(),
  },
  (table) => [primaryKey({ columns: [table.procedureId, table.stepId] }), index('stats_procedure_steps_due_idx').on(table.dueOn)],
);

/** Obstacles with the stage they were recorded in and the dimensions of their case. */
export const statsObstacles = pgTable(
  'stats_obstacles',
  {
    obstacleId: uuid('obstacle_id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    category: text('category').notNull(),
    stage: text('stage').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    authorityOrganisationId: uuid('authority_organisation_id'),
    land: text('land'),
    targetTitleId: text('target_title_id'),
    countryGroup: text('country_group').notNull(),
  },
  (table) => [index('stats_obstacles_created_idx').on(table.createdAt), index('stats_obstacles_resolved_idx').on(table.resolvedAt)],
);

/** Obstacle free text is shown in steering views only after a steering user cleared it of personal data. */
export const obstacleTextClearances = pgTable('obstacle_text_clearances', {
  obstacleId: uuid('obstacle_id')
    .primaryKey()
    .references(() => caseObstacles.id, { onDelete: 'cascade' }),
  /** `cleared`: free of personal data, may be shown and quoted; `withheld`: never shown. */
  decision: text('decision').notNull(),
  /** The text as cleared (a steering user may shorten it; never more than the original). */
  clearedText: text('cleared_text'),
  decidedBy: uuid('decided_by').references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
});

/** "Hemmnis melden" without a case: moderated by the steering body before it counts. */
export const obstacleReports = pgTable(
  'obstacle_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    category: text('category').notNull(),
    description: text('description').notNull(),
    legalReference: text('legal_reference'),
    reportedBy: uuid('reported_by').references(() => users.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** `pending`, `accepted`, `rejected`. */
    status: text('status').notNull().default('pending'),
    moderatedBy: uuid('moderated_by').references(() => users.id),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    moderationReason: text('moderation_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('obstacle_reports_status_idx').on(table.status, table.createdAt)],
);

/** A Praxis-Check report: period and scope; its text lives in versions. */
export const praxisCheckReports = pgTable('praxis_check_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  periodFrom: date('period_from').notNull(),
  periodTo: date('period_to').notNull(),
  /** The filters of the figures (Land, authority, title, country group). */
  scope: jsonb('scope').$type<Record<string, string>>().notNull().default({}),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Versions of a report: one draft at a time; a published version is frozen with its figures. */
export const praxisCheckVersions = pgTable(
  'praxis_check_versions',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => praxisCheckReports.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** Markdown per section id (summary, findings, recommendations_federal, recommendations_land, …). */
    sections: jsonb('sections').$type<Record<string, string>>().notNull(),
    /** `draft` or `published`. */
    status: text('status').notNull(),
    /** The figures as published (frozen); null for a draft, which shows today's figures. */
    figures: jsonb('figures'),
    editedBy: uuid('edited_by').references(() => users.id),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull(),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.reportId, table.version] })],
);

/** One import of the Federal Employment Agency's Engpassanalyse (or a demo file, marked as such). */
export const shortageImports = pgTable('shortage_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  source: text('source').notNull(),
  fileName: text('file_name').notNull(),
  isDemo: boolean('is_demo').notNull(),
  rowCount: integer('row_count').notNull(),
  importedBy: uuid('imported_by').references(() => users.id),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
});

/** The rows of an import: occupation (KldB 2010), qualification level, score, year, region. */
export const shortageOccupations = pgTable(
  'shortage_occupations',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => shortageImports.id, { onDelete: 'cascade' }),
    kldb: text('kldb').notNull(),
    occupationName: text('occupation_name').notNull(),
    /** Anforderungsniveau 2 (Fachkraft), 3 (Spezialist), 4 (Experte). */
    level: integer('level').notNull(),
    score: numeric('score', { precision: 4, scale: 2 }).notNull(),
    isShortage: boolean('is_shortage').notNull(),
    year: integer('year').notNull(),
    region: text('region').notNull(),
  },
  (table) => [primaryKey({ columns: [table.importId, table.kldb, table.level, table.region, table.year] })],
);

/** The foreign qualification of one person of a case and what became of its recognition. */
export const caseQualifications = pgTable(
  'case_qualifications',
  {
    personId: uuid('person_id')
      .primaryKey()
      .references(() => casePersons.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** `vocational` or `academic`. */
    qualificationType: text('qualification_type'),
    /** ISO 3166-1 alpha-3 of the country where it was obtained. */
    country: text('country'),
    /** Reference occupation (KldB 2010, 5 digits) and ISCO-08 (4 digits) with its name. */
    referenceKldb: text('reference_kldb'),
    referenceIsco: text('reference_isco'),
    referenceName: text('reference_name'),
    /** `pending`, `full`, `partial` (Defizitbescheid), `none`, `not_needed`. */
    outcome: text('outcome').notNull().default('pending'),
    decidedOn: date('decided_on'),
    bodyOrganisationId: uuid('body_organisation_id').references(() => organisations.id),
    bodyName: text('body_name'),
    fileNumber: text('file_number'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('case_qualifications_case_idx').on(table.caseId)],
);
