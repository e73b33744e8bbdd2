import { date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { AcceleratedProcedure } from '../../../domain/journey/index';
import { cases } from './cases';
import { users } from './identity';
import { organisations } from './organisations';

/**
 * The §81a accelerated procedure of a case. `state` is the domain's AcceleratedProcedure (the
 * source of truth for the steps); `procedure_steps` mirrors each step's due date and status so
 * that the deadline board can query across cases with an index.
 */
export const acceleratedProcedures = pgTable(
  'accelerated_procedures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    agreedOn: date('agreed_on', { mode: 'string' }).notNull(),
    abhOrganisationId: uuid('abh_organisation_id')
      .notNull()
      .references(() => organisations.id),
    employerOrganisationId: uuid('employer_organisation_id').references(() => organisations.id),
    recognitionBodyOrganisationId: uuid('recognition_body_organisation_id').references(() => organisations.id),
    state: jsonb('state').$type<AcceleratedProcedure>().notNull(),
    feeCents: integer('fee_cents').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('accelerated_procedures_case_key').on(table.caseId)],
);

export const procedureSteps = pgTable(
  'procedure_steps',
  {
    procedureId: uuid('procedure_id')
      .notNull()
      .references(() => acceleratedProcedures.id, { onDelete: 'cascade' }),
    stepId: text('step_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    actor: text('actor').notNull(),
    /** The organisation that must act, when known (its Land decides the working days). */
    actorOrganisationId: uuid('actor_organisation_id').references(() => organisations.id),
    status: text('status').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    completedOn: date('completed_on', { mode: 'string' }),
  },
  (table) => [
    uniqueIndex('procedure_steps_key').on(table.procedureId, table.stepId),
    index('procedure_steps_due_idx').on(table.status, table.dueOn),
    index('procedure_steps_case_idx').on(table.caseId),
  ],
);
