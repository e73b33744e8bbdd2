import { integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity';

/**
 * Yearly figures of residence law (pension-insurance ceiling, funds benchmarks, quotas) entered by
 * an administrator, one row per calendar year. The figures built into the code (2024–2026) apply
 * unless a row overrides them; every change is audited (`law_year.set`).
 */
export const lawYears = pgTable('law_years', {
  year: integer('year').primaryKey(),
  /** A `YearlyParameters` object (domain/pathway/rule-model.ts), validated before it is stored. */
  figures: jsonb('figures').notNull(),
  enteredBy: uuid('entered_by').references(() => users.id, { onDelete: 'set null' }),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  /** Counts the changes of this year's row; a save must name the revision it read (no lost update). */
  revision: integer('revision').notNull().default(1),
  note: text('note'),
});
