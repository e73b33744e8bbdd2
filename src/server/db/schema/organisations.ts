import { boolean, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A member organisation of the network (kinds: see docs and the glossary). */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  kind: text('kind').notNull(),
  land: text('land').notNull(),
  /** AGS prefixes of the area served: 2 (Land), 5 (district) or 8 digits (municipality). */
  areaAgs: text('area_ags').array().notNull().default([]),
  isNationwide: boolean('is_nationwide').notNull().default(false),
  email: text('email'),
  website: text('website'),
  languages: text('languages').array().notNull().default([]),
  description: jsonb('description').$type<{ de: string; en: string }>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
